import type { RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import { CommitmentsView } from './views/commitments/CommitmentsView';
import { HomeView } from './views/home/HomeView';
import { CompareView } from './views/leaders/CompareView';
import { LeaderView } from './views/leaders/LeaderView';
import { LeadersView } from './views/leaders/LeadersView';
import { NotFoundView } from './views/not-found/NotFoundView';
import { SourcesView } from './views/sources/SourcesView';
import { EventView } from './views/timeline/EventView';
import { TimelineView } from './views/timeline/TimelineView';

/** The route table: one entry per view. URLs are built in paths.ts. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomeView /> },
      { path: 'timeline', element: <TimelineView /> },
      { path: 'timeline/:eventId', element: <EventView /> },
      { path: 'leaders', element: <LeadersView /> },
      { path: 'leaders/compare', element: <CompareView /> },
      { path: 'leaders/:personId', element: <LeaderView /> },
      { path: 'commitments', element: <CommitmentsView /> },
      { path: 'sources', element: <SourcesView /> },
      { path: '*', element: <NotFoundView /> },
    ],
  },
];
