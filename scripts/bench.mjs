// `npm run bench`: Lighthouse 12.2.3 (mobile, default simulated throttling, Debian's Chromium)
// on five routes, three times each, against the built site and against a "floor": the same
// prerendered HTML with every script removed, served the same way. Runs are interleaved so
// both see the same machine noise. Prints medians; the headline is LCP ours ÷ LCP floor.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumFlags, chromiumPath } from './chromium.mjs';

const lighthouse = 'lighthouse@12.2.3';
const chromium = chromiumPath;
// `npm run bench -- /timeline /commitments` measures only those routes.
const chosen = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const routes =
  chosen.length > 0
    ? chosen
    : ['/', '/timeline', '/leaders/lee-jae-myung', '/commitments', '/timeline/tokyo-summit'];
const runs = Number(process.env.BENCH_RUNS ?? 3);
const ports = { ours: 4180, floor: 4181 };
// Lighthouse drives Chromium's new headless mode.
const flags = chromiumFlags.map((flag) => (flag === '--headless' ? '--headless=new' : flag));

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

console.log('Building with canonical links on the bench server…');
run('node', ['scripts/build.mjs'], { SITE_ORIGIN: `http://127.0.0.1:${ports.ours}` });

// The floor: our own prerendered pages, minus every script and module preload.
const floor = mkdtempSync(join(tmpdir(), 'bench-floor-'));
cpSync('dist', floor, { recursive: true });
for (const file of (function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.html') ? [path] : [];
  });
})(floor)) {
  const html = readFileSync(file, 'utf8')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  writeFileSync(file, html);
}

const servers = [
  spawn('node', ['scripts/serve-dist.mjs', '--port', String(ports.ours), '--root', 'dist'], {
    stdio: 'ignore',
  }),
  spawn('node', ['scripts/serve-dist.mjs', '--port', String(ports.floor), '--root', floor], {
    stdio: 'ignore',
  }),
];
await new Promise((resolve) => setTimeout(resolve, 800));

function audit(url) {
  const out = join(floor, `lh-${Date.now()}.json`);
  const result = spawnSync(
    'npx',
    [
      '-y',
      lighthouse,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${flags.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromium }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`Lighthouse failed on ${url}`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const numeric = (id) => report.audits[id]?.numericValue ?? NaN;
  const scripts = report.audits['resource-summary']?.details?.items?.find(
    (i) => i.resourceType === 'script',
  );
  return {
    performance: report.categories.performance.score * 100,
    accessibility: report.categories.accessibility.score * 100,
    bestPractices: report.categories['best-practices'].score * 100,
    seo: report.categories.seo.score * 100,
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    js: scripts?.transferSize ?? 0,
  };
}

const results = { ours: {}, floor: {} };
try {
  for (let i = 1; i <= runs; i += 1) {
    for (const route of routes) {
      for (const side of ['ours', 'floor']) {
        process.stdout.write(`run ${i}/${runs} ${side.padEnd(5)} ${route}\n`);
        (results[side][route] ??= []).push(audit(`http://127.0.0.1:${ports[side]}${route}`));
      }
    }
  }
} finally {
  servers.forEach((server) => server.kill());
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const med = (side, route, key) => median(results[side][route].map((r) => r[key]));

const header =
  '| route | Perf | A11y | BP | SEO | FCP ms | LCP ms | floor LCP ms | LCP ÷ floor | TBT ms | CLS | JS KB |';
const lines = [header, header.replace(/[^|]/g, '-')];
for (const route of routes) {
  const lcp = med('ours', route, 'lcp');
  const floorLcp = med('floor', route, 'lcp');
  lines.push(
    `| ${route} | ${med('ours', route, 'performance')} | ${med('ours', route, 'accessibility')} | ${med('ours', route, 'bestPractices')} | ${med('ours', route, 'seo')} | ${Math.round(med('ours', route, 'fcp'))} | ${Math.round(lcp)} | ${Math.round(floorLcp)} | ${(lcp / floorLcp).toFixed(2)} | ${Math.round(med('ours', route, 'tbt'))} | ${med('ours', route, 'cls').toFixed(3)} | ${(med('ours', route, 'js') / 1024).toFixed(1)} |`,
  );
}
console.log(
  `\nLighthouse 12.2.3, mobile, simulated throttling; medians of ${runs} runs; Chromium ${chromium}\n`,
);
console.log(lines.join('\n'));
rmSync(floor, { recursive: true, force: true });
