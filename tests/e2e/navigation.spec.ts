import { allReferences } from '../../src/content/sourceSelectors';
import { eventById } from '../../src/content/eventSelectors';
import { personById } from '../../src/content/peopleSelectors';
import { expect, test } from './fixtures';

test('the header navigation reaches every section, and back and forward work', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const sections = [
    ['Timeline', '/timeline', 'How we got here'],
    ['Leaders', '/leaders', 'The leaders'],
    ['Checklist', '/commitments', 'What they promised'],
    ['Sources', '/sources', 'Sources and method'],
  ] as const;
  for (const [label, path, heading] of sections) {
    await nav.getByRole('link', { name: label }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
  }
  await page.goBack();
  await expect(page).toHaveURL('/commitments');
  await expect(page.getByRole('heading', { level: 1, name: 'What they promised' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL('/leaders');
  await page.goForward();
  await expect(page).toHaveURL('/commitments');
});

test('a shared link to one event opens it, and a reload keeps it', async ({ page }) => {
  const event = eventById('busan-summit');
  await page.goto('/timeline/busan-summit');
  await expect(page.getByRole('heading', { level: 1, name: event?.title })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: event?.title })).toBeVisible();
  // The arrow keys need the page's script; the text is there before it.
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('ArrowRight');
  await expect(page).not.toHaveURL('/timeline/busan-summit');
});

test('a shared link to one leader opens the profile, and a reload keeps it', async ({ page }) => {
  const person = personById('shigeru-ishiba');
  await page.goto('/leaders/shigeru-ishiba');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(person?.name ?? '');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(person?.name ?? '');
});

test('a shared link to a filtered checklist opens filtered, and a reload keeps it', async ({
  page,
}) => {
  await page.goto('/commitments?area=security');
  const filter = page.getByRole('navigation', { name: 'Filter by area' });
  await expect(filter.getByRole('link', { name: 'Security and defence' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  const count = await page.getByRole('article').count();
  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(count);
  await expect(page).toHaveURL('/commitments?area=security');
});

test('unknown routes and ids show not-found views whose links work', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'This page isn’t here' })).toBeVisible();
  await page.getByRole('link', { name: 'The timeline' }).click();
  await expect(page).toHaveURL('/timeline');

  await page.goto('/leaders/ishiba');
  await expect(
    page.getByRole('heading', { level: 1, name: 'We couldn’t find that leader' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Shigeru Ishiba' }).click();
  await expect(page).toHaveURL('/leaders/shigeru-ishiba');

  await page.goto('/timeline/busan');
  await expect(
    page.getByRole('heading', { level: 1, name: 'We couldn’t find that event' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'See the whole timeline' }).click();
  await expect(page).toHaveURL('/timeline');
});

test('the sources page, reached by a link, fetches its titles and addresses on demand', async ({
  page,
  problems,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Sources' })
    .click();
  const newest = allReferences()[0];
  if (!newest) throw new Error('no references');
  await expect(page.getByRole('heading', { name: newest.title })).toBeVisible();
  await expect(page.getByRole('link', { name: newest.url })).toHaveAttribute('href', newest.url);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
});
