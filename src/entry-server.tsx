import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { allEvents } from './content/eventSelectors';
import { allPeople } from './content/peopleSelectors';
import { slides } from './content/slides';
import { paths } from './paths';
import { AppRoutes, preloadAllViews, routesFor } from './routes';

export { pageMeta } from './pageDescription';
export { siteName } from './pageMeta';

/** Every address worth a file of its own: each section, each event, each leader. */
export function prerenderPaths(): string[] {
  return [
    paths.home(),
    paths.timeline(),
    paths.leaders(),
    paths.compare(),
    paths.commitments(),
    paths.sources(),
    paths.updates(),
    paths.classroom(),
    paths.handout(),
    ...slides().map((_, index) => paths.present(index + 1)),
    paths.speakerNotes(),
    ...allEvents().map((event) => paths.event(event.id)),
    ...allPeople().map((person) => paths.leader(person.id)),
  ];
}

/** Renders one address to HTML with the same components the browser uses. */
export async function render(path: string, basename: string) {
  await preloadAllViews();
  const location = `${basename === '/' ? '' : basename}${path}`;
  const html = renderToString(
    <StrictMode>
      <StaticRouter location={location} basename={basename}>
        <AppRoutes />
      </StaticRouter>
    </StrictMode>,
  );
  return { html, modules: routesFor(path).map((route) => route.module) };
}
