import { glossaryMarker } from '../../src/content/glossaryText';
import { eventById } from '../../src/content/eventSelectors';
import { paths } from '../../src/paths';
import { axeViolations, expect, focusedElement, test } from './fixtures';

const summit = eventById('tokyo-summit');
if (!summit) throw new Error('the content has no Tokyo summit');
const mention = glossaryMarker()(summit.summary).find((part) => typeof part !== 'string');
if (!mention) throw new Error('the summit summary names no glossary term');
const { term, text } = mention;
const page_ = paths.event(summit.id);

test.describe('a glossary term in the text', () => {
  test('opens its definition on a click and closes on a click elsewhere', async ({ page }) => {
    await page.goto(page_);
    const definition = page.getByText(term.definition);
    await expect(definition).toBeHidden();
    await page.getByRole('button', { name: text, exact: true }).click();
    await expect(definition).toBeVisible();
    const viewport = page.viewportSize();
    const box = await page.locator(':popover-open').boundingBox();
    expect(box && viewport && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
    expect(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
    await page.getByRole('heading', { level: 1 }).click();
    await expect(definition).toBeHidden();
  });

  test('works from the keyboard: Enter opens, Tab reaches its links, Esc closes', async ({
    page,
  }) => {
    await page.goto(page_);
    const button = page.getByRole('button', { name: text, exact: true });
    await button.focus();
    expect((await focusedElement(page))?.outline, 'focus ring on the term').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByText(term.definition)).toBeVisible();

    // First the marker of the definition's sources, then its link to the glossary.
    await page.keyboard.press('Tab');
    let focused = await focusedElement(page);
    expect(focused?.tag).toBe('button');
    expect(focused?.outline, 'focus ring on the sources marker').toBe(true);
    await expect(page.locator(':popover-open button[popovertarget]:focus')).toHaveCount(1);
    await page.keyboard.press('Tab');
    focused = await focusedElement(page);
    expect(focused?.tag).toBe('a');
    expect(focused?.outline, 'focus ring inside the definition').toBe(true);
    await expect(page.locator(':popover-open a:focus')).toHaveCount(1);

    await page.keyboard.press('Escape');
    await expect(page.getByText(term.definition)).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('leads to the full glossary', async ({ page }) => {
    await page.goto(page_);
    await page.getByRole('button', { name: text, exact: true }).click();
    await page.getByRole('link', { name: 'All terms in the glossary' }).click();
    await expect(page).toHaveURL(paths.term(term.id));
    await expect(page.locator(`#term-${term.id}`)).toBeInViewport();
  });

  test('has no accessibility problems while open, in light and dark', async ({ page }) => {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto(page_);
      await page.getByRole('button', { name: text, exact: true }).click();
      const report = await axeViolations(page, `${page_} [${theme}, definition open]`);
      expect(report, report.join('\n')).toEqual([]);
    }
  });

  test('never sits inside a link, a heading, a label or another button', async ({ page }) => {
    for (const path of [
      '/',
      '/timeline',
      page_,
      '/leaders',
      '/leaders/lee-jae-myung',
      '/commitments',
    ]) {
      await page.goto(path);
      await expect(page.locator('button[popovertarget]').first()).toBeAttached();
      await expect(
        page.locator(
          ':is(a, h1, h2, h3, h4, h5, h6, label, button, summary) button[popovertarget]',
        ),
      ).toHaveCount(0);
    }
  });

  test('prints as a plain word in its sentence, even if left open', async ({ page }) => {
    await page.goto(page_);
    await page.getByRole('button', { name: text, exact: true }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: text, exact: true })).toBeVisible();
    await expect(page.getByText(term.definition)).toBeHidden();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap opens the definition as a sheet on screen, and a tap elsewhere closes it', async ({
    page,
  }) => {
    await page.goto(page_);
    await page.getByRole('button', { name: text, exact: true }).tap();
    const sheet = page.locator(':popover-open');
    await expect(sheet).toContainText(term.definition);
    const box = await sheet.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    expect(box && box.y >= 0 && box.y + box.height <= 740).toBe(true);
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(sheet).toHaveCount(0);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the term still opens its definition', async ({ page }) => {
    await page.goto(page_);
    await page.getByRole('button', { name: text, exact: true }).click();
    await expect(page.getByText(term.definition)).toBeVisible();
  });
});
