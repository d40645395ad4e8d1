import { allRoutes, expect, test } from './fixtures';

for (const viewport of [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
]) {
  test.describe(`on a ${viewport.width} × ${viewport.height} touch screen`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

    test('no page scrolls sideways', async ({ page }) => {
      // One page load per route, and the timeline grows with the story.
      test.slow();
      const overflowing: string[] = [];
      for (const route of allRoutes) {
        await page.goto(route.path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        const width = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (width.scroll > width.client) overflowing.push(`${route.path} (${width.scroll}px)`);
      }
      expect(overflowing).toEqual([]);
    });

    test('the navigation sits within thumb reach and every tap target is big enough', async ({
      page,
    }) => {
      await page.goto('/');
      const nav = page.getByRole('navigation', { name: 'Sections' });
      const box = await nav.boundingBox();
      expect(box && box.y + box.height).toBeGreaterThanOrEqual(viewport.height - 1);
      for (const link of await nav.getByRole('link').all()) {
        const size = await link.boundingBox();
        expect(size?.height).toBeGreaterThanOrEqual(44);
        expect(size?.width).toBeGreaterThanOrEqual(44);
      }
      await nav.getByRole('link', { name: 'Checklist' }).tap();
      await expect(page).toHaveURL('/commitments');
      const item = page.getByRole('article', { name: 'Revive shuttle diplomacy' });
      const tick = item.getByRole('checkbox');
      const label = item.locator('label');
      expect((await label.boundingBox())?.height).toBeGreaterThanOrEqual(44);
      await label.tap();
      await expect(tick).toBeChecked();
    });
  });
}
