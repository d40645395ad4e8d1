import { slides } from '../../src/content/slides';
import { expect, test } from './fixtures';

test.describe('on a 1920 × 1080 projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('slides are readable from the back of the room and follow a clicker', async ({ page }) => {
    const questions = slides().findIndex((slide) => slide.kind === 'questions') + 1;
    await page.goto(`/present/${questions}`);
    const bodySize = await page
      .locator('main li')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(32);
    await page.goto('/present/2');
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL('/present/3');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL('/present/1');
    await expect(page.getByText(`1 / ${slides().length}`)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
  });

  test('S opens speaker notes in a second window that follows the deck and drives it', async ({
    page,
  }) => {
    const deck = slides();
    await page.goto('/present/3');
    const [notes] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await notes.waitForSelector('html[data-ready]', { state: 'attached' });
    await expect(notes).toHaveURL(/\/present\/notes$/);
    await expect(notes.getByRole('status')).toHaveText(/Following the deck/);
    await expect(notes.getByText(deck[2]?.notes ?? '')).toBeVisible();

    // A clicker pointed at the notes window still moves the projector.
    await notes.keyboard.press('PageDown');
    await expect(page).toHaveURL('/present/4');
    await expect(notes.getByText(deck[3]?.notes ?? '')).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(notes.getByText(deck[4]?.notes ?? '')).toBeVisible();

    // So does a slide number typed there.
    await notes.keyboard.type('12');
    await notes.keyboard.press('Enter');
    await expect(page).toHaveURL('/present/12');
    await expect(notes.getByText(deck[11]?.notes ?? '')).toBeVisible();

    await page.close();
    await expect(notes.getByRole('status')).toHaveText(/Not connected/);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`slide text has strong contrast in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/present/1');
      const [text, background] = await page.evaluate(() => {
        const heading = document.querySelector('main h1');
        const deck = heading?.closest('main')?.parentElement;
        return [
          getComputedStyle(heading as Element).color,
          getComputedStyle(deck as Element).backgroundColor,
        ];
      });
      const luminance = (rgb: string) => {
        const [r, g, b] = (rgb.match(/\d+/g) ?? []).slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
      };
      const [hi, lo] = [luminance(text), luminance(background)].sort((a, b) => b - a);
      expect(((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05)).toBeGreaterThanOrEqual(7);
    });
  }
});

test.describe('printed', () => {
  test('a view prints without navigation or buttons, with each link’s address', async ({
    page,
  }) => {
    await page.goto('/commitments');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Reset ticks' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
    const after = await page
      .getByRole('link', { name: 'The Tokyo summit' })
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('/timeline/tokyo-summit');
    const box = await page
      .getByRole('article')
      .first()
      .evaluate((el) => getComputedStyle(el).breakInside);
    expect(box).toBe('avoid');
  });

  test('the handout starts on the first page and fits two A4 sides plus the worksheet', async ({
    page,
  }) => {
    await page.goto('/classroom/handout');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print this handout' })).toBeHidden();
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.at(-1)).toBe('Sources');
    const worksheetBreak = await page
      .getByRole('heading', { level: 2, name: 'Worksheet: were the promises kept?' })
      .evaluate((el) => getComputedStyle(el.closest('section') as Element).breakBefore);
    expect(worksheetBreak).toBe('page');
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = Buffer.from(await page.pdf({ format })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      // Two sides to read and write on, then the worksheet on its own sheet.
      expect(pages, format).toBeGreaterThanOrEqual(3);
      expect(pages, format).toBeLessThanOrEqual(4);
    }
    // The handout's own heading is on the first page: nothing pushes it to the second.
    const top = await page.getByRole('heading', { level: 1 }).evaluate((el) => {
      const { top } = el.getBoundingClientRect();
      return top + window.scrollY;
    });
    expect(top).toBeLessThan(600);
  });
});
