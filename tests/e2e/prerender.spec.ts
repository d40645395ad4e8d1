import { allEvents, eventById } from '../../src/content/eventSelectors';
import { allPeople, personById } from '../../src/content/peopleSelectors';
import { slides } from '../../src/content/slides';
import { theStory } from '../../src/content/storySelectors';
import { paths } from '../../src/paths';
import { allRoutes, expect, test } from './fixtures';

const prerendered = allRoutes.filter((route) => !route.status && !route.path.includes('?'));

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const route of prerendered) {
    test(`${route.path} shows its full content`, async ({ page }) => {
      await page.goto(route.path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The slide deck is full screen by design; every other page keeps the site's navigation.
      if (!route.path.startsWith('/present/')) {
        await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
      }
    });
  }

  test('the timeline lists every event and the home page leads with the headline', async ({
    page,
  }) => {
    await page.goto('/timeline');
    await expect(page.getByRole('heading', { level: 3 })).toHaveCount(allEvents().length);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(theStory().headline);
  });

  test('the deck’s own address, without a slide number, is a page showing the first slide', async ({
    page,
  }) => {
    const response = await page.goto('/present');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(slides()[0]?.name ?? '');
  });

  test('links work, from the navigation to an event and on to a profile', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Timeline' })
      .click();
    await expect(page).toHaveURL('/timeline');
    await page.getByRole('link', { name: 'The Tokyo summit', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'The Tokyo summit' })).toBeVisible();
    await page.getByRole('link', { name: 'Lee Jae Myung' }).first().click();
    await expect(page).toHaveURL('/leaders/lee-jae-myung');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Lee Jae Myung');
  });
});

/** What a link preview or a search engine reads from a page's head, without running its script. */
function headOf(html: string) {
  const attr = (pattern: RegExp) => pattern.exec(html)?.[1] ?? '';
  const meta = (key: string) =>
    attr(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`));
  return {
    title: attr(/<title>([^<]*)<\/title>/),
    description: meta('description'),
    canonical: attr(/<link rel="canonical" href="([^"]*)"/),
    ogTitle: meta('og:title'),
    ogImage: meta('og:image'),
    ogImageAlt: meta('og:image:alt'),
    twitterImage: meta('twitter:image'),
    twitterCard: meta('twitter:card'),
  };
}

test('each page is served with its own title, description, canonical link and share card', async ({
  request,
}) => {
  const seen = new Set<string>();
  for (const route of prerendered) {
    const head = headOf(await (await request.get(route.path)).text());
    expect(head.title, route.path).not.toBe('');
    expect(head.description, route.path).not.toBe('');
    expect(new URL(head.canonical).pathname, route.path).toBe(route.path);
    expect(head.ogTitle, route.path).toBe(head.title);
    expect(new URL(head.ogImage).pathname, route.path).toMatch(/^\/share\/[\w-]+\.png$/);
    expect(head.twitterImage, route.path).toBe(head.ogImage);
    expect(head.ogImageAlt, route.path).not.toBe('');
    expect(head.twitterCard, route.path).toBe('summary_large_image');
    expect(seen.has(head.title), `${route.path} repeats a title`).toBe(false);
    seen.add(head.title);
  }
});

test('a page keeps its title and description once it runs', async ({ page }) => {
  await page.goto('/timeline/busan-summit');
  const description = await page.locator('meta[property="og:description"]').getAttribute('content');
  expect(description).toBe(eventById('busan-summit')?.summary);
  await page.goto('/leaders/shigeru-ishiba');
  await expect(page).toHaveTitle(new RegExp(personById('shigeru-ishiba')?.name ?? ''));
});

test('the page is served with a strict Content Security Policy', async ({ page }) => {
  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/https?:/);
});

test('after one visit the whole explainer works offline, deep links and reloads included', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.goto('/timeline/tokyo-summit');
  await expect(page.getByRole('heading', { level: 1, name: 'The Tokyo summit' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'The Tokyo summit' })).toBeVisible();
  await page.goto('/commitments?area=security');
  await expect(
    page
      .getByRole('navigation', { name: 'Filter by area' })
      .getByRole('link', { name: 'Security and defence' }),
  ).toHaveAttribute('aria-current', 'true');
  await page.getByRole('checkbox').first().check();
  await expect(page.getByText(/^1 of \d+ discussed$/)).toBeVisible();
  await page.goto('/leaders/no-such-leader');
  await expect(
    page.getByRole('heading', { level: 1, name: 'We couldn’t find that leader' }),
  ).toBeVisible();
  await context.setOffline(false);
});

/** A PNG's width and height, from its header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test('every event, leader and slide has a share card of its own, drawn when the site was built', async ({
  request,
}) => {
  const pages = [
    ...allEvents().map((event) => paths.event(event.id)),
    ...allPeople().map((person) => paths.leader(person.id)),
    paths.commitments(),
    // /present is slide 1 (prerendered as it), so it shares slide 1's card.
    ...slides().map((_, index) => paths.present(index + 1)),
  ];
  const cards = new Set<string>();
  for (const path of pages) {
    const { ogImage } = headOf(await (await request.get(path)).text());
    const card = new URL(ogImage).pathname;
    expect(cards.has(card), `${path} shares its card with another page`).toBe(false);
    cards.add(card);
    const response = await request.get(card);
    expect(response.status(), card).toBe(200);
    expect(response.headers()['content-type'], card).toBe('image/png');
    const png = await response.body();
    expect(pngSize(png), card).toEqual({ width: 1200, height: 630 });
    expect(png.length, `${card} is small enough for a link preview`).toBeLessThan(60 * 1024);
  }
});

test('the deck’s own address is answered as a page, not as a missing one', async ({ request }) => {
  const response = await request.get('/present');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(headOf(html).title).toMatch(/^Presentation/);
});
