import { screen, within } from '@testing-library/react';
import {
  allCommitments,
  allStatuses,
  areaLabel,
  commitmentById,
  filterCommitments,
  statusById,
} from '../../src/content/commitmentSelectors';
import { statusChart } from '../../src/content/pictures/statusChart';
import { recordReach } from '../../src/content/storySelectors';
import { textOf } from '../../src/content/text';
import { ticksStorageKey } from '../../src/views/commitments/useTicks';
import { currentUrl, renderRoute } from '../renderRoute';
import { shownText } from '../shownText';
import { citationHrefs, markerName, popoverOf } from '../support/citations';

const total = allCommitments().length;
/** The commitments shown: the articles of the checklist itself, not the notes below it. */
const items = () => {
  const list = screen.queryByRole('list', { name: 'Commitments' });
  return list ? within(list).getAllByRole('article') : [];
};
const onDay = (day: string) =>
  textOf().date({ precision: 'day', day: day as `${number}-${number}-${number}` });
/** A status says the day it was judged and how far the reports behind it reach. */
const assessedLine = (assessed: string) =>
  `Status, as assessed on ${onDay(assessed)} from reports up to ${onDay(recordReach().reportsTo)}`;
const tickBox = (title: string) => screen.getByRole('checkbox', { name: new RegExp(title) });
const progress = () => screen.getByRole('progressbar');

function blockStorage() {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(refuse);
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(refuse);
  vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(refuse);
}

describe('the commitments checklist', () => {
  it('lists every commitment with its area, status, evidence and sources', () => {
    renderRoute('/commitments');
    expect(
      screen.getByRole('heading', { level: 1, name: 'What they promised' }),
    ).toBeInTheDocument();
    expect(items()).toHaveLength(total);
    for (const c of allCommitments()) {
      const item = screen.getByRole('article', { name: c.title });
      expect(within(item).getByText(shownText(c.summary))).toBeInTheDocument();
      expect(within(item).getByText(shownText(c.evidence))).toBeInTheDocument();
      expect(within(item).getByRole('link', { name: areaLabel(c.area) })).toBeInTheDocument();
      expect(within(item).getByText(/Status, as assessed on/)).toHaveTextContent(
        assessedLine(c.assessed),
      );
      const [marker] = within(item).getAllByRole('button', { name: markerName(c.citations) });
      if (!marker) throw new Error(`${c.title} shows no sources`);
      expect(
        within(popoverOf(marker))
          .getAllByRole('link', { hidden: true })
          .map((link) => link.getAttribute('href')),
      ).toEqual(citationHrefs(c.citations));
    }
  });

  it('links each commitment to where it was made and what moved it', async () => {
    const { user, router } = renderRoute('/commitments');
    const shuttle = screen.getByRole('article', { name: 'Revive shuttle diplomacy' });
    expect(
      within(shuttle).getAllByRole('link', { name: 'The Tokyo summit' }).length,
    ).toBeGreaterThan(0);
    const [movedBy] = within(shuttle).getAllByRole('link', {
      name: 'Ishiba returns the visit in Busan',
    });
    expect(movedBy).toBeDefined();
    if (movedBy) await user.click(movedBy);
    expect(currentUrl(router)).toBe('/timeline/busan-summit');
  });

  it('ticks items off, shows progress, and keeps the ticks after a reload', async () => {
    const view = renderRoute('/commitments');
    expect(screen.getByText(`0 of ${total} discussed`)).toBeInTheDocument();
    await view.user.click(tickBox('Revive shuttle diplomacy'));
    await view.user.click(tickBox('One stance on North Korea'));
    expect(screen.getByText(`2 of ${total} discussed`)).toBeInTheDocument();
    expect(progress()).toHaveAttribute('value', '2');
    view.unmount();

    renderRoute('/commitments');
    expect(screen.getByText(`2 of ${total} discussed`)).toBeInTheDocument();
    expect(tickBox('Revive shuttle diplomacy')).toBeChecked();
    expect(tickBox('Widen working-holiday exchanges')).not.toBeChecked();
  });

  it('unticks an item and resets them all', async () => {
    const { user } = renderRoute('/commitments');
    await user.click(tickBox('Revive shuttle diplomacy'));
    await user.click(tickBox('Deepen defence cooperation'));
    await user.click(tickBox('Revive shuttle diplomacy'));
    expect(screen.getByText(`1 of ${total} discussed`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset ticks' }));
    expect(screen.getByText(`0 of ${total} discussed`)).toBeInTheDocument();
    expect(
      screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked),
    ).toEqual([]);
    expect(screen.getByRole('button', { name: 'Reset ticks' })).toBeDisabled();
  });

  it('can be used by keyboard alone', async () => {
    const { user } = renderRoute('/commitments');
    const box = tickBox('Revive shuttle diplomacy');
    box.focus();
    await user.keyboard(' ');
    expect(box).toBeChecked();
  });

  it('filters by area and status, keeping both in the address', async () => {
    const { user, router } = renderRoute('/commitments');
    const areaFilter = screen.getByRole('navigation', { name: 'Filter by area' });
    await user.click(within(areaFilter).getByRole('link', { name: 'Security and defence' }));
    expect(currentUrl(router)).toBe('/commitments?area=security');
    expect(items()).toHaveLength(filterCommitments({ area: 'security' }).length);

    const statusFilter = screen.getByRole('navigation', { name: 'Filter by status' });
    await user.click(within(statusFilter).getByRole('link', { name: 'In progress' }));
    expect(currentUrl(router)).toBe('/commitments?area=security&status=in-progress');
    const expected = filterCommitments({ area: 'security', status: 'in-progress' });
    expect(items().map((item) => item.getAttribute('aria-labelledby'))).toEqual(
      expected.map((c) => `${c.id}-title`),
    );
    expect(
      screen.getByText(`Showing ${expected.length} of ${total} commitments`),
    ).toBeInTheDocument();
  });

  it('opens a shared, filtered link in that state, and says when nothing matches', () => {
    renderRoute('/commitments?area=people&status=stalled');
    expect(items()).toHaveLength(filterCommitments({ area: 'people', status: 'stalled' }).length);
    expect(screen.getByText(/Nothing matches both filters/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Show every commitment' })).toHaveAttribute(
      'href',
      '/commitments',
    );
  });

  it('ignores filter values it does not know', () => {
    renderRoute('/commitments?area=%E2%9C%93&status=');
    expect(items()).toHaveLength(total);
  });

  it('keeps ticks made while filtered', async () => {
    const { user } = renderRoute('/commitments?area=technology');
    await user.click(tickBox('Work together on AI and hydrogen'));
    await user.click(screen.getByRole('link', { name: 'All areas' }));
    expect(tickBox('Work together on AI and hydrogen')).toBeChecked();
  });
});

describe('the checklist when storage misbehaves', () => {
  it('starts empty and says so once when the saved ticks are not JSON', async () => {
    localStorage.setItem(ticksStorageKey, '{not json');
    const { user } = renderRoute('/commitments');
    expect(screen.getByText(/saved ticks could not be read/)).toBeInTheDocument();
    expect(screen.getByText(`0 of ${total} discussed`)).toBeInTheDocument();
    await user.click(tickBox('Revive shuttle diplomacy'));
    expect(screen.queryByText(/saved ticks could not be read/)).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(ticksStorageKey) ?? '[]')).toEqual([
      'shuttle-diplomacy',
    ]);
  });

  it('treats saved ticks of the wrong shape as unreadable', () => {
    localStorage.setItem(ticksStorageKey, JSON.stringify({ ticked: ['shuttle-diplomacy'] }));
    renderRoute('/commitments');
    expect(screen.getByText(/saved ticks could not be read/)).toBeInTheDocument();
    expect(screen.getByText(`0 of ${total} discussed`)).toBeInTheDocument();
  });

  it('keeps known ticks and drops ids that no longer exist', () => {
    localStorage.setItem(
      ticksStorageKey,
      JSON.stringify(['shuttle-diplomacy', 'retired-commitment']),
    );
    renderRoute('/commitments');
    expect(screen.getByText(`1 of ${total} discussed`)).toBeInTheDocument();
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });

  it('still works, and says ticks will not be kept, when the browser blocks storage', async () => {
    blockStorage();
    const { user } = renderRoute('/commitments');
    expect(screen.getByText(/not letting the page save anything/)).toBeInTheDocument();
    await user.click(tickBox('Revive shuttle diplomacy'));
    expect(tickBox('Revive shuttle diplomacy')).toBeChecked();
    expect(screen.getByText(`1 of ${total} discussed`)).toBeInTheDocument();
    expect(screen.getAllByText(/not letting the page save anything/)).toHaveLength(1);
  });

  it('carries on in memory when only saving fails', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const { user } = renderRoute('/commitments');
    expect(screen.queryByText(/not letting the page save/)).not.toBeInTheDocument();
    await user.click(tickBox('Revive shuttle diplomacy'));
    expect(tickBox('Revive shuttle diplomacy')).toBeChecked();
    expect(screen.getByText(/not letting the page save anything/)).toBeInTheDocument();
  });

  it('follows ticks made in another tab', async () => {
    renderRoute('/commitments');
    localStorage.setItem(ticksStorageKey, JSON.stringify(['working-holiday']));
    window.dispatchEvent(new StorageEvent('storage', { key: ticksStorageKey }));
    expect(await screen.findByText(`1 of ${total} discussed`)).toBeInTheDocument();
    expect(tickBox('Widen working-holiday exchanges')).toBeChecked();
  });
});

describe('the checklist in one picture', () => {
  const text = textOf('en');
  const words = text.words.pictures.statusChart;
  const figure = () => screen.getByRole('figure', { name: new RegExp(`^${words.title}`) });
  const segmentName = (status: { id: Parameters<typeof statusById>[0]; label: string }) =>
    text.count(words.segment, filterCommitments({ status: status.id }).length, {
      status: status.label,
    });

  it('shows how many commitments stand at each status, each part a link to that part of the list', () => {
    renderRoute('/commitments');
    for (const status of allStatuses()) {
      expect(within(figure()).getByRole('link', { name: segmentName(status) })).toHaveAttribute(
        'href',
        `/commitments?status=${status.id}`,
      );
    }
  });

  it('filters the list when the reader follows a part of the bar', async () => {
    const { user, router } = renderRoute('/commitments');
    const delivered = statusById('delivered');
    await user.click(within(figure()).getByRole('link', { name: segmentName(delivered) }));
    expect(currentUrl(router)).toBe('/commitments?status=delivered');
    expect(items()).toHaveLength(filterCommitments({ status: 'delivered' }).length);
    expect(within(figure()).getByRole('link', { name: segmentName(delivered) })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('is the first thing the keyboard reaches after the heading, part by part', async () => {
    const { user } = renderRoute('/commitments');
    screen.getByRole('heading', { level: 1 }).focus();
    for (const status of allStatuses()) {
      await user.tab();
      expect(within(figure()).getByRole('link', { name: segmentName(status) })).toHaveFocus();
    }
  });

  it('gives its data as a table of counts and a dated list of changes, each linked to its item', () => {
    renderRoute('/commitments');
    const counts = within(figure()).getByRole('table', { name: words.countsCaption });
    for (const status of allStatuses()) {
      const row = within(counts).getByRole('row', { name: new RegExp(`^${status.label} `) });
      expect(row).toHaveTextContent(String(filterCommitments({ status: status.id }).length));
    }
    const moves = within(figure()).getByRole('table', { name: words.movesCaption });
    expect(within(moves).getAllByRole('row')).toHaveLength(statusChart.moves.length + 1);
    for (const move of statusChart.moves) {
      const title = commitmentById(move.commitment)?.title ?? '';
      expect(within(moves).getAllByRole('link', { name: title })[0]).toHaveAttribute(
        'href',
        `/commitments#${move.commitment}`,
      );
    }
  });

  it('keeps the list’s own filters and ticks working beneath it', async () => {
    const { user, router } = renderRoute('/commitments?status=in-progress');
    const areaFilter = screen.getByRole('navigation', { name: 'Filter by area' });
    await user.click(within(areaFilter).getByRole('link', { name: 'Security and defence' }));
    expect(currentUrl(router)).toBe('/commitments?area=security&status=in-progress');
    expect(items()).toHaveLength(
      filterCommitments({ area: 'security', status: 'in-progress' }).length,
    );
  });
});
