import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4174);
/** The prefix the second build is served under. */
export const prefix = '/explainers/tokyo/';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumFlags,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `node scripts/serve-dist.mjs --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The same site built with BASE_PATH, as a host serving it under a prefix would.
      command: `node scripts/serve-dist.mjs --port ${port + 1} --root dist-prefixed --base ${prefix}`,
      url: `http://127.0.0.1:${port + 1}${prefix}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
