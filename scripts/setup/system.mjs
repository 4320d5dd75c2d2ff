/**
 * Finds a Chromium for the browser tests, and gets one where it can. Plain Node, no packages
 * needed to find one: playwright.config.ts and scripts/test-all.mjs both use it.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** Flags that make Chromium work as root on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Returns a Chromium executable: CHROMIUM_PATH, then the system's, then Playwright's own; or undefined. */
export function findChromium() {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) return existsSync(fromEnvironment) ? fromEnvironment : undefined;
  const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (system) return system;
  return playwrightChromium();
}

/** Playwright's own downloaded Chromium, when one has been downloaded. */
function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Returns a Chromium, installing one if none is found: Debian's package when running as root on
 * Debian or Ubuntu, otherwise Playwright's download. Returns undefined with a one-line reason
 * when neither works.
 */
export function ensureChromium({ root }) {
  const found = findChromium();
  if (found) return { path: found };
  if (process.env.CHROMIUM_PATH) {
    return { reason: `CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist; point it at a Chromium or Chrome binary.` };
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    if (update.status === 0) {
      spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    }
  } else {
    console.log("No Chromium found: trying Playwright's download (npx playwright install chromium)…");
    spawnSync(process.execPath, [`${root}/node_modules/playwright-core/cli.js`, 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
  }
  const installed = findChromium();
  if (installed) return { path: installed };
  return {
    reason:
      'Browser tests need Chromium: install it (Debian/Ubuntu: apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH.',
  };
}
