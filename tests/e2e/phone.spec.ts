import { dictionaries } from '../../src/content/dictionary';
import { sections } from '../../src/content/sections';
import { theStory } from '../../src/content/storySelectors';
import { fill } from '../../src/content/text';
import { paths } from '../../src/paths';
import { allRoutes, expect, test } from './fixtures';

const words = dictionaries.en;
/** The navigation's words, in the order of the section table. */
const navLabels = sections.flatMap((section) => {
  const label = (words.pages[section.id] as { nav?: string }).nav;
  return 'nav' in section && label ? [label] : [];
});

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

test.describe('on the narrowest phone, 320 px wide', () => {
  test.use({
    viewport: { width: 320, height: 640 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });

  test('the bottom navigation shows every section whole, each a big enough target', async ({
    page,
  }) => {
    await page.goto(paths.home());
    const nav = page.getByRole('navigation', { name: words.layout.sectionsLabel });
    const links = await nav.getByRole('link').all();
    expect(links).toHaveLength(navLabels.length);
    for (const [index, link] of links.entries()) {
      const label = navLabels[index] ?? '';
      await expect(link).toHaveAccessibleName(label);
      const box = await link.boundingBox();
      if (!box) throw new Error(`${label} is not drawn`);
      expect(box.x, `${label} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${label} ends on screen`).toBeLessThanOrEqual(320);
      expect(box.width, `${label} is wide enough to tap`).toBeGreaterThanOrEqual(44);
      expect(box.height, `${label} is tall enough to tap`).toBeGreaterThanOrEqual(44);
      // Nothing of its word clipped or scrolled out of sight.
      const fits = await link.evaluate((el) => el.scrollWidth <= el.clientWidth);
      expect(fits, `${label} fits its box`).toBe(true);
    }
    const list = nav.getByRole('list');
    expect(await list.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // Each section is a real link, and the current one says so.
    await nav.getByRole('link', { name: words.pages.sources.nav }).tap();
    await expect(page).toHaveURL(paths.sources());
    await expect(nav.getByRole('link', { name: words.pages.sources.nav })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('the header shows the site’s name on one line, whole, beside a big enough theme switch', async ({
    page,
  }) => {
    await page.goto(paths.home());
    const header = page.getByRole('banner');
    // Screen readers hear the full name; the eye may get the short one.
    const fullName = fill(words.layout.brand, { muted: words.layout.brandMuted });
    const brand = header.getByRole('link', { name: fullName });
    await expect(brand).toHaveAttribute('href', paths.home());
    // The parts of the name actually drawn (the full name, for screen readers, is clipped to a pixel).
    const drawn = await brand.evaluate((link) =>
      [...link.querySelectorAll(':scope > span')]
        .map((span) => {
          const box = span.getBoundingClientRect();
          return {
            text: span.textContent ?? '',
            width: box.width,
            height: box.height,
            lineHeight: parseFloat(getComputedStyle(span).lineHeight),
            isWhole: span.scrollWidth <= Math.ceil(box.width),
          };
        })
        .filter((part) => part.width > 2 && part.text.length > 1),
    );
    expect(drawn.length, 'a name is drawn').toBeGreaterThan(0);
    for (const part of drawn) {
      expect(part.height, `"${part.text}" on one line`).toBeLessThanOrEqual(part.lineHeight + 1);
      expect(part.isWhole, `"${part.text}" is not cut off`).toBe(true);
    }
    const toggle = header.getByRole('button', { name: words.layout.darkTheme });
    const box = await toggle.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(44);
  });
});

test.describe('on a 390 × 844 phone', () => {
  test.use({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 3,
  });

  test('the home page shows its headline and summary before the reader scrolls', async ({
    page,
  }) => {
    await page.goto(paths.home());
    const navBox = await page
      .getByRole('navigation', { name: words.layout.sectionsLabel })
      .boundingBox();
    const fold = navBox?.y ?? 844;
    const story = theStory();
    for (const shown of [
      page.getByRole('heading', { level: 1, name: story.headline }),
      page.getByText(story.dek, { exact: true }),
    ]) {
      const box = await shown.boundingBox();
      expect(box && box.y + box.height, 'above the bottom navigation').toBeLessThanOrEqual(fold);
    }
    // Where the home page has a picture (the journey), at least its top shows too.
    const picture = page.getByRole('main').getByRole('figure').first();
    if ((await picture.count()) > 0) {
      const box = await picture.boundingBox();
      expect(box?.y, 'the picture starts above the fold').toBeLessThan(fold);
    }
  });
});

test.describe('in Windows high contrast (forced colours)', () => {
  test('the chosen filter stands out from the others', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(paths.timeline('security'));
    const filter = page.getByRole('navigation', { name: words.timeline.themeFilter.navLabel });
    const chosen = filter.locator('a[aria-current="true"]');
    await expect(chosen).toHaveCount(1);
    const other = filter.locator('a:not([aria-current])').first();
    const look = (el: Element) => {
      const style = getComputedStyle(el);
      return `${style.backgroundColor} ${style.color} ${style.borderTopWidth}`;
    };
    expect(await chosen.evaluate(look)).not.toBe(await other.evaluate(look));
  });

  test('the checklist’s progress bar and the deck’s keep an edge and a system colour', async ({
    page,
  }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    const look = (el: Element) => {
      const style = getComputedStyle(el);
      return { adjust: style.forcedColorAdjust, edge: style.borderTopStyle };
    };
    await page.goto(paths.commitments());
    // The drawn track is the element after the (visually hidden) progress element.
    const track = page.locator('progress + [aria-hidden="true"]');
    expect(await track.evaluate(look)).toEqual({ adjust: 'none', edge: 'solid' });
    await page.goto(paths.present(2));
    const deckProgress = page.getByRole('progressbar');
    await expect(deckProgress).toBeVisible();
    expect(await deckProgress.evaluate(look)).toEqual({ adjust: 'none', edge: 'solid' });
  });
});
