import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/setup/system.mjs';
import { FIXTURE_PORT, PREVIEW_PORT, SUBPATH_PORT } from './tests/helpers/ports';

/**
 * Browser journeys in a real Chromium against the built site, served on 127.0.0.1 by the site's
 * one static server (scripts/serve/static-server.mjs: gzip and the README's cache headers). `npm test` builds first and makes sure a Chromium exists (scripts/setup/system.mjs).
 */
// The real site; nginx serves dist-subpath under /policies/ (scripts/deploy/nginx-subpath.conf); the
// fixture site (dist-fixture). Most specs visit both the real and the fixture site
// (tests/helpers/sites.ts); fixture-site.spec.ts what only a site of several policies shows.
const port = PREVIEW_PORT;
const subpathPort = SUBPATH_PORT;
const fixturePort = FIXTURE_PORT;
const executablePath = findChromium();
/**
 * `npm run test:full` builds only dist and runs only the desktop sweep of the real site
 * (scripts/test/test-all.mjs): the sub-path and fixture servers would have nothing to serve.
 */
const fullSweepOnly = process.env.POLICY_TEST_TIER === 'full';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? 'test-results/playwright.json' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // Each test's fresh context would otherwise install the offline worker, which precaches the
    // whole site (340 files) in the background and slows every test down. The tests of the worker
    // itself (offline.spec.ts, subpath.spec.ts) allow it.
    serviceWorkers: 'block',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  // One project: every spec sets the site it visits (test.use({ baseURL })), and Firefox is launched
  // by its spec. Projects of their own would cost a new worker, and a new Firefox, at each switch
  // between them (the run took 3.4 min with four projects, 3.0 with one).
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `node scripts/serve/static-server.mjs dist ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    ...(fullSweepOnly ? [] : otherServers()),
  ],
});

/** The servers of the sub-path build (nginx) and of the fixture site, for npm test. */
function otherServers() {
  return [
    {
      command: `node scripts/deploy/nginx.mjs dist-subpath ${subpathPort}`,
      url: `http://127.0.0.1:${subpathPort}/policies/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve/static-server.mjs dist-fixture ${fixturePort}`,
      url: `http://127.0.0.1:${fixturePort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ];
}
