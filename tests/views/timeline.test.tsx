import { screen, within } from '@testing-library/react';
import { formatDate } from '../../src/content/dates';
import {
  allEvents,
  eventNeighbours,
  eventsByEra,
  eventsByTheme,
  themeLabel,
} from '../../src/content/eventSelectors';
import { personById } from '../../src/content/peopleSelectors';
import { currentUrl, renderRoute } from '../renderRoute';
import { shownText } from '../shownText';

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
    expect(within(card).getByText(shownText(/Sources?:/))).toBeInTheDocument();
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
