// Deterministic size budgets, read from the built files: what a first visit to each prerendered
// page downloads without the reader doing anything (its module scripts and preloads, and what they
// import by themselves, when the browser is idle included) and its stylesheets.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { basePath, chunksOf, loadsOnReadersAction } from './site.mjs';

const dist = process.env.OUT_DIR ?? 'dist';
const budgets = { js: 100 * 1024, css: 15 * 1024, data: 60 * 1024 };
const base = basePath();

const htmlFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'assets' || name === '.vite' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });

const gzipped = new Map();
function gzipSize(url) {
  const file = join(dist, url.slice(base.length));
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipped.get(file);
}

const attr = (html, pattern) => [...html.matchAll(pattern)].map((match) => match[1]);

// A script's static imports load with it, listed in the page or not; so do its dynamic imports,
// unless they wait for the reader (site.mjs): count them all.
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const keyByFile = new Map(Object.entries(manifest).map(([key, entry]) => [entry.file, key]));
function loadsByItself(key, seen = new Set()) {
  for (const chunk of chunksOf(manifest, key)) {
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    for (const next of manifest[chunk].dynamicImports ?? [])
      if (!loadsOnReadersAction(next)) loadsByItself(next, seen);
  }
  return seen;
}
const withImports = (url) =>
  [...loadsByItself(keyByFile.get(url.slice(base.length)))]
    .map((key) => `${base}${manifest[key].file}`)
    .concat(url);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let failures = 0;
const rows = [];
for (const file of htmlFiles(dist).sort()) {
  const html = readFileSync(file, 'utf8');
  // Module scripts and preloads, written as tags or listed in the page's loader script.
  const scripts = attr(html, new RegExp(`"(${base}assets/[^"]+\\.js)"`, 'g'));
  const styles = attr(html, /<link rel="stylesheet"[^>]*href="([^"]+)"/g);
  const loaded = new Set(scripts.flatMap((url) => [...withImports(url)]));
  const js = [...loaded].reduce((sum, url) => sum + gzipSize(url), 0);
  const css = [...new Set(styles)].reduce((sum, url) => sum + gzipSize(url), 0);
  const page = `/${relative(dist, file)}`;
  const over = js > budgets.js || css > budgets.css;
  if (over) failures += 1;
  rows.push(
    `${over ? '✗' : '✓'} ${page.padEnd(44)} JS ${kb(js).padStart(9)}  CSS ${kb(css).padStart(8)}`,
  );
}

// Route-level code splitting: a page preloads the views of its own section only (views live in
// one folder per section, src/views/<section>/, and each is loaded on demand).
for (const file of htmlFiles(dist)) {
  const scripts = attr(readFileSync(file, 'utf8'), new RegExp(`"${base}(assets/[^"]+\\.js)"`, 'g'));
  const viewFolders = new Set(
    scripts
      .map((script) => keyByFile.get(script) ?? '')
      .filter((key) => manifest[key]?.isDynamicEntry)
      .flatMap((key) => /^src\/views\/([^/]+)\//.exec(key)?.[1] ?? []),
  );
  if (viewFolders.size > 1) {
    failures += 1;
    rows.push(`✗ /${relative(dist, file)} preloads views of ${[...viewFolders].join(' and ')}`);
  }
}

// The story's content travels as one JSON file (scripts/contentAsData.ts), fetched once and then
// kept by the service worker: data, not code, but bytes all the same.
const dataFiles = readdirSync(join(dist, 'assets')).filter((name) =>
  /^content-.*\.json$/.test(name),
);
for (const name of dataFiles) {
  const data = gzipSize(`${base}assets/${name}`);
  const over = data > budgets.data;
  if (over) failures += 1;
  rows.push(`${over ? '✗' : '✓'} ${`content data (${name})`.padEnd(44)} ${kb(data).padStart(12)}`);
}
// Data only some pages fetch (the references' titles and addresses), in files of its own.
for (const name of readdirSync(join(dist, 'assets')).filter((file) =>
  /^data-.*\.json$/.test(file),
)) {
  const data = gzipSize(`${base}assets/${name}`);
  const over = data > budgets.data;
  if (over) failures += 1;
  rows.push(
    `${over ? '✗' : '✓'} ${`on-demand data (${name})`.padEnd(44)} ${kb(data).padStart(12)}`,
  );
}
if (dataFiles.length !== 1) {
  failures += 1;
  rows.push(`✗ expected one content data file, found ${dataFiles.length}`);
}

console.log(rows.join('\n'));
console.log(
  `budgets: JS ≤ ${kb(budgets.js)} and CSS ≤ ${kb(budgets.css)} gzip per first visit; content data ≤ ${kb(budgets.data)} gzip`,
);
console.log(`${rows.length - failures} passed, ${failures} failed`);
if (failures > 0) process.exit(1);
