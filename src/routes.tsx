import { Suspense } from 'react';
import { matchRoutes, Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { sections, type SectionId } from './content/sections';
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

/** Each section's view (src/content/sections.ts lists the sections, in the order of the navigation). */
const viewOf: Record<SectionId, { View: LazyView; module: string }> = {
  home: view('home/HomeView', () => import('./views/home/HomeView')),
  timeline: view('timeline/TimelineView', () => import('./views/timeline/TimelineView')),
  event: view('timeline/EventView', () => import('./views/timeline/EventView')),
  leaders: view('leaders/LeadersView', () => import('./views/leaders/LeadersView')),
  compare: view('leaders/CompareView', () => import('./views/leaders/CompareView')),
  leader: view('leaders/LeaderView', () => import('./views/leaders/LeaderView')),
  commitments: view(
    'commitments/CommitmentsView',
    () => import('./views/commitments/CommitmentsView'),
  ),
  classroom: view('classroom/ClassroomView', () => import('./views/classroom/ClassroomView')),
  handout: view('classroom/HandoutView', () => import('./views/classroom/HandoutView')),
  teacherNotes: view(
    'classroom/TeacherNotesView',
    () => import('./views/classroom/TeacherNotesView'),
  ),
  student: view('classroom/StudentView', () => import('./views/classroom/StudentView')),
  sources: view('sources/SourcesView', () => import('./views/sources/SourcesView')),
  updates: view('updates/UpdatesView', () => import('./views/updates/UpdatesView')),
  speakerNotes: view('present/SpeakerNotesView', () => import('./views/present/SpeakerNotesView')),
  slide: view('present/PresentView', () => import('./views/present/PresentView')),
  notFound: view('not-found/NotFoundView', () => import('./views/not-found/NotFoundView')),
};

/** A page of the app: its section's address pattern and whether it is full screen, and its view. */
const routeTable = sections.map((section) => ({
  path: section.path,
  isBare: 'isBare' in section && section.isBare,
  ...viewOf[section.id],
}));

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
              <Suspense fallback={<Loading />}>
                <View />
              </Suspense>
            }
          />
        ))}
      <Route element={<Layout />}>
        {routeTable
          .filter((route) => !route.isBare)
          .map(({ View, module, path }) => (
            <Route key={module} path={path} element={<View />} />
          ))}
      </Route>
    </Routes>
  );
}

/** The routes an address shows: their views to load ahead, their source files to preload. */
export const routesFor = (pathname: string) =>
  (matchRoutes(routeTable, pathname) ?? []).map((match) => match.route);

/** Loads every view ahead: for prerendering and tests, which then render in one pass. */
export const preloadAllViews = () => Promise.all(routeTable.map((route) => route.View.preload()));
