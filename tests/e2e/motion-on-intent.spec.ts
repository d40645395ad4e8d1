import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Whether the page has asked for framer-motion's chunk (the motion kit) yet. */
function watchMotion(page: Page) {
  const seen = { motion: false };
  page.on('request', (request) => {
    if (/\/assets\/motionKit-[^/]+\.js$/.test(request.url())) seen.motion = true;
  });
  return seen;
}

/** The page has hydrated and done what it does by itself when idle (it registers the worker). */
async function settled(page: Page) {
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForLoadState('networkidle');
}

test('a reader who only reads never downloads the motion library', async ({ page }) => {
  const seen = watchMotion(page);
  await page.goto('/');
  await settled(page);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.waitForLoadState('networkidle');
  expect(seen.motion).toBe(false);
});

test('pointing at a link to another page fetches it, and the next page fades in', async ({
  page,
}) => {
  const seen = watchMotion(page);
  await page.goto('/');
  await settled(page);
  const timeline = page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Timeline' });
  const fetched = page.waitForRequest(/\/assets\/motionKit-[^/]+\.js$/);
  await timeline.hover();
  await fetched;
  await page.waitForLoadState('networkidle');
  await timeline.click();
  await expect(page).toHaveURL('/timeline');
  expect(seen.motion).toBe(true);
});

test('tabbing to a link to another page fetches it too', async ({ page }) => {
  await page.goto('/leaders');
  await settled(page);
  const fetched = page.waitForRequest(/\/assets\/motionKit-[^/]+\.js$/);
  await page
    .getByRole('link', { name: /^Profile of/ })
    .first()
    .focus();
  await fetched;
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the motion library is never fetched, whatever the reader does', async ({ page }) => {
    const seen = watchMotion(page);
    await page.goto('/commitments');
    await settled(page);
    await page.getByRole('checkbox').first().check();
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Timeline' })
      .click();
    await expect(page).toHaveURL('/timeline');
    await page.waitForLoadState('networkidle');
    expect(seen.motion).toBe(false);
  });
});
