import AxeBuilder from '@axe-core/playwright';
import { auditedRoutes, expect, test } from './fixtures';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    test.use({ colorScheme: theme, reducedMotion: 'reduce' });
    for (const route of auditedRoutes) {
      test(`${route.name} (${route.path})`, async ({ page }) => {
        await page.goto(route.path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        const report = results.violations.flatMap((violation) =>
          violation.nodes.map(
            (node) =>
              `${route.path} [${theme}] ${violation.id}: ${node.target.join(' ')} — ${node.failureSummary}`,
          ),
        );
        expect(results.passes.length, 'axe checked nothing').toBeGreaterThan(10);
        expect(report, report.join('\n')).toEqual([]);
      });
    }
  });
}
