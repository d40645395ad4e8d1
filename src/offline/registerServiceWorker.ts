import { updateStore } from './updateStore';

/**
 * Registers the Workbox service worker that keeps every page and asset for offline use. A new
 * version waits until the reader chooses to reload, so a page never mixes old and new files.
 * The browser's own API does this in a few lines; workbox-window cost 2 KB on every first visit.
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const container = navigator.serviceWorker;
  const offer = (worker: ServiceWorker) =>
    updateStore.offer(() => {
      container.addEventListener('controllerchange', () => window.location.reload(), {
        once: true,
      });
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  container
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      // A version found on an earlier visit may already wait; a new one may be installing now.
      // With no controller this is the first install, not an update: nothing to offer.
      if (registration.waiting && container.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && container.controller) offer(installing);
        });
      });
    })
    .catch(() => {
      // Offline use is a bonus: a refused registration (private mode, old browser) changes nothing.
    });
}
