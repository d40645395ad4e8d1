import { prefix } from '../../playwright.config';
import { cspViolations, expect, test } from './fixtures';

const site = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4174) + 1}${prefix}`;

test('a site built with BASE_PATH works under that prefix', async ({ page, problems }) => {
  await page.goto(`${site}timeline/tokyo-summit`);
  await expect(page.getByRole('heading', { level: 1, name: 'The Tokyo summit' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Leaders' })
    .click();
  await expect(page).toHaveURL(`${site}leaders`);
  await expect(page.getByRole('heading', { level: 1, name: 'The leaders' })).toBeFocused();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Story' })
    .click();
  // The router writes the home address without its trailing slash; both are the same page.
  await expect(page).toHaveURL(new RegExp(`^${site.replace(/\/$/, '')}/?$`));
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(icon?.startsWith(prefix)).toBe(true);
  await page.goto(`${site}sources`);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical ?? '').pathname).toBe(`${prefix}sources`);
  await page.goto(`${site}no-such-page`);
  await expect(page.getByRole('heading', { level: 1, name: 'This page isn’t here' })).toBeVisible();
  expect(problems.failedRequests).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});
