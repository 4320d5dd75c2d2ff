/**
 * `node scripts/measure/screenshots.mjs [path …]`: screenshots of built pages at phone (390 px) and desktop
 * (1280 px) width, light and dark, into screenshots/ (git-ignored), for looking at what we build.
 * Serves dist/ (or the folder POLICY_OUT_DIR names, e.g. a fixture build) with the site's static server
 * (scripts/serve/static-server.mjs) on 127.0.0.1; run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../setup/system.mjs';
import { serveSite } from '../serve/static-server.mjs';
import { pagesOfEachKind } from './pages-of-each-kind.mjs';

const dist = process.env.POLICY_OUT_DIR ?? new URL('../../dist/', import.meta.url).pathname;
// Without paths: one page of each kind, found in the build (pages-of-each-kind.mjs).
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.values(pagesOfEachKind(dist));
const { origin, close: stop } = await serveSite(dist);

try {
  const executablePath = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  mkdirSync('screenshots', { recursive: true });
  for (const path of paths) {
    for (const [device, width] of [
      ['phone', 390],
      ['desktop', 1280],
    ]) {
      for (const colorScheme of ['light', 'dark']) {
        const page = await browser.newPage({ viewport: { width, height: 844 }, colorScheme, deviceScaleFactor: 1 });
        await page.goto(`${origin}${path}`);
        const name = `screenshots/${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${device}-${colorScheme}.png`;
        await page.screenshot({ path: name, fullPage: true });
        console.log(name);
        await page.close();
      }
    }
  }
  await browser.close();
} finally {
  await stop();
}
