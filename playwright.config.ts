import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

/**
 * Browser journeys in a real Chromium against the built site, served by `astro preview` on
 * 127.0.0.1. `npm test` builds first and makes sure a Chromium exists (scripts/chromium.mjs).
 */
const port = Number(process.env.PREVIEW_PORT ?? 4329);
/** nginx serves dist-subpath under /policies/ here, with scripts/deploy/nginx-subpath.conf. */
const subpathPort = port + 1;
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'desktop', testIgnore: /subpath\.spec\.ts/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${subpathPort}` } },
  ],
  webServer: [
    {
      command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/deploy/nginx.mjs dist-subpath ${subpathPort}`,
      url: `http://127.0.0.1:${subpathPort}/policies/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
