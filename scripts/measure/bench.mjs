/**
 * `npm run bench`: how the site grows. Generates synthetic policy sets (30, 100 and 300 policies
 * of 15–25 clauses of real clause text, every third one numbered 1.1, 1.2, 1.2.1, in eight groups, three
 * decisions each citing real clause ids) under .bench/,
 * builds the real site and each set, and prints a table and one JSON line: build time, pages,
 * dist and search-index size, per-page HTML/CSS/JS gzip, and build time per policy and per page,
 * each set against the real site built in the same run. Then it times a Pagefind query in
 * Chromium (cold and warm) on the largest set. Not part of npm test (it takes many minutes).
 *
 *   node scripts/measure/bench.mjs [--sizes 30,100,300]
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../setup/system.mjs';
import { serveSite } from '../serve/static-server.mjs';
import { pageWeight } from './page-weight.mjs';
import { SCENARIOS_PER_POLICY, generateSet } from './bench/synthetic-set.mjs';

const root = new URL('../..', import.meta.url).pathname;
const benchRoot = join(root, '.bench');
const sizesArgument = process.argv.indexOf('--sizes');
const SIZES = sizesArgument >= 0 ? (process.argv[sizesArgument + 1] ?? '').split(',').map(Number) : [30, 100, 300];
/** The HTML budget of every page (tests/site/budgets.test.ts), KB gzip: the bench names the pages above it. */
const HTML_BUDGET_KB = 14;

/** Builds with astro; resolves to the wall-clock seconds, or throws with the output's tail. */
function build(env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(join(root, 'node_modules/.bin/astro'), ['build'], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
    child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
    child.on('exit', (code) =>
      code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`astro build failed:\n${output}`)),
    );
  });
}

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/** Size figures of a built site. */
function measure(dist) {
  const files = filesUnder(dist);
  const pages = files.filter((file) => file.endsWith('.html') && !file.includes(`${dist}/pagefind/`));
  const weights = pages.map((file) => ({ file, ...pageWeight(dist, readFileSync(file, 'utf8')) }));
  const bytes = (list) => list.reduce((total, file) => total + statSync(file).size, 0);
  const sorted = (values) => [...values].sort((a, b) => a - b);
  const median = (values) => sorted(values)[Math.floor(values.length / 2)] ?? 0;
  const max = (values) => sorted(values).at(-1) ?? 0;
  const largest = weights.reduce((top, weight) => (weight.html > top.html ? weight : top), weights[0]);
  const overBudget = weights
    .filter((weight) => weight.html / 1024 > HTML_BUDGET_KB)
    .map((weight) => `${relative(dist, weight.file)} (${(weight.html / 1024).toFixed(1)} KB)`);
  return {
    pages: pages.length,
    distMB: bytes(files) / 1e6,
    searchIndexMB: bytes(files.filter((file) => file.includes(`${dist}/pagefind/`))) / 1e6,
    htmlGzipMedianKB: median(weights.map((weight) => weight.html)) / 1024,
    htmlGzipMaxKB: max(weights.map((weight) => weight.html)) / 1024,
    largestPage: relative(dist, largest?.file ?? ''),
    overBudget,
    cssGzipMaxKB: max(weights.map((weight) => weight.css)) / 1024,
    jsGzipMaxKB: max(weights.map((weight) => weight.js)) / 1024,
  };
}

/** Times a Pagefind query in Chromium: the first (loads Pagefind, its WebAssembly and index chunks) and a second one. */
async function timeSearch(dist, queries) {
  const server = await serveSite(dist);
  const executablePath = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    return await page.evaluate(async (words) => {
      const timed = async (run) => {
        const started = performance.now();
        const count = await run();
        return { ms: Math.round(performance.now() - started), results: count };
      };
      /** @type {any} */
      let pagefind;
      const query = async (word) => {
        pagefind ??= await import(`${location.origin}/pagefind/pagefind.js`);
        const search = await pagefind.search(word);
        await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
        return search.results.length;
      };
      return { cold: await timed(() => query(words[0])), warm: await timed(() => query(words[1])) };
    }, queries);
  } finally {
    await browser.close();
    await server.close();
  }
}

const rows = [];
console.log('Building the real site (the baseline for this run)…');
const realSeconds = await build({ POLICY_OUT_DIR: join(benchRoot, 'real/dist') });
rows.push({
  set: 'real site',
  policies: 1,
  scenarios: 7,
  buildSeconds: realSeconds,
  ...measure(join(benchRoot, 'real/dist')),
});

for (const size of SIZES) {
  const folder = join(benchRoot, `n${size}`);
  console.log(`Generating and building ${size} synthetic policies…`);
  generateSet(size, folder);
  const seconds = await build({
    POLICY_CONTENT_ROOT: join(folder, 'content'),
    POLICY_OUT_DIR: join(folder, 'dist'),
    POLICY_MACHINES_REGISTRY: join(folder, 'registry.ts'),
  });
  rows.push({
    set: `${size} policies`,
    policies: size,
    scenarios: size * SCENARIOS_PER_POLICY,
    buildSeconds: seconds,
    ...measure(join(folder, 'dist')),
  });
}

for (const row of rows)
  Object.assign(row, {
    msPerPage: (row.buildSeconds * 1000) / row.pages,
    secondsPerPolicy: row.buildSeconds / row.policies,
  });
const smallest = rows[1] ?? rows[0];
const fixed = (value, digits = 1) => value.toFixed(digits);
console.log(
  `\n| set | policies | pages | build s | ms/page | s/policy | ms/page vs smallest set | dist MB | index MB | HTML gzip median / max KB | pages over ${HTML_BUDGET_KB} KB | CSS max KB | JS max KB |`,
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(
    `| ${row.set} | ${row.policies} | ${row.pages} | ${fixed(row.buildSeconds)} | ${fixed(row.msPerPage)} | ${fixed(row.secondsPerPolicy, 2)} | ${fixed(row.msPerPage / smallest.msPerPage, 2)}× | ${fixed(row.distMB)} | ${fixed(row.searchIndexMB)} | ${fixed(row.htmlGzipMedianKB)} / ${fixed(row.htmlGzipMaxKB)} | ${row.overBudget.length} | ${fixed(row.cssGzipMaxKB)} | ${fixed(row.jsGzipMaxKB)} |`,
  );
}
for (const row of rows) {
  console.log(`Largest page of ${row.set}: ${row.largestPage}`);
  if (row.overBudget.length > 0) console.log(`  over the ${HTML_BUDGET_KB} KB budget: ${row.overBudget.join(', ')}`);
}
const largestSet = rows.at(-1);
const largestFolder =
  largestSet === rows[0] ? join(benchRoot, 'real') : join(benchRoot, `n${String(largestSet.policies)}`);
const search = await timeSearch(join(largestFolder, 'dist'), ['consent', 'principal']);
console.log(
  `\nPagefind query on "${largestSet.set}": cold ${search.cold.ms} ms (${search.cold.results} results), warm ${search.warm.ms} ms (${search.warm.results} results)`,
);
const result = { date: new Date().toISOString(), rows, search: { set: largestSet.set, ...search } };
writeFileSync(join(benchRoot, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result));
