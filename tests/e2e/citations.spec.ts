import type { Page } from '@playwright/test';
import { eventById } from '../../src/content/eventSelectors';
import { paths } from '../../src/paths';
import { citationHrefs, markerName, markerNames } from '../support/citations';
import { axeViolations, expect, focusedElement, test } from './fixtures';

const summit = eventById('tokyo-summit');
if (!summit) throw new Error('the content has no Tokyo summit');
const { citations } = summit;
const eventPage = paths.event(summit.id);

/** The sources a marker opens: the popover it names by id. */
const sourcesOf = async (page: Page) => {
  const marker = page.getByRole('button', { name: markerName(citations), exact: true }).first();
  const id = await marker.getAttribute('popovertarget');
  return { marker, sources: page.locator(`[id="${id}"]`) };
};

test.describe('a fact’s sources', () => {
  test('show as a small marker that opens them, each a link to its entry', async ({ page }) => {
    await page.goto(eventPage);
    const { marker, sources } = await sourcesOf(page);
    await expect(marker).toContainText(markerNames(citations));
    await expect(sources).toBeHidden();
    await marker.click();
    await expect(sources).toBeVisible();
    const links = sources.getByRole('link');
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual(
      citationHrefs(citations),
    );
    const viewport = page.viewportSize();
    const box = await sources.boundingBox();
    expect(box && viewport && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
    await links.first().click();
    await expect(page).toHaveURL(citationHrefs(citations)[0] ?? '');
  });

  test('work from the keyboard: Enter opens, Tab reaches the links, Esc closes', async ({
    page,
  }) => {
    await page.goto(eventPage);
    const { marker, sources } = await sourcesOf(page);
    await marker.focus();
    expect((await focusedElement(page))?.outline, 'focus ring on the marker').toBe(true);
    await page.keyboard.press('Enter');
    await expect(sources).toBeVisible();
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page);
    expect(focused?.tag).toBe('a');
    expect(focused?.outline, 'focus ring on the first source').toBe(true);
    await page.keyboard.press('Escape');
    await expect(sources).toBeHidden();
    await expect(marker).toBeFocused();
  });

  test('have no accessibility problems while open, in light and dark', async ({ page }) => {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto(eventPage);
      const { marker } = await sourcesOf(page);
      await marker.click();
      const report = await axeViolations(page, `${eventPage} [${theme}, sources open]`);
      expect(report, report.join('\n')).toEqual([]);
    }
  });

  test('print in full in place of the marker', async ({ page }) => {
    await page.goto(eventPage);
    // Find the marker on screen: printed, it is hidden and no longer a button a reader can reach.
    const { marker, sources } = await sourcesOf(page);
    await expect(sources).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(marker).toBeHidden();
    await expect(sources).toBeVisible();
    await expect(sources.getByRole('link').first()).toBeVisible();
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the marker still opens the sources', async ({ page }) => {
    await page.goto(eventPage);
    const { marker, sources } = await sourcesOf(page);
    await marker.click();
    await expect(sources).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('a tap opens the sources as a sheet on screen', async ({ page }) => {
    await page.goto(eventPage);
    const { marker, sources } = await sourcesOf(page);
    await marker.tap();
    const box = await sources.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    expect(box && box.y >= 0 && box.y + box.height <= 640).toBe(true);
  });
});
