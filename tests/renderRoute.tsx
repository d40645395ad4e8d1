import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  type Location,
  type NavigateFunction,
} from 'react-router';
import { AppRoutes } from '../src/routes';

/** What the test can see of the router: where it is, and a way to go back and forward. */
export interface RouterProbe {
  location: Location;
  navigate: NavigateFunction;
}

/** Opens the app at an address, as a reader arriving from a shared link would. */
export function renderRoute(path: string) {
  const router = {} as RouterProbe;
  function Probe() {
    router.location = useLocation();
    router.navigate = useNavigate();
    return null;
  }
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
      <Probe />
    </MemoryRouter>,
  );
  return { ...view, router, user };
}

/** The address the app is showing, path and query. */
export const currentUrl = (router: RouterProbe) =>
  router.location.pathname + router.location.search;
