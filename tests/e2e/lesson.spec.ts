import jsQR from 'jsqr';
import { allDiscussionQuestions, theExitTicket } from '../../src/content/classroomSelectors';
import { allEvents } from '../../src/content/eventSelectors';
import { lessonPlan } from '../../src/content/lesson';
import { lessonSlides, slides } from '../../src/content/slides';
import { textOf } from '../../src/content/text';
import { paths } from '../../src/paths';
import { expect, test } from './fixtures';

const words = textOf().words.classroom;
const deck = slides();

test('every step of the plan links to slides and student pages that exist', async ({ page }) => {
  await page.goto(paths.classroom());
  const plan = page.getByRole('region', { name: words.plan.heading });
  for (const step of lessonPlan) {
    const item = plan.locator(`#step-${step.id}`);
    const links = item.getByRole('link');
    const count = await links.count();
    expect(count, step.id).toBeGreaterThan(0);
    for (let at = 0; at < count; at += 1) {
      const href = (await links.nth(at).getAttribute('href')) ?? '';
      const response = await page.request.get(href.split('#')[0] ?? href);
      expect(response.status(), href).toBe(200);
    }
  }
  // The plan's first slide link opens the deck on that slide.
  await plan.locator('#step-the-news').getByRole('link').first().click();
  const journey = deck.findIndex((slide) => slide.kind === 'journey') + 1;
  await expect(page).toHaveURL(paths.present(journey));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(deck[journey - 1]?.name ?? '');
});

test('the deck is a lesson of 12 to 15 slides, then the timeline as an appendix', async ({
  page,
}) => {
  const end = lessonSlides(deck).length;
  expect(end).toBeGreaterThanOrEqual(12);
  expect(end).toBeLessThanOrEqual(15);
  await page.goto(paths.present(end));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(deck[end - 1]?.name ?? '');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(paths.present(end + 1));
  await expect(page.getByText(/^Appendix/)).toBeVisible();
});

test('the QR code on the exit-ticket slide opens the student view', async ({ page }) => {
  const exitSlide = deck.findIndex((slide) => slide.kind === 'exit-ticket') + 1;
  await page.goto(paths.present(exitSlide));
  const code = page.getByRole('img', { name: /QR code for the student view/ });
  await expect(code).toBeVisible();
  const { data, width, height } = await code.evaluate(async (svg) => {
    const image = new Image();
    const size = 400;
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.outerHTML)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(image, 0, 0, size, size);
    const pixels = context.getImageData(0, 0, size, size);
    return { data: Array.from(pixels.data), width: size, height: size };
  });
  const decoded = jsQR(Uint8ClampedArray.from(data), width, height);
  expect(decoded?.data).toMatch(/\/student$/);
  const address = new URL(decoded?.data ?? '');
  await page.goto(address.pathname);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.student.heading);
});

test.describe('a student on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('writes an exit ticket that survives a reload, then downloads it', async ({ page }) => {
    await page.goto(paths.student());
    const ticket = page.getByRole('region', { name: words.exitTicket.heading });
    const answer = ticket.getByRole('textbox', { name: theExitTicket().prompt });
    await answer.fill('Partly: the visits kept going, but history still divides them.');
    await ticket.getByRole('radio').first().check();
    await page.reload();
    await expect(answer).toHaveValue(
      'Partly: the visits kept going, but history still divides them.',
    );
    await expect(ticket.getByRole('radio').first()).toBeChecked();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      ticket.getByRole('button', { name: words.exitTicket.download }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(words.exitTicket.fileName);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const saved = await readFile(path, 'utf8');
    expect(saved).toContain(theExitTicket().prompt);
    expect(saved).toContain('history still divides them');
  });

  test('sees the quiz choices in a new order after “Try again”', async ({ page }) => {
    await page.goto(paths.student());
    const quiz = page.getByRole('region', { name: words.student.quizHeading });
    const firstQuestion = quiz.getByRole('group').first();
    const order = () =>
      firstQuestion
        .getByRole('radio')
        .evaluateAll((radios) => radios.map((radio) => radio.closest('label')?.textContent ?? ''));
    const before = await order();
    const groups = quiz.getByRole('group');
    for (let at = 0; at < (await groups.count()); at += 1)
      await groups.nth(at).getByRole('radio').first().check();
    await quiz.getByRole('button', { name: words.quiz.retry }).click();
    await expect.poll(order).not.toEqual(before);
  });
});

test('every discussion question is on a slide of its own pair', async ({ page }) => {
  const questions = allDiscussionQuestions().map((q) => q.question);
  const shown: string[] = [];
  for (const [index, slide] of deck.entries()) {
    if (slide.kind !== 'questions') continue;
    await page.goto(paths.present(index + 1));
    shown.push(...(await page.getByRole('main').getByRole('listitem').allInnerTexts()));
  }
  expect(shown).toEqual(questions);
});

test('a dot of the timeline strip opens its event from the keyboard', async ({ page }) => {
  await page.goto(paths.timeline());
  const [first] = allEvents();
  if (!first) throw new Error('no events');
  const dot = page.getByRole('figure').first().locator('svg a').first();
  await dot.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(paths.event(first.id));
});
