import { screen, within } from '@testing-library/react';
import { eventById } from '../../src/content/eventSelectors';
import {
  placeById,
  placedEvents,
  summitTripEvents,
  summitTripLegs,
} from '../../src/content/placeSelectors';
import { textOf } from '../../src/content/text';
import type { StoryEvent } from '../../src/content/types';
import { paths } from '../../src/paths';
import { currentUrl, renderRoute } from '../renderRoute';

// The journey map as a reader meets it: on the home page with the president's trip, on the page
// of an event that names its place, and nowhere else.

const text = textOf('en');
const words = text.words.pictures.journeyMap;
const nameOf = (id: string) => placeById(id)?.name ?? '';
const legs = summitTripLegs();
const tripTitle = text.fill(words.tripTitle, {
  first: nameOf(legs[0]?.to ?? ''),
  next: nameOf(legs.at(-1)?.to ?? ''),
});
/** A dot's name: the event's title and date (a link in the list below is named by its title). */
const dotName = (event: StoryEvent) => `${event.title} ${text.date(event.date)}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mapNamed = (title: string) =>
  screen.getByRole('figure', { name: new RegExp(`^${escape(title)}`) });
/** Every link in a part of the page with its accessible name, found in one pass. */
function linksIn(container: HTMLElement) {
  const links: { name: string; href: string | null }[] = [];
  within(container).queryAllByRole('link', {
    name: (name, element) => links.push({ name, href: element.getAttribute('href') }) > 0,
  });
  return links;
}
const elsewhere = placedEvents().filter((e) => !summitTripEvents().includes(e));

describe('the journey map', () => {
  it('shows the trip on the home page, with a dot linking to each event where it happened', () => {
    renderRoute(paths.home());
    const figure = mapNamed(tripTitle);
    const links = linksIn(figure);
    for (const event of placedEvents())
      expect(links).toContainEqual({ name: dotName(event), href: paths.event(event.id) });
    expect(within(figure).queryAllByRole('link', { current: 'page' })).toEqual([]);
  });

  it('lists the legs and the places as text, each event a link to its page', () => {
    renderRoute(paths.home());
    const figure = mapNamed(tripTitle);
    const [trip] = within(figure).getAllByRole('list');
    const items = trip ? within(trip).getAllByRole('listitem') : [];
    expect(items).toHaveLength(legs.length);
    legs.forEach((leg, index) => {
      const item = items[index] ?? figure;
      const event = eventById(leg.event);
      expect(item).toHaveTextContent(nameOf(leg.from));
      expect(item).toHaveTextContent(nameOf(leg.to));
      expect(item).toHaveTextContent(event ? text.date(event.date) : 'a date');
      expect(within(item).getByRole('link', { name: event?.title })).toBeInTheDocument();
    });
    const links = linksIn(figure);
    for (const event of placedEvents())
      expect(links).toContainEqual({ name: event.title, href: paths.event(event.id) });
  });

  it('takes a reader from a dot to its event', async () => {
    const { user, router } = renderRoute(paths.home());
    const [target] = elsewhere;
    expect(target).toBeDefined();
    if (!target) return;
    const dot = within(mapNamed(tripTitle)).getByRole('link', { name: dotName(target) });
    // Reachable by keyboard (jsdom does not follow an SVG link on Enter; the browser tests do).
    dot.focus();
    expect(dot).toHaveFocus();
    await user.click(dot);
    expect(currentUrl(router)).toBe(paths.event(target.id));
  });

  it.each(elsewhere.map((e) => [e.id, e] as const))(
    'rings the place of %s, without the trip',
    (_, event) => {
      renderRoute(paths.event(event.id));
      const figure = mapNamed(words.placeTitle);
      expect(figure).toHaveAccessibleName(expect.stringContaining(nameOf(event.place)));
      expect(
        within(figure).getByRole('link', { name: dotName(event), current: 'page' }),
      ).toHaveAttribute('href', paths.event(event.id));
      expect(within(figure).queryByText(words.tripHeading)).toBeNull();
    },
  );

  it('shows the whole trip on the page of a stop, ringing that stop', () => {
    const [event] = summitTripEvents().slice(-1);
    if (!event) throw new Error('the trip has no stops');
    renderRoute(paths.event(event.id));
    const figure = mapNamed(tripTitle);
    expect(
      within(figure).getByRole('link', { name: dotName(event), current: 'page' }),
    ).toBeVisible();
    expect(within(figure).getByText(words.tripHeading)).toBeInTheDocument();
  });

  it('is left out of the page of an event with no place', () => {
    const event = eventById('colonial-rule');
    expect(event?.title).toBeDefined();
    expect(event?.place).toBeUndefined();
    renderRoute(paths.event('colonial-rule'));
    expect(screen.queryByRole('figure', { name: new RegExp(escape(tripTitle)) })).toBeNull();
    expect(screen.queryByRole('figure', { name: new RegExp(escape(words.placeTitle)) })).toBeNull();
  });
});
