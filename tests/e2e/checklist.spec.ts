import { allCommitments } from '../../src/content/commitmentSelectors';
import { ticksStorageKey } from '../../src/views/commitments/useTicks';
import { expect, test } from './fixtures';

const total = allCommitments().length;

test('ticks survive a reload and a new tab, and a reset clears them', async ({ page, context }) => {
  await page.goto('/commitments');
  await page.getByRole('checkbox', { name: /Revive shuttle diplomacy/ }).check();
  await page.getByRole('checkbox', { name: /One stance on North Korea/ }).check();
  await expect(page.getByText(`2 of ${total} discussed`)).toBeVisible();

  await page.reload();
  await expect(page.getByText(`2 of ${total} discussed`)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Revive shuttle diplomacy/ })).toBeChecked();

  const secondTab = await context.newPage();
  await secondTab.goto('/commitments');
  await expect(secondTab.getByText(`2 of ${total} discussed`)).toBeVisible();
  await secondTab.getByRole('checkbox', { name: /Deepen defence cooperation/ }).check();
  await expect(page.getByText(`3 of ${total} discussed`)).toBeVisible();

  await page.getByRole('button', { name: 'Reset ticks' }).click();
  await expect(page.getByText(`0 of ${total} discussed`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`0 of ${total} discussed`)).toBeVisible();
});

for (const [label, value] of [
  ['not JSON', '{"broken'],
  ['the wrong shape', '{"ticked":true}'],
  ['an array of numbers', '[1,2,3]'],
] as const) {
  test(`stored ticks that are ${label} do not break the page`, async ({ page, problems }) => {
    await page.addInitScript(([key, stored]) => window.localStorage.setItem(key, stored), [
      ticksStorageKey,
      value,
    ] as const);
    await page.goto('/commitments');
    await expect(page.getByText(/saved ticks could not be read/)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Commitments' }).getByRole('article')).toHaveCount(
      total,
    );
    await page.getByRole('checkbox', { name: /Revive shuttle diplomacy/ }).check();
    await expect(page.getByText(`1 of ${total} discussed`)).toBeVisible();
    expect(problems.consoleErrors).toEqual([]);
  });
}

test('storage that throws leaves a working checklist that says so', async ({ page, problems }) => {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: refuse });
  });
  await page.goto('/commitments');
  await expect(page.getByText(/not letting the page save anything/)).toBeVisible();
  await page.getByRole('checkbox', { name: /Revive shuttle diplomacy/ }).check();
  await expect(page.getByText(`1 of ${total} discussed`)).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});
