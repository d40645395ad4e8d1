// What the build, the budget check and vite.config.ts agree on about the built site.

/** Where the site is served: "/" or a prefix such as "/explainers/tokyo/" (from BASE_PATH). */
export const basePath = (value = process.env.BASE_PATH) =>
  `/${(value ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** The chunks a manifest key needs at once: itself and its static imports, recursively. */
export function chunksOf(manifest, key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(key)) return seen;
  seen.add(key);
  for (const child of entry.imports ?? []) chunksOf(manifest, child, seen);
  return seen;
}

/**
 * Modules the app imports only when the reader does something: a view when they go to its page,
 * the motion kit when they head for another page (decision 009). Every other dynamic import loads
 * by itself, at start or when the browser is idle, and counts towards a first visit.
 */
export const loadsOnReadersAction = (key) =>
  key.startsWith('src/views/') || key === 'src/components/motionKit.tsx';
