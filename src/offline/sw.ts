/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

const base = new URL(self.registration.scope).pathname;

cleanupOutdatedCaches();

// Every page is prerendered as <path>/index.html; a query (?theme=…) is read by the app itself.
precacheAndRoute(self.__WB_MANIFEST, {
  ignoreURLParametersMatching: [/.*/],
  urlManipulation: ({ url }) => [new URL(`${url.pathname.replace(/\/?$/, '/')}index.html`, url)],
});

// Offline, an address that was never built still gets the friendly not-found page.
registerRoute(new NavigationRoute(createHandlerBoundToURL(`${base}404.html`)));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
