import { auditedRoutes, axeViolations, expect, test } from './fixtures';

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    test.use({ colorScheme: theme, reducedMotion: 'reduce' });
    for (const route of auditedRoutes) {
      test(`${route.name} (${route.path})`, async ({ page }) => {
        await page.goto(route.path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        const report = await axeViolations(page, `${route.path} [${theme}]`);
        expect(report, report.join('\n')).toEqual([]);
      });
    }
  });
}
