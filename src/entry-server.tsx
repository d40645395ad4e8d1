import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { allEvents } from './content/eventSelectors';
import { allPeople } from './content/peopleSelectors';
import { slides } from './content/slides';
import { sections, type Prerender, type SectionId } from './content/sections';
import { textOf } from './content/text';
import { paths } from './paths';
import { preloadAllParts, takeShownParts } from './lazyPart';
import { AppRoutes, preloadAllViews, routesFor } from './routes';

export { pageHead } from './pageHead';
export { shareCardOf } from './shareCard';

/** The words around every page (the site's name, the share card's text), for the page's head. */
export const siteWords = textOf().words.site;

/** The addresses a section's pages are written at when the site is built. */
const pagesOf: Record<Prerender, (section: SectionId) => string[]> = {
  page: (section) => [paths.section(section)],
  'each event': () => allEvents().map((event) => paths.event(event.id)),
  'each person': () => allPeople().map((person) => paths.leader(person.id)),
  // The deck's own address is a page too (its first slide), so a static host answers it.
  'the deck and each slide': (section) => [
    paths.section(section),
    ...slides().map((_, index) => paths.present(index + 1)),
  ],
  none: () => [],
};

/** Every address worth a file of its own: each section's page, each event, each leader, each slide. */
export function prerenderPaths(): string[] {
  return sections.flatMap((section) => pagesOf[section.prerender](section.id));
}

/** Renders one address to HTML with the same components the browser uses. */
export async function render(path: string, basename: string) {
  await preloadAllViews();
  // The views define their lazily loaded parts as they load: only then can those load too.
  await preloadAllParts();
  takeShownParts();
  const location = `${basename === '/' ? '' : basename}${path}`;
  const html = renderToString(
    <StrictMode>
      <StaticRouter location={location} basename={basename}>
        <AppRoutes />
      </StaticRouter>
    </StrictMode>,
  );
  // The view's code, and the code of the parts of it this page shows (a slide's picture).
  return { html, modules: [...routesFor(path).map((route) => route.module), ...takeShownParts()] };
}
