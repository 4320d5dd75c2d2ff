/**
 * The programs the tests need besides Node packages, found or installed: a Chromium for the
 * browser tests, nginx for the deployment example, Java for the W3C Nu HTML checker. Each is
 * looked for first; when missing and running as root on Debian or Ubuntu, Debian's package is
 * installed (apt reaches Debian's mirror, as CI allows). Plain Node, no packages needed:
 * playwright.config.ts and scripts/test/test-all.mjs both use it.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** Installs a Debian package when running as root on Debian or Ubuntu; returns whether it tried. */
function installDebianPackage(name) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version') || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`Installing Debian's ${name} package (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Without a fresh package list a new machine finds nothing; with one, install once.
  if (spawnSync('apt-get', ['install', '-y', '-qq', name], { stdio: 'inherit', env }).status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', name], { stdio: 'inherit', env });
  }
  return true;
}

/** Returns the first of `paths` that exists. */
const firstExisting = (paths) => paths.find((path) => existsSync(path));

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
 * Debian or Ubuntu, otherwise Playwright's download. Returns a one-line reason when neither works.
 */
export function ensureChromium({ root }) {
  const found = findChromium();
  if (found) return { path: found };
  if (process.env.CHROMIUM_PATH) {
    return {
      reason: `CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist; point it at a Chromium or Chrome binary.`,
    };
  }
  if (!installDebianPackage('chromium')) {
    console.log("No Chromium found: trying Playwright's download (npx playwright install chromium)…");
    spawnSync(process.execPath, [`${root}/node_modules/playwright-core/cli.js`, 'install', 'chromium'], {
      stdio: 'inherit',
      timeout: 300_000,
    });
  }
  const installed = findChromium();
  if (installed) return { path: installed };
  return {
    reason:
      'Browser tests need Chromium: install it (Debian/Ubuntu: apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH.',
  };
}

/** Where nginx lives, or undefined. */
/** Firefox for the second-engine journeys: FIREFOX_PATH, or Debian's firefox-esr. */
export function findFirefox() {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
    (candidate) => candidate && existsSync(candidate),
  );
}

/** Finds Firefox, installing Debian's firefox-esr where it can; `reason` says what to do when it cannot. */
export function ensureFirefox() {
  if (!findFirefox()) installDebianPackage('firefox-esr');
  const path = findFirefox();
  return path
    ? { path }
    : {
        reason:
          'The second-engine tests need Firefox: install it (Debian/Ubuntu: apt-get install firefox-esr) or set FIREFOX_PATH.',
      };
}

export function findNginx() {
  return firstExisting(['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/opt/homebrew/bin/nginx', '/usr/local/bin/nginx']);
}

/** Finds nginx (the deployment example's tests serve the site with it), installing Debian's nginx-light if it can. */
export function ensureNginx() {
  if (!findNginx()) installDebianPackage('nginx-light');
  return findNginx()
    ? {}
    : {
        reason:
          'The sub-path tests serve the site with nginx: install it (Debian/Ubuntu: apt-get install nginx-light; macOS: brew install nginx).',
      };
}

/**
 * Where java lives, or undefined (the Nu HTML checker, vnu.jar, runs on it).
 * @returns {string | undefined}
 */
export function findJava() {
  const fromHome = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : undefined;
  return firstExisting([
    ...(fromHome ? [fromHome] : []),
    '/usr/bin/java',
    '/usr/local/bin/java',
    '/opt/homebrew/opt/openjdk/bin/java',
  ]);
}

/** Finds Java for the Nu HTML checker, installing Debian's default-jre-headless if it can. */
export function ensureJava() {
  if (!findJava()) installDebianPackage('default-jre-headless');
  const java = findJava();
  return java
    ? { path: java }
    : {
        reason:
          'The W3C Nu HTML checker runs on Java: install it (Debian/Ubuntu: apt-get install default-jre-headless; macOS: brew install openjdk).',
      };
}
