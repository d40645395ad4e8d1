// Serves dist/ on 127.0.0.1 the way a static host would: files as they are (a folder's
// index.html for its address), gzip when asked, and 404.html for anything else.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4174' },
    root: { type: 'string', default: 'dist' },
    // The prefix the site was built for (BASE_PATH), stripped before looking for files.
    base: { type: 'string', default: '/' },
  },
});
const root = resolve(values.root);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

function fileFor(pathname) {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const server = createServer((request, response) => {
  let pathname;
  try {
    pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    decodeURIComponent(pathname);
    if (values.base !== '/') {
      if (!pathname.startsWith(values.base) && `${pathname}/` !== values.base)
        throw new Error('outside base');
      pathname = `/${pathname.slice(values.base.length)}`;
    }
  } catch {
    response.writeHead(400).end('Bad request');
    return;
  }
  // Like a static host: the file if there is one, else 404.html with a 404 status.
  const found = fileFor(pathname);
  const file = found ?? join(root, '404.html');
  const type = types[extname(file)] ?? 'application/octet-stream';
  const isAsset = pathname.startsWith('/assets/');
  const headers = {
    'Content-Type': type,
    'Cache-Control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  const gzip =
    /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') &&
    /text|javascript|json|svg/.test(type);
  if (gzip) headers['Content-Encoding'] = 'gzip';
  response.writeHead(found ? 200 : 404, headers);
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} on http://127.0.0.1:${values.port}`);
});
