import { allRoutes, expect, test } from './fixtures';

test.describe('every route', () => {
  for (const route of allRoutes) {
    test(`${route.name} (${route.path}) loads cleanly`, async ({ page, problems }) => {
      const response = await page.goto(route.path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page).toHaveTitle(/Tokyo summit explainer/);
      await page.waitForLoadState('networkidle');
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
      expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
    });
  }
});
