import { screen, within } from '@testing-library/react';
import { formatDate } from '../../src/content/dates';
import { latestOffice, officeLine } from '../../src/content/offices';
import { record } from '../../src/content/record';
import { summitDay } from '../../src/content/eventSelectors';
import { personById } from '../../src/content/peopleSelectors';
import { refLabel } from '../../src/content/refSelectors';
import { slides } from '../../src/content/slides';
import { wordingOf } from '../../src/content/updatePageSelectors';
import { allUpdates, countByKind, updatesAfter } from '../../src/content/updateSelectors';
import type { Person } from '../../src/content/types';
import { lastVisitStorageKey } from '../../src/hooks/visitRecord';
import { paths } from '../../src/paths';
import { renderRoute } from '../renderRoute';

const ishiba = personById('shigeru-ishiba') as Person;
const ishibaOffice = latestOffice(ishiba);
if (!ishibaOffice) throw new Error('Ishiba has no office');
const ishibaNow = officeLine(ishibaOffice);
const corrections = allUpdates().filter((u) => u.kind === 'correction');
const long = (iso: string) =>
  formatDate({ precision: 'day', day: iso as `${number}-${number}-${number}` });

describe('offices with their dates', () => {
  const leaderSlide = slides().findIndex((s) => s.kind === 'leaders') + 1;
  it.each([
    ['the profile', paths.leader(ishiba.id)],
    ['the leaders page', paths.leaders()],
    ['the comparison', paths.compare()],
    ['the deck', paths.present(leaderSlide)],
    ['the handout', paths.handout()],
  ])('%s shows Ishiba as a former prime minister, with both dates', async (_, path) => {
    renderRoute(path);
    expect((await screen.findAllByText(new RegExp(`^${ishibaNow}`))).length).toBeGreaterThan(0);
    expect(screen.queryByText(/Prime Minister of Japan, since 1 October 2024/)).toBeNull();
  });

  it('the comparison says it shows the leaders as they were at the summit', () => {
    renderRoute(paths.compare());
    const summit = long(summitDay());
    const paragraph = (pattern: RegExp) =>
      screen.getAllByText((_, el) => el?.tagName === 'P' && pattern.test(el.textContent ?? ''));
    expect(paragraph(new RegExp(`as they were at the Tokyo summit on ${summit}`))).toHaveLength(1);
    expect(paragraph(new RegExp(`^On ${summit}: Prime Minister of Japan$`))).toHaveLength(1);
  });
});

describe('the updates page', () => {
  it('lists every correction: what we said, what is right, and the item it changed', () => {
    renderRoute(paths.updates());
    expect(
      screen.getByRole('heading', { level: 1, name: 'Updates and corrections' }),
    ).toBeInTheDocument();
    // Finding the articles by role once keeps this fast as the log grows.
    const articles = screen.getAllByRole('article');
    for (const c of corrections) {
      const { summary, correction } = wordingOf(c);
      const entry = articles.find((article) => within(article).queryByText(summary));
      expect(entry, c.id).toBeDefined();
      if (!entry) continue;
      expect(within(entry).getByText(summary)).toBeInTheDocument();
      expect(within(entry).getByText(correction ?? '')).toBeInTheDocument();
      expect(within(entry).getByRole('link', { name: refLabel(c.item) })).toHaveAttribute(
        'href',
        paths.item(c.item),
      );
    }
    // One render checks every correction in the log, so it needs longer than one journey.
  }, 20_000);

  it('says how far the record reaches, as do the home page, the timeline and the sources', () => {
    for (const path of [paths.updates(), paths.home(), paths.timeline(), paths.sources()]) {
      const { unmount } = renderRoute(path);
      expect(screen.getByText(/Our record runs to/, { exact: false })).toHaveTextContent(
        `Our record runs to ${long(record.coversTo)}`,
      );
      unmount();
    }
  });

  it('a corrected item says so where it stands, and links to the correction', async () => {
    const { user, router } = renderRoute(paths.leader(ishiba.id));
    const notes = screen.getAllByRole('link', { name: /^Corrected on/ });
    const ishibaCorrections = corrections.filter((c) => c.item.id === ishiba.id);
    expect(notes.length).toBe(new Set(ishibaCorrections.map((c) => c.date)).size);
    expect(screen.getByText(`(${ishibaCorrections.length} corrections)`)).toBeInTheDocument();
    const [first] = notes;
    expect(first).toBeDefined();
    if (first) await user.click(first);
    expect(router.location.pathname).toBe(paths.updates());
    expect(router.location.hash).toMatch(/^#/);
  });

  it('is linked from the footer of every page', () => {
    renderRoute(paths.home());
    expect(
      within(screen.getByRole('contentinfo')).getByRole('link', {
        name: 'Updates and corrections',
      }),
    ).toHaveAttribute('href', paths.updates());
  });
});

describe('changed since your last visit', () => {
  const previousEdition = '2026-11-01';
  const changed = updatesAfter(previousEdition);

  it('a first visit shows no markers, and remembers the edition seen', () => {
    renderRoute(paths.timeline());
    expect(screen.queryByText(/since your last visit/i)).toBeNull();
    expect(JSON.parse(localStorage.getItem(lastVisitStorageKey) ?? 'null')).toEqual({
      seen: record.reviewed,
      markSince: null,
    });
  });

  it('a returning reader sees what changed, marked where it stands, until they clear it', async () => {
    localStorage.setItem(
      lastVisitStorageKey,
      JSON.stringify({ seen: previousEdition, markSince: null }),
    );
    const { unmount } = renderRoute(paths.home());
    const summary = await screen.findByRole('region', { name: 'Since your last visit' });
    const counts = countByKind(changed);
    expect(summary).toHaveTextContent(`${counts.event} events added to the timeline`);
    expect(summary).toHaveTextContent(`${counts.correction} corrections`);
    unmount();

    const view = renderRoute(paths.timeline());
    const newEvents = changed.filter((u) => u.kind === 'event');
    expect(
      await screen.findAllByRole('link', { name: 'Added since your last visit' }),
    ).toHaveLength(newEvents.length);
    await view.user.click(screen.getByRole('button', { name: 'Clear the markers' }));
    expect(screen.queryByRole('link', { name: 'Added since your last visit' })).toBeNull();
    view.unmount();

    renderRoute(paths.home());
    expect(screen.queryByRole('region', { name: 'Since your last visit' })).toBeNull();
  });

  it('treats a corrupt stored value as a first visit', () => {
    localStorage.setItem(lastVisitStorageKey, '{"seen": 42');
    renderRoute(paths.home());
    expect(screen.queryByRole('region', { name: 'Since your last visit' })).toBeNull();
    expect(JSON.parse(localStorage.getItem(lastVisitStorageKey) ?? 'null')).toMatchObject({
      markSince: null,
    });
  });

  it('still shows every page when the browser refuses storage', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    renderRoute(paths.timeline());
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByText(/since your last visit/i)).toBeNull();
  });
});
