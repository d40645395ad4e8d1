import { Workbox } from 'workbox-window';
import { updateStore } from './updateStore';

/**
 * Registers the Workbox service worker that keeps every page and asset for offline use. A new
 * version waits until the reader chooses to reload, so a page never mixes old and new files.
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  workbox.addEventListener('waiting', () => {
    updateStore.offer(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  workbox.register().catch(() => {
    // Offline use is a bonus: a refused registration (private mode, old browser) changes nothing.
  });
}
