// The browser half of `npm test`: find (or install) Chromium, build the site, run Playwright.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

const chromium = chromiumPath;

function isDebian() {
  return (
    existsSync('/etc/debian_version') || /ID(_LIKE)?=.*debian/.test(readSafe('/etc/os-release'))
  );
}

function readSafe(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && isDebian() && !process.env.CHROMIUM_PATH) {
    console.log('Chromium not found: installing Debian’s chromium package with apt-get…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.error(
      `No Chromium at ${chromium}: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable.`,
    );
    process.exit(1);
  }
}

console.log(execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim());
run('node', ['scripts/build.mjs']);
run('node', ['scripts/build.mjs'], {
  env: { ...process.env, BASE_PATH: '/explainers/tokyo/', OUT_DIR: 'dist-prefixed' },
});
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
