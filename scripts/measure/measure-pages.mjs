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

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
const pages = [
  ['home', '/'],
  ['policy', '/electronic-social-media/'],
  ['clause', '/electronic-social-media/3e/'],
  ['definitions', '/electronic-social-media/definitions/'],
  ['scenario introduction', '/questions/friend-request/'],
  ['scenario question', '/questions/friend-request/answers/'],
  [
    'scenario outcome',
    '/questions/school-group/answers/has-it-happened=not-yet/has-principal-approval=no/is-supervised-by-teacher=yes/has-two-staff-admins=no/',
  ],
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

  // Time one step in the browser: answer, and wait until the next question is on screen.
  const page = await browser.newPage();
  await page.goto(`${origin}/questions/school-group/answers/has-it-happened=not-yet/`, { waitUntil: 'networkidle' });
  await page.locator('[data-decision] .step').waitFor();
  const stepTimes = [];
  for (let round = 0; round < 5; round += 1) {
    await page.goto(`${origin}/questions/school-group/answers/has-it-happened=not-yet/`, { waitUntil: 'networkidle' });
    await page.locator('[data-decision] .step').waitFor();
    await page.getByLabel('Yes', { exact: true }).check();
    stepTimes.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const started = performance.now();
            const observer = new MutationObserver(() => {
              if (document.querySelector('h1')?.textContent?.startsWith('Will a teacher')) {
                observer.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - started));
              }
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            document.querySelector('form.question button[type=submit]').click();
          }),
      ),
    );
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
