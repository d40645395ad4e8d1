import { screen, within } from '@testing-library/react';
import { allCommitments } from '../../src/content/commitmentSelectors';
import { allEvents } from '../../src/content/eventSelectors';
import { day } from '../../src/content/dates';
import { recordReach, storyReadingMinutes, theStory } from '../../src/content/storySelectors';
import { textOf } from '../../src/content/text';
import { lastUpdated } from '../../src/content/updateSelectors';
import { currentUrl, renderRoute } from '../renderRoute';
import { shownText } from '../shownText';
import { citationHrefs, markerName, popoverOf } from '../support/citations';

describe('the story in a minute', () => {
  it('gives the headline, why it was news and the takeaways', () => {
    renderRoute('/');
    const story = theStory();
    expect(screen.getByRole('heading', { level: 1, name: story.headline })).toBeInTheDocument();
    expect(screen.getByText(story.dek)).toBeInTheDocument();
    const takeaways = screen.getByRole('region', { name: 'The story in a minute' });
    expect(within(takeaways).getAllByRole('listitem')).toHaveLength(story.takeaways.length);
    for (const point of story.angle)
      expect(screen.getByText(shownText(point.text))).toBeInTheDocument();
    expect(document.title).toBe('Tokyo summit explainer');
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
    const polls = screen.getByRole('region', { name: 'How the two publics see each other' });
    expect(polls).toHaveTextContent(
      `The newest surveys we found in reports up to ${textOf().date(day(recordReach().coversTo))}`,
    );
  });

  it('cites every takeaway, with links to the sources page', () => {
    renderRoute('/');
    const takeaways = screen.getByRole('region', { name: 'The story in a minute' });
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
});
