/**
 * `npm run measure`: what each kind of page costs a reader, measured in a real Chromium against the
 * built site: HTML, CSS and JavaScript loaded (gzip bytes, as a compressing server would send them)
 * before the reader does anything (the offline worker's registration, which loads after the page, aside),
 * and the time one decision step takes in the browser.
 * Prints a table and one JSON line. Run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../setup/system.mjs';
import { serveSite } from '../serve/static-server.mjs';
import { pagesOfEachKind } from './pages-of-each-kind.mjs';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
// One page of each kind, found in the build (pages-of-each-kind.mjs), so no address is written here.
const kinds = pagesOfEachKind(dist);
const pages = [
  ['home', kinds.home],
  ['policy', kinds.policy],
  ['clause', kinds.clause],
  ['definitions', kinds.definitions],
  ['scenario introduction', kinds.decisionIntroduction],
  ['scenario question', kinds.decisionQuestion],
  ['scenario outcome', kinds.decisionOutcome],
];

const { origin, close: stop } = await serveSite(dist);

const gzipOf = (path) => {
  const file = join(dist, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path));
  return gzipSync(readFileSync(file), { level: 9 }).length;
};

try {
  const executablePath = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const rows = [];
  for (const [name, path] of pages) {
    const page = await browser.newPage();
    const loaded = { script: new Set(), stylesheet: new Set() };
    page.on('requestfinished', (request) => {
      const type = request.resourceType();
      const path = new URL(request.url()).pathname;
      // The offline worker's registration loads after the page's load event, not before use.
      if (type in loaded && !path.endsWith('/lazy/offline.js')) loaded[type].add(path);
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    const sum = (paths) => [...paths].reduce((total, asset) => total + gzipOf(asset), 0);
    rows.push({
      page: name,
      html: gzipOf(path),
      css: sum(loaded.stylesheet),
      js: sum(loaded.script),
      scripts: loaded.script.size,
    });
    await page.close();
  }

  // Time one step in the browser: answer the question one answer in with its first answer, and
  // wait until the next step is on screen.
  const page = await browser.newPage();
  const stepAddress = `${origin}${kinds.decisionStep}`;
  const stepTimes = [];
  for (let round = 0; round < 6; round += 1) {
    await page.goto(stepAddress, { waitUntil: 'networkidle' });
    await page.locator('[data-decision] .step').waitFor();
    await page.locator('form.question input[type=radio]').first().check();
    const time = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const before = document.querySelector('[data-decision] .step')?.getAttribute('data-step');
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (document.querySelector('[data-decision] .step')?.getAttribute('data-step') !== before) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - started));
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
          document.querySelector('form.question button[type=submit]').click();
        }),
    );
    // The first round warms the page's scripts up; the five after it are measured.
    if (round > 0) stepTimes.push(time);
  }
  await browser.close();

  const pad = (value, width) => String(value).padStart(width);
  console.log(`${'page'.padEnd(24)}${pad('HTML gz', 9)}${pad('CSS gz', 9)}${pad('JS gz', 9)}${pad('scripts', 9)}`);
  for (const row of rows)
    console.log(`${row.page.padEnd(24)}${pad(row.html, 9)}${pad(row.css, 9)}${pad(row.js, 9)}${pad(row.scripts, 9)}`);
  const median = stepTimes.sort((a, b) => a - b)[Math.floor(stepTimes.length / 2)];
  console.log(
    `one decision step in Chromium (answer → next question painted): median ${median.toFixed(1)} ms of ${stepTimes.length}`,
  );
  console.log(JSON.stringify({ pages: rows, stepMilliseconds: stepTimes }));
} finally {
  await stop();
}
