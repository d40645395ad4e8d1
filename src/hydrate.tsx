import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { basename } from './basename';
import { loadMotionKitOnIntent } from './components/useMotionKit';
import { AppRoutes, routesFor } from './routes';
import './styles/tokens.css';
import './styles/base.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The prerendered HTML is for one address without a query. Anything else (a filtered link,
// 404.html served for an unknown address) is rendered afresh rather than hydrated.
const appPath = window.location.pathname.slice(basename === '/' ? 0 : basename.length) || '/';
const canHydrate = root.dataset.path === appPath && window.location.search === '';

await Promise.all(routesFor(appPath).map((route) => route.View.preload()));
/**
 * Marks the page as interactive once React has taken it over (styles and tests can rely on it).
 * It wraps the routes rather than sitting beside them: a sibling would change the tree's shape,
 * and with it every useId, so ids would no longer match the prerendered HTML.
 */
function MarkReady({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);
  return children;
}

const app = (
  <StrictMode>
    <BrowserRouter basename={basename}>
      <MarkReady>
        <AppRoutes />
      </MarkReady>
    </BrowserRouter>
  </StrictMode>
);

if (canHydrate) hydrateRoot(root, app);
else createRoot(root).render(app);

// Motion is for the pages a reader goes on to: it loads when they head for one (decision 009).
loadMotionKitOnIntent(basename);

// Offline support is not needed to read this page: load it once the page is idle.
const whenIdle =
  window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1500));
whenIdle(() => {
  void import('./offline/registerServiceWorker').then((module) => module.registerServiceWorker());
});
