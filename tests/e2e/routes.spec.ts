import { allRoutes, cspViolations, expect, test } from './fixtures';

test.describe('every route', () => {
  for (const route of allRoutes) {
    test(`${route.name} (${route.path}) loads cleanly`, async ({ page, problems }) => {
      const response = await page.goto(route.path);
      expect(response?.status()).toBe(route.status ?? 200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page).toHaveTitle(/Tokyo summit explainer/);
      await page.waitForLoadState('networkidle');
      // A real 404 is reported by the browser itself; anything else is ours.
      const errors = problems.consoleErrors.filter(
        (error) => !(route.status === 404 && /status of 404/.test(error)),
      );
      expect(errors, 'console errors').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
      expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
      expect(await cspViolations(page), 'Content Security Policy violations').toEqual([]);
    });
  }
});
