import { screen, within } from '@testing-library/react';
import { allCommitments } from '../../src/content/commitmentSelectors';
import { allEvents, summitDay } from '../../src/content/eventSelectors';
import { day, sortKey } from '../../src/content/dates';
import { principals } from '../../src/content/peopleSelectors';
import {
  angleQuotes,
  countWords,
  recordReach,
  storyReadingMinutes,
  theStory,
  turningPoints,
  wordsPerMinute,
} from '../../src/content/storySelectors';
import { textOf } from '../../src/content/text';
import { allUpdates, lastUpdated } from '../../src/content/updateSelectors';
import { paths } from '../../src/paths';
import { currentUrl, renderRoute } from '../renderRoute';
import { shownText } from '../shownText';
import { citationHrefs, markerName, popoverOf } from '../support/citations';

const words = textOf().words.home;

describe('the story in a minute', () => {
  it('gives the headline, then the takeaways, then why it was news', () => {
    renderRoute('/');
    const story = theStory();
    expect(screen.getByRole('heading', { level: 1, name: story.headline })).toBeInTheDocument();
    expect(screen.getByText(story.dek)).toBeInTheDocument();
    const takeaways = screen.getByRole('region', { name: words.takeawaysHeading });
    expect(within(takeaways).getAllByRole('listitem')).toHaveLength(story.takeaways.length);
    const angle = screen.getByRole('region', { name: words.angleHeading });
    for (const point of story.angle)
      expect(within(angle).getByText(shownText(point.text))).toBeInTheDocument();
    // The basic facts come first; the debate on history follows them.
    expect(
      takeaways.compareDocumentPosition(angle) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      screen.getByRole('region', { name: words.pastHeading }).compareDocumentPosition(angle) &
        Node.DOCUMENT_POSITION_PRECEDING,
    ).toBeTruthy();
    expect(document.title).toBe('Tokyo summit explainer');
  });

  it('quotes both leaders’ own words from the day of the summit beside why it was news', () => {
    renderRoute('/');
    const angle = screen.getByRole('region', { name: words.angleHeading });
    const cards = within(angle).getAllByRole('figure');
    const quotes = angleQuotes();
    expect(cards).toHaveLength(quotes.length);
    for (const [index, quote] of quotes.entries()) {
      expect(cards[index]).toHaveTextContent(quote.words);
      expect(quote.said).toEqual(day(summitDay()));
    }
    expect(quotes.map((quote) => quote.speaker.person).sort()).toEqual(
      principals()
        .map((person) => person.id)
        .sort(),
    );
  });

  it('lists the turning points oldest first, each a link to its event', () => {
    renderRoute('/');
    const past = screen.getByRole('region', { name: words.pastHeading });
    const events = turningPoints();
    const dates = events.map((event) => sortKey(event.date));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    const items = within(past).getAllByRole('listitem');
    expect(items).toHaveLength(events.length);
    for (const [index, event] of events.entries())
      expect(within(items[index] as HTMLElement).getByRole('link')).toHaveTextContent(event.title);
  });

  it('counts in its reading time everything the story shows, down to the turning points', () => {
    renderRoute('/');
    const story = theStory();
    const region = (name: string) => screen.getByRole('region', { name });
    const facts = [...story.takeaways, ...story.angle].map((fact) => fact.text);
    for (const fact of facts) expect(screen.getByText(shownText(fact))).toBeInTheDocument();
    const shown = [
      screen.getByRole('heading', { level: 1 }).textContent ?? '',
      screen.getByText(story.dek).textContent ?? '',
      ...facts,
      ...within(region(words.angleHeading))
        .getAllByRole('blockquote')
        .map((quote) => quote.textContent ?? ''),
      ...within(region(words.pastHeading))
        .getAllByRole('listitem')
        .map((item) => item.textContent ?? ''),
    ];
    // Give or take the dates and the quotes' captions, the minutes are the words on screen.
    expect(Math.abs(storyReadingMinutes() - countWords(shown) / wordsPerMinute)).toBeLessThan(1);
    expect(
      screen.getByText(new RegExp(`${storyReadingMinutes()}-minute read`)),
    ).toBeInTheDocument();
  });

  it('says when it was last updated, how long it takes to read and when the summit was', () => {
    renderRoute('/');
    const kicker = screen.getByText(new RegExp(`${storyReadingMinutes()}-minute read`));
    const updated = lastUpdated();
    if (!updated) throw new Error('the updates log is empty');
    expect(kicker).toHaveTextContent(`Updated ${textOf().date(day(updated))}`);
    expect(screen.getByText(theStory().dek)).toHaveTextContent('23 August 2025');
  });

  it('says the polls are the newest in reports up to the end of our record', () => {
    renderRoute('/');
    const polls = screen.getByRole('region', { name: 'How people in each country see the other' });
    expect(polls).toHaveTextContent(
      `The newest surveys we found in reports up to ${textOf().date(day(recordReach().reportsTo))}`,
    );
  });

  it('cites every takeaway, with links to the sources page', () => {
    renderRoute('/');
    const takeaways = screen.getByRole('region', { name: words.takeawaysHeading });
    const items = within(takeaways).getAllByRole('listitem');
    for (const [index, item] of items.entries()) {
      const { citations } = theStory().takeaways[index] ?? { citations: [] };
      // A marker after the takeaway names its sources and opens them, each a link to its entry.
      const marker = within(item).getByRole('button', { name: markerName(citations) });
      expect(
        within(popoverOf(marker))
          .getAllByRole('link', { hidden: true })
          .map((link) => link.getAttribute('href')),
      ).toEqual(citationHrefs(citations));
    }
  });

  it('leads into the timeline, the leaders and the checklist', async () => {
    const { user, router } = renderRoute('/');
    expect(
      screen.getByRole('link', { name: new RegExp(`${allEvents().length} events`) }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: new RegExp(`${allCommitments().length} commitments`) }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /The timeline/ }));
    expect(currentUrl(router)).toBe('/timeline');
    expect(await screen.findByRole('heading', { level: 1, name: 'How we got here' })).toHaveFocus();
  });

  it('has a skip link to the content and one main landmark', () => {
    renderRoute('/');
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('says “Corrected on …” on each corrected open question and reaction, linked to the log', () => {
    renderRoute('/');
    const corrected = allUpdates().filter(
      (u) =>
        u.kind === 'correction' && (u.item.kind === 'open-question' || u.item.kind === 'reaction'),
    );
    expect(corrected.length).toBeGreaterThan(0);
    for (const update of corrected) {
      const [item] = screen.getAllByRole('listitem').filter((li) => li.id === update.item.id);
      if (!item) throw new Error(`${update.item.id} is not on the home page`);
      const links = within(item).getAllByRole('link', { name: /^Corrected on / });
      const entries = corrected
        .filter((u) => u.item.kind === update.item.kind && u.item.id === update.item.id)
        .map((u) => paths.update(u.id));
      expect(links.some((link) => entries.includes(link.getAttribute('href') ?? ''))).toBe(true);
    }
  });
});
