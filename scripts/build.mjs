// `npm run build`: the client bundle, then a real HTML file for every route rendered with
// react-dom/server from the same components, then the Workbox service worker over all of it.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';
import { cardSize, shareCardFile, writeShareCards } from './shareCards.mjs';
import { basePath, chunksOf as chunksOfIn } from './site.mjs';

const dist = process.env.OUT_DIR ?? 'dist';
const base = basePath();
const basename = base === '/' ? '/' : base.slice(0, -1);
// Absolute addresses for canonical links and share cards; set SITE_ORIGIN when deploying.
const origin = (process.env.SITE_ORIGIN ?? 'http://localhost:4173').replace(/\/$/, '');

await build({ logLevel: 'info', build: { outDir: dist, emptyOutDir: true } });
await build({
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: 'dist-ssr', emptyOutDir: true, manifest: false },
});
await build({
  logLevel: 'warn',
  configFile: false,
  publicDir: false,
  build: {
    outDir: 'dist-sw',
    emptyOutDir: true,
    lib: { entry: 'src/offline/sw.ts', formats: ['iife'], name: 'sw', fileName: () => 'sw.js' },
  },
  define: { 'process.env.NODE_ENV': '"production"' },
});

const server = await import(pathToFileURL(join('dist-ssr', 'entry-server.js')).href);
const manifest = JSON.parse(await readFile(join(dist, '.vite', 'manifest.json'), 'utf8'));
const template = await readFile(join(dist, 'index.html'), 'utf8');

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const hashOf = (script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
const templateScripts = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

/** A strict policy: our own files, and inline scripts only by hash (the theme and the loader). */
const csp = (inlineScripts) =>
  [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts.map(hashOf).join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

const chunksOf = (key) => chunksOfIn(manifest, key);
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
// The entry fetches the content data, then imports the app: both are needed before hydration.
const entryChunks = new Set([
  ...chunksOf(entryKey),
  ...(manifest[entryKey].dynamicImports ?? []).flatMap((key) => [...chunksOf(key)]),
]);
const contentData = readdirSync(join(dist, 'assets')).find((name) =>
  /^content-.*\.json$/.test(name),
);
if (!contentData) throw new Error('the build wrote no content data (scripts/contentAsData.ts)');
// The entry's own imports run before it fetches the content data, so none may read it.
for (const key of chunksOf(entryKey)) {
  const code = await readFile(join(dist, manifest[key].file), 'utf8');
  if (code.includes('globalThis.__content['))
    throw new Error(
      `${manifest[key].file} reads content data before it is fetched: keep content out of the shell`,
    );
}

/**
 * The page's scripts, fetched once it has loaded and painted: its text is already there, so first
 * paint never waits for JavaScript. (On a fast connection `load` can come before the first paint;
 * a frame and a task later, it cannot.) The chunks it needs are then preloaded in parallel.
 */
function loaderFor(modules) {
  const chunks = [
    ...new Set([...entryChunks, ...modules.flatMap((module) => [...chunksOf(module)])]),
  ]
    .filter((key) => key !== entryKey)
    .map((key) => `${base}${manifest[key].file}`);
  const entry = `${base}${manifest[entryKey].file}`;
  return (
    `addEventListener('load',function(){requestAnimationFrame(function(){setTimeout(function(){var d=document;` +
    `${JSON.stringify(chunks)}.forEach(function(h){var l=d.createElement('link');l.rel='modulepreload';l.href=h;d.head.append(l)});` +
    `var c=d.createElement('link');c.rel='preload';c.as='fetch';c.crossOrigin='anonymous';c.href=${JSON.stringify(`${base}assets/${contentData}`)};d.head.append(c);` +
    `var s=d.createElement('script');s.type='module';s.src=${JSON.stringify(entry)};d.body.append(s)})})})`
  );
}

/** The page's head; `cardPath` is the page whose share card it shows (404.html shows the home page's). */
function headFor(path, cardPath) {
  const meta = server.pageHead(path);
  const site = server.siteWords;
  const url = `${origin}${basename === '/' ? '' : basename}${path === '/' ? '/' : path}`;
  const image = `${origin}${base}${shareCardFile(cardPath)}`;
  const card = server.shareCardOf(cardPath);
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    `<link rel="canonical" href="${url}" />`,
    `<meta property="og:site_name" content="${escapeHtml(site.name)}" />`,
    `<meta property="og:type" content="${meta.type}" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:url" content="${url}" />`,
    `<meta property="og:image" content="${image}" />`,
    `<meta property="og:image:type" content="image/png" />`,
    `<meta property="og:image:width" content="${cardSize.width}" />`,
    `<meta property="og:image:height" content="${cardSize.height}" />`,
    `<meta property="og:image:alt" content="${escapeHtml(card.alt)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${escapeHtml(meta.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(meta.description)}" />`,
    `<meta name="twitter:image" content="${image}" />`,
    `<meta name="twitter:image:alt" content="${escapeHtml(card.alt)}" />`,
  ].join('\n    ');
}

async function writePage(path, file, cardPath = path) {
  const { html, modules } = await server.render(path, basename);
  const loader = loaderFor(modules);
  const page = template
    .replace(/\s*<script type="module"[^>]*><\/script>/, '')
    .replace('</body>', `  <script>${loader}</script>\n  </body>`)
    .replace(
      '<!--app-csp-->',
      `<meta http-equiv="Content-Security-Policy" content="${csp([...templateScripts, loader])}" />`,
    )
    .replace('<!--app-head-->', headFor(path, cardPath))
    .replace(
      '<div id="root"><!--app-html--></div>',
      `<div id="root" data-path="${path}">${html}</div>`,
    );
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, page);
}

const pages = server.prerenderPaths();
for (const path of pages) await writePage(path, join(dist, path, 'index.html'));
// Static hosts serve 404.html for unknown addresses; the app renders afresh there. A link to a
// missing page previews as the explainer's front page.
await writePage('/404', join(dist, '404.html'), '/');
console.log(`prerendered ${pages.length} pages and 404.html`);

const drawing = performance.now();
const cards = await writeShareCards({ dist, paths: pages, cardOf: server.shareCardOf });
console.log(
  `drew ${cards.count} share cards in share/ (${(cards.bytes / 1024).toFixed(0)} KiB, ` +
    `${((performance.now() - drawing) / 1000).toFixed(1)} s)`,
);

const { count, size } = await injectManifest({
  swSrc: 'dist-sw/sw.js',
  swDest: join(dist, 'sw.js'),
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest}'],
  // Share cards are for link previews, fetched by other sites' crawlers, never by the app.
  globIgnores: ['sw.js', '.vite/**', 'share/**'],
  // Hashed assets are versioned by name; HTML and icons by content revision.
  dontCacheBustURLsMatching: /assets\//,
});
console.log(`service worker precaches ${count} files (${(size / 1024).toFixed(1)} KiB)`);
await rm('dist-ssr', { recursive: true, force: true });
await rm('dist-sw', { recursive: true, force: true });
