import { expect, focusedElement, test } from './fixtures';

test('a keyboard-only reader goes from the skip link through the timeline and ticks a commitment', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  let focused = await focusedElement(page);
  expect(focused?.text).toBe('Skip to content');
  expect(focused?.outline, 'focus ring on the skip link').toBe(true);
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  // Into the section navigation, to the timeline.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Timeline' })
    .focus();
  focused = await focusedElement(page);
  expect(focused?.outline, 'focus ring on the nav link').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/timeline');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // The timeline strip's dots are links; a skip link, shown when focused, jumps past them all.
  for (let step = 0; step < 40; step += 1) {
    await page.keyboard.press('Tab');
    focused = await focusedElement(page);
    if (focused?.text.startsWith('Skip the picture')) break;
  }
  expect(focused?.text).toMatch(/^Skip the picture’s \d+ links, to its data$/);
  expect(focused?.outline, 'focus ring on the picture skip link').toBe(true);
  await expect(page.getByRole('link', { name: /^Skip the picture’s/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText('The data behind this picture').first()).toBeFocused();

  // Tab forward, past the picture's data and the filters, to the first event and open it.
  for (let step = 0; step < 30; step += 1) {
    await page.keyboard.press('Tab');
    focused = await focusedElement(page);
    expect(focused?.outline, `focus ring at step ${step} on ${focused?.text}`).toBe(true);
    if (focused?.text === 'Japan rules Korea as a colony') break;
  }
  expect(focused?.text).toBe('Japan rules Korea as a colony');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/timeline/colonial-rule');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Japan rules Korea as a colony' }),
  ).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL('/timeline/basic-relations-treaty');

  // Then the checklist, ticking with the space bar.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Checklist' })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/commitments');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  for (let step = 0; step < 40; step += 1) {
    await page.keyboard.press('Tab');
    focused = await focusedElement(page);
    expect(focused?.outline, `focus ring at step ${step} on ${focused?.tag} ${focused?.text}`).toBe(
      true,
    );
    if (focused?.tag === 'input') break;
  }
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  await expect(page.getByText(/^1 of \d+ discussed$/)).toBeVisible();
});
