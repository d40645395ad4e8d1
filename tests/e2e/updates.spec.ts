import { latestOffice, officeLine } from '../../src/content/offices';
import { personById } from '../../src/content/peopleSelectors';
import { record } from '../../src/content/record';
import { slides } from '../../src/content/slides';
import { updatesAfter } from '../../src/content/updateSelectors';
import { lastVisitStorageKey } from '../../src/hooks/visitRecord';
import { paths } from '../../src/paths';
import { expect, test } from './fixtures';

const ishiba = personById('shigeru-ishiba');
const ishibaOffice = ishiba && latestOffice(ishiba);
if (!ishibaOffice) throw new Error('Ishiba has no office');
const formerPrimeMinister = officeLine(ishibaOffice);
const leaderSlide = slides().findIndex((s) => s.kind === 'leaders');

for (const [where, path] of [
  ['his profile', paths.leader('shigeru-ishiba')],
  ['the comparison', paths.compare()],
  ['the deck', paths.present(leaderSlide + 1)],
] as const) {
  test(`${where} shows Ishiba as former prime minister, with his dates`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByText(formerPrimeMinister).first()).toBeVisible();
    await expect(page.getByText(/Prime Minister of Japan, since 1 October 2024/)).toHaveCount(0);
  });
}

test('the updates page lists the corrections, linked from the footer and the sources', async ({
  page,
}) => {
  await page.goto(paths.sources());
  await page.getByRole('link', { name: 'See every update and correction.' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Updates and corrections' }),
  ).toBeFocused();
  await expect(page.getByText('What is right').first()).toBeVisible();
  const corrections = page.getByRole('article').filter({ hasText: 'What we said' });
  expect(await corrections.count()).toBeGreaterThan(10);
  await page.getByRole('link', { name: 'Deepen defence cooperation' }).first().click();
  await expect(page).toHaveURL(/\/commitments#defence-cooperation$/);
  await expect(
    page.getByRole('article', { name: 'Deepen defence cooperation' }).getByRole('link', {
      name: /^Corrected on/,
    }),
  ).toBeVisible();
});

test.describe('changed since your last visit', () => {
  const previous = '2026-11-01';
  const newEvents = updatesAfter(previous).filter((u) => u.kind === 'event').length;

  test('a returning reader sees markers and a summary, and can clear them', async ({ page }) => {
    await page.goto(paths.home());
    await page.evaluate(
      ([key, seen]) => localStorage.setItem(key, JSON.stringify({ seen, markSince: null })),
      [lastVisitStorageKey, previous] as const,
    );
    await page.reload();
    const summary = page.getByRole('region', { name: 'Since your last visit' });
    await expect(summary).toContainText(`${newEvents} events added to the timeline`);
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Timeline' })
      .click();
    await expect(page.getByRole('link', { name: 'Added since your last visit' })).toHaveCount(
      newEvents,
    );
    await page.getByRole('button', { name: 'Clear the markers' }).click();
    await expect(page.getByRole('link', { name: 'Added since your last visit' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('link', { name: 'Added since your last visit' })).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), lastVisitStorageKey)).toBe(
      JSON.stringify({ seen: record.reviewed, markSince: null }),
    );
  });

  test('corrupt storage reads as a first visit, and the page works', async ({ page, problems }) => {
    await page.addInitScript((key) => localStorage.setItem(key, '{"seen":'), lastVisitStorageKey);
    await page.goto(paths.timeline());
    await expect(page.getByRole('heading', { level: 1, name: 'How we got here' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Added since your last visit' })).toHaveCount(0);
    expect(problems.consoleErrors).toEqual([]);
  });
});
