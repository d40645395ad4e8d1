import { matchRoutes, Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { lazyView, type LazyView } from './lazyView';

type ViewModule = Record<string, React.ComponentType>;
const viewModules = import.meta.glob<ViewModule>('./views/*/*View.tsx');

/** A view loaded on demand, so each page ships only its own code; `file` is under src/views/. */
function view(file: string): { View: LazyView; module: string } {
  const load = viewModules[`./views/${file}.tsx`];
  const exportName = file.split('/').pop() ?? file;
  if (!load) throw new Error(`No view at src/views/${file}.tsx`);
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
  View: LazyView;
  module: string;
}

/** The route table: one entry per view. URLs are built in paths.ts. */
export const routeTable: AppRoute[] = [
  { index: true, ...view('home/HomeView') },
  { path: 'timeline', ...view('timeline/TimelineView') },
  { path: 'timeline/:eventId', ...view('timeline/EventView') },
  { path: 'leaders', ...view('leaders/LeadersView') },
  { path: 'leaders/compare', ...view('leaders/CompareView') },
  { path: 'leaders/:personId', ...view('leaders/LeaderView') },
  { path: 'commitments', ...view('commitments/CommitmentsView') },
  { path: 'sources', ...view('sources/SourcesView') },
  { path: '*', ...view('not-found/NotFoundView') },
];

/** Every page of the app inside the shared layout. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {routeTable.map(({ View, module, path, index }) =>
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
