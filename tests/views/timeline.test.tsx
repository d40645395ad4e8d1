import { screen, within } from '@testing-library/react';
import { formatDate, sortKey } from '../../src/content/dates';
import {
  allEvents,
  eventNeighbours,
  eventsByEra,
  eventsByTheme,
  summitDay,
  themeLabel,
} from '../../src/content/eventSelectors';
import { personById } from '../../src/content/peopleSelectors';
import { record } from '../../src/content/record';
import { textOf } from '../../src/content/text';
import type { StoryEvent, ThemeId } from '../../src/content/types';
import { paths } from '../../src/paths';
import { currentUrl, renderRoute } from '../renderRoute';
import { citationHrefs, markerName, markerNames, popoverOf } from '../support/citations';

const eventHeadings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('the timeline', () => {
  it('shows every event, oldest first, grouped in eras', () => {
    renderRoute('/timeline');
    expect(screen.getByRole('heading', { level: 1, name: 'How we got here' })).toBeInTheDocument();
    expect(eventHeadings()).toEqual(allEvents().map((e) => e.title));
    for (const { era } of eventsByEra()) {
      expect(screen.getByRole('heading', { level: 2, name: era.title })).toBeInTheDocument();
    }
    expect(document.title).toMatch(/^Timeline · /);
  });

  it('gives each event its date, people and sources', () => {
    renderRoute('/timeline');
    const summit = allEvents().find((e) => e.id === 'tokyo-summit');
    if (!summit) throw new Error('the content has no Tokyo summit');
    const card = screen.getByRole('article', { name: summit.title });
    expect(within(card).getByText(formatDate(summit.date))).toBeInTheDocument();
    for (const id of summit.people) {
      const person = personById(id);
      expect(within(card).getByRole('link', { name: person?.name })).toHaveAttribute(
        'href',
        `/leaders/${id}`,
      );
    }
    // After the summary, a small marker names the sources; it opens them, each a link to its entry.
    const marker = within(card).getByRole('button', { name: markerName(summit.citations) });
    expect(marker).toHaveTextContent(markerNames(summit.citations));
    const sources = popoverOf(marker);
    expect(sources).toHaveAttribute('popover', 'auto');
    expect(
      within(sources)
        .getAllByRole('link', { hidden: true })
        .map((link) => link.getAttribute('href')),
    ).toEqual(citationHrefs(summit.citations));
    // The day each source was checked is with it on the sources page, not after every fact.
    expect(within(card).queryByText(/checked/)).not.toBeInTheDocument();
  });

  it('filters by theme, keeping the theme in the address', async () => {
    const { user, router } = renderRoute('/timeline');
    await user.click(screen.getByRole('link', { name: 'Security' }));
    expect(currentUrl(router)).toBe('/timeline?theme=security');
    expect(eventHeadings()).toEqual(eventsByTheme('security').map((e) => e.title));
    expect(screen.getByRole('link', { name: 'Security' })).toHaveAttribute('aria-current', 'true');
    expect(
      screen.getByText(
        `${eventsByTheme('security').length} events about ${themeLabel('security').toLowerCase()}`,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'All themes' }));
    expect(eventHeadings()).toHaveLength(allEvents().length);
  });

  it('opens already filtered from a shared link', () => {
    renderRoute('/timeline?theme=economy-trade');
    expect(eventHeadings()).toEqual(eventsByTheme('economy-trade').map((e) => e.title));
    expect(document.title).toMatch(/Economy and trade/);
  });

  it('ignores a theme it does not know and shows everything', () => {
    renderRoute('/timeline?theme=%3Cscript%3E&theme=zzz');
    expect(eventHeadings()).toHaveLength(allEvents().length);
    expect(screen.getByRole('link', { name: 'All themes' })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });
});

describe('one event', () => {
  it('opens from the timeline and can be shared by its address', async () => {
    const { user, router } = renderRoute('/timeline');
    await user.click(screen.getByRole('link', { name: 'The Tokyo summit' }));
    expect(currentUrl(router)).toBe('/timeline/tokyo-summit');
    const heading = await screen.findByRole('heading', { level: 1, name: 'The Tokyo summit' });
    expect(heading).toHaveFocus();
    expect(document.title).toMatch(/^The Tokyo summit · /);
    expect(
      screen.getByText('Navigated to The Tokyo summit · Tokyo summit explainer'),
    ).toBeInTheDocument();
  });

  it('links to the commitments it produced', () => {
    renderRoute('/timeline/tokyo-summit');
    const list = screen.getByRole('region', { name: 'Commitments made here' });
    expect(within(list).getByRole('link', { name: 'Revive shuttle diplomacy' })).toHaveAttribute(
      'href',
      '/commitments#shuttle-diplomacy',
    );
  });

  it('links a later event back to the commitments it moved', () => {
    renderRoute('/timeline/busan-summit');
    expect(
      screen.getByRole('heading', { name: 'Commitments this moved forward' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Revive shuttle diplomacy' })).toBeInTheDocument();
  });

  it('moves to the previous and next events by link and by arrow keys', async () => {
    const { user, router } = renderRoute('/timeline/tokyo-summit');
    const { previous, next } = eventNeighbours('tokyo-summit');
    if (!previous || !next) throw new Error('the summit should have neighbours');
    await user.click(screen.getByRole('link', { name: `Next event: ${next.title}` }));
    expect(currentUrl(router)).toBe(`/timeline/${next.id}`);
    await user.keyboard('{ArrowLeft}');
    expect(currentUrl(router)).toBe('/timeline/tokyo-summit');
    await user.keyboard('{ArrowLeft}');
    expect(currentUrl(router)).toBe(`/timeline/${previous.id}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: previous.title }),
    ).toBeInTheDocument();
  });

  it('has no previous link on the first event', () => {
    const first = allEvents()[0];
    renderRoute(`/timeline/${first?.id}`);
    expect(screen.queryByRole('link', { name: /Previous event/ })).not.toBeInTheDocument();
  });

  it('suggests close matches for an unknown event', async () => {
    const { user, router } = renderRoute('/timeline/tokyo-sumit');
    expect(
      screen.getByRole('heading', { level: 1, name: 'We couldn’t find that event' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'The Tokyo summit' }));
    expect(currentUrl(router)).toBe('/timeline/tokyo-summit');
  });

  it('offers the way back even when nothing is close', () => {
    renderRoute('/timeline/qqqqqq');
    expect(screen.queryByRole('heading', { name: 'Did you mean' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the whole timeline' })).toHaveAttribute(
      'href',
      '/timeline',
    );
  });
});

describe('the timeline at a glance', () => {
  const text = textOf('en');
  const words = text.words.pictures.timelineStrip;
  /** A dot's name, and its line's in the data: title and date, and the theme if it touches it. */
  const markName = (event: StoryEvent, theme?: ThemeId) =>
    text.fill(theme && event.themes.includes(theme) ? words.markMatching : words.mark, {
      title: event.title,
      date: formatDate(event.date),
      theme: theme ? text.words.timeline.themesInSentence[theme] : '',
    });
  const figure = () => screen.getByRole('figure', { name: new RegExp(`^${words.title}`) });
  /** Each event's links in the picture (its dot and its line in the data), with their names. */
  function linksByEvent() {
    const links = within(figure()).getAllByRole('link');
    return new Map(
      allEvents().map((event) => [
        event,
        links.filter((link) => link.getAttribute('href') === paths.event(event.id)),
      ]),
    );
  }

  it('opens the page, before the filters, with a link to every event', () => {
    renderRoute('/timeline');
    const picture = figure();
    expect(
      picture.compareDocumentPosition(screen.getByRole('navigation', { name: 'Filter by theme' })),
    ).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    const links = within(picture)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('href')?.startsWith('/timeline/'));
    expect(links).toHaveLength(allEvents().length * 2);
    for (const [event, ofEvent] of linksByEvent()) {
      expect(ofEvent, event.id).toHaveLength(2);
      for (const link of ofEvent) expect(link).toHaveAccessibleName(markName(event));
    }
  }, 20_000);

  it('lets a keyboard reader skip every dot, to the picture’s data', () => {
    renderRoute('/timeline');
    const skip = within(figure()).getByRole('link', {
      name: `Skip the picture’s ${allEvents().length} links, to its data`,
    });
    const target = within(figure()).getByText('The data behind this picture');
    expect(skip).toHaveAttribute('href', `#${target.id}`);
    const first = allEvents()[0];
    if (!first) throw new Error('the content has no events');
    const [dot] = within(figure()).getAllByRole('link', { name: markName(first) });
    expect(dot && target.compareDocumentPosition(dot)).toBe(Node.DOCUMENT_POSITION_PRECEDING);
  }, 20_000);

  it('says how many events there are and how many came from the summit’s year on', () => {
    renderRoute('/timeline');
    const year = Number(summitDay().slice(0, 4));
    const since = allEvents().filter((e) => sortKey(e.date) >= Date.UTC(year, 0, 1));
    expect(figure()).toHaveAccessibleName(
      expect.stringContaining(
        text.count(words.recent, since.length, {
          since: formatDate({ precision: 'year', year }),
        }),
      ),
    );
    const first = allEvents()[0];
    if (!first) throw new Error('the content has no events');
    expect(figure()).toHaveAccessibleName(
      expect.stringContaining(
        text.count(words.description, allEvents().length, {
          first: formatDate({
            precision: 'year',
            year: new Date(sortKey(first.date)).getUTCFullYear(),
          }),
          end: formatDate({ precision: 'day', day: record.reviewed }),
        }),
      ),
    );
  }, 20_000);

  it('with a theme picked, names the events that touch it as matching', async () => {
    const { user } = renderRoute('/timeline?theme=security');
    const matching = eventsByTheme('security');
    expect(figure()).toHaveAccessibleName(
      expect.stringContaining(
        text.count(words.matching, matching.length, {
          theme: text.words.timeline.themesInSentence.security,
        }),
      ),
    );
    for (const [event, ofEvent] of linksByEvent()) {
      for (const link of ofEvent) expect(link).toHaveAccessibleName(markName(event, 'security'));
    }
    await user.click(screen.getByRole('link', { name: 'All themes' }));
    for (const [event, ofEvent] of linksByEvent()) {
      for (const link of ofEvent) expect(link).toHaveAccessibleName(markName(event));
    }
  }, 20_000);
});
