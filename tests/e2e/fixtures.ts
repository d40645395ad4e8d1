import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { allEvents } from '../../src/content/eventSelectors';
import { allPeople } from '../../src/content/peopleSelectors';
import { slides } from '../../src/content/slides';
import { paths } from '../../src/paths';

/** Every address a reader can land on, by name. */
export const allRoutes: { name: string; path: string; status?: number }[] = [
  { name: 'home', path: paths.home() },
  { name: 'timeline', path: paths.timeline() },
  { name: 'timeline filtered', path: paths.timeline('security') },
  { name: 'leaders', path: paths.leaders() },
  { name: 'compare', path: paths.compare() },
  { name: 'commitments', path: paths.commitments() },
  { name: 'commitments filtered', path: paths.commitments({ area: 'security' }) },
  { name: 'sources', path: paths.sources() },
  { name: 'updates', path: paths.updates() },
  { name: 'classroom', path: paths.classroom() },
  { name: 'handout', path: paths.handout() },
  { name: 'teacher notes', path: paths.teacherNotes() },
  { name: 'student view', path: paths.student() },
  { name: 'first slide', path: paths.present(1) },
  {
    name: 'the leaders slide',
    path: paths.present(slides().findIndex((s) => s.kind === 'leaders') + 1),
  },
  { name: 'last slide', path: paths.present(slides().length) },
  { name: 'speaker notes', path: paths.speakerNotes() },
  { name: 'not found', path: '/no/such/page', status: 404 },
  { name: 'unknown event', path: paths.event('no-such-event'), status: 404 },
  ...allEvents().map((e) => ({ name: `event ${e.id}`, path: paths.event(e.id) })),
  ...allPeople().map((p) => ({ name: `leader ${p.id}`, path: paths.leader(p.id) })),
];

/** The routes audited in both themes: one of each kind of page. */
export const auditedRoutes = allRoutes
  .filter((r) => !r.name.startsWith('event ') && !r.name.startsWith('leader '))
  .concat([
    { name: 'event tokyo-summit', path: paths.event('tokyo-summit') },
    { name: 'leader lee-jae-myung', path: paths.leader('lee-jae-myung') },
    { name: 'leader yoon-suk-yeol', path: paths.leader('yoon-suk-yeol') },
  ]);

interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** Listens for what a reader would never want: console errors, failed or off-site requests. */
function watch(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('requestfailed', (request) => {
    // A request the browser cancels because the reader moved on is not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
      problems.foreignRequests.push(request.url());
    }
  });
  return problems;
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({ page, baseURL }, use) => {
    await use(watch(page, new URL(baseURL ?? 'http://127.0.0.1').origin));
  },
  page: async ({ page, javaScriptEnabled }, use) => {
    // Collect Content Security Policy violations, which the console does not always show.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`),
      );
    });
    if (javaScriptEnabled !== false) {
      // Pages arrive as finished HTML and hydrate once loaded, as a reader's would; a test acts
      // once the page is interactive, as a reader's second look would.
      const ready = () => page.waitForSelector('html[data-ready]', { state: 'attached' });
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await ready();
        return response;
      };
      page.reload = async (...args) => {
        const response = await reload(...args);
        await ready();
        return response;
      };
    }
    await use(page);
  },
});

/**
 * What axe finds against WCAG 2.2 A and AA on the page as it stands, one line per element; it
 * fails the test outright if axe checked next to nothing, so an empty list always means something.
 */
export async function axeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(results.passes.length, 'axe checked nothing').toBeGreaterThan(10);
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${label} ${violation.id}: ${node.target.join(' ')} — ${node.failureSummary}`,
    ),
  );
}

/** The Content Security Policy violations the page has reported so far. */
export const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

// Keep the page's HTML beside Playwright's screenshot whenever a test fails.
test.afterEach(async ({ page }, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) {
    const html = await page.content().catch(() => '');
    await writeFile(testInfo.outputPath('page.html'), html);
  }
});

export { expect };

/** The element that has focus, described for an assertion message. */
export async function focusedElement(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 60),
      name: el.getAttribute('aria-label') ?? '',
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      ring: style.boxShadow !== 'none',
    };
  });
}
