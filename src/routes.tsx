import { Suspense } from 'react';
import { matchRoutes, Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { lazyView, type LazyView } from './lazyView';

type ViewModule = Record<string, React.ComponentType>;

/**
 * A view loaded on demand, so each page ships only its own code; `file` is under src/views/.
 * Each import is written out (not import.meta.glob) so that Vite adds no preload helper.
 */
function view(file: string, load: () => Promise<ViewModule>): { View: LazyView; module: string } {
  const exportName = file.split('/').pop() ?? file;
  return {
    View: lazyView(async () => {
      const Component = (await load())[exportName];
      if (!Component) throw new Error(`src/views/${file}.tsx has no export ${exportName}`);
      return Component;
    }),
    module: `src/views/${file}.tsx`,
  };
}

/** A page of the app: its address pattern (or the index), its view and that view's source file. */
interface AppRoute {
  path?: string;
  index?: boolean;
  /** Shown full screen, without the site's header and navigation. */
  isBare?: boolean;
  View: LazyView;
  module: string;
}

/** The route table: one entry per view. URLs are built in paths.ts. */
export const routeTable: AppRoute[] = [
  { index: true, ...view('home/HomeView', () => import('./views/home/HomeView')) },
  {
    path: 'timeline',
    ...view('timeline/TimelineView', () => import('./views/timeline/TimelineView')),
  },
  {
    path: 'timeline/:eventId',
    ...view('timeline/EventView', () => import('./views/timeline/EventView')),
  },
  { path: 'leaders', ...view('leaders/LeadersView', () => import('./views/leaders/LeadersView')) },
  {
    path: 'leaders/compare',
    ...view('leaders/CompareView', () => import('./views/leaders/CompareView')),
  },
  {
    path: 'leaders/:personId',
    ...view('leaders/LeaderView', () => import('./views/leaders/LeaderView')),
  },
  {
    path: 'commitments',
    ...view('commitments/CommitmentsView', () => import('./views/commitments/CommitmentsView')),
  },
  { path: 'sources', ...view('sources/SourcesView', () => import('./views/sources/SourcesView')) },
  { path: 'updates', ...view('updates/UpdatesView', () => import('./views/updates/UpdatesView')) },
  {
    path: 'classroom',
    ...view('classroom/ClassroomView', () => import('./views/classroom/ClassroomView')),
  },
  {
    path: 'classroom/handout',
    ...view('classroom/HandoutView', () => import('./views/classroom/HandoutView')),
  },
  {
    path: 'present/notes',
    isBare: true,
    ...view('present/SpeakerNotesView', () => import('./views/present/SpeakerNotesView')),
  },
  {
    path: 'present/:slide?',
    isBare: true,
    ...view('present/PresentView', () => import('./views/present/PresentView')),
  },
  { path: '*', ...view('not-found/NotFoundView', () => import('./views/not-found/NotFoundView')) },
];

/** Every page of the app inside the shared layout. */
export function AppRoutes() {
  return (
    <Routes>
      {routeTable
        .filter((route) => route.isBare)
        .map(({ View, module, path }) => (
          <Route
            key={module}
            path={path}
            element={
              <Suspense fallback={<p className="page">Loading…</p>}>
                <View />
              </Suspense>
            }
          />
        ))}
      <Route element={<Layout />}>
        {routeTable
          .filter((route) => !route.isBare)
          .map(({ View, module, path, index }) =>
            index ? (
              <Route key={module} index element={<View />} />
            ) : (
              <Route key={module} path={path} element={<View />} />
            ),
          )}
      </Route>
    </Routes>
  );
}

/** The routes an address shows: their views to load ahead, their source files to preload. */
export const routesFor = (pathname: string) =>
  (matchRoutes(routeTable, pathname) ?? []).map((match) => match.route);

/** Loads every view ahead: for prerendering and tests, which then render in one pass. */
export const preloadAllViews = () => Promise.all(routeTable.map((route) => route.View.preload()));
