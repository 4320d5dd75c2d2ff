/**
 * `npm run bench:search`: how well search finds what staff mean. Builds the site and its copy for
 * opening from disk, then asks every query of tests/search/queries.yaml (written the way staff
 * ask, each with the pages that answer it) of:
 *  - the site's search, served, in Chromium (Pagefind, the site's ranking: src/lib/search/);
 *  - the copy opened from disk, in Chromium (MiniSearch over the same records);
 *  - Pagefind's default behaviour on the same index (the whole query, every word required).
 * Prints top-1 and top-3 accuracy and the share of queries with no result for each, how many
 * queries share no word with any page that answers them, the index sizes and the time to the first
 * result, and one JSON line. Not part of npm test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { unzipSync } from 'fflate';
import { CHROMIUM_ARGS, findChromium } from '../setup/system.mjs';
import { serveSite } from '../serve/static-server.mjs';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
/**
 * The queries: the benchmark search was tuned on (its weights, and thesaurus entries added for the
 * staff words it missed), and a held-out set written afterwards by someone who saw neither, which
 * says how well that tuning carries over to queries nobody tuned for.
 */
const QUERY_SETS = { tuned: 'tests/search/queries.yaml', 'held out': 'tests/search/held-out.yaml' };
const queries = Object.entries(QUERY_SETS).flatMap(([set, file]) =>
  parse(readFileSync(join(root, file), 'utf8')).map((query) => ({ ...query, set })),
);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/** A result's address as a site path with its anchor ("/electronic-social-media/2a/", "/questions/examples/x/#y"). */
function sitePath(href, top) {
  const url = new URL(href);
  const path = url.href.startsWith(top) ? `/${url.pathname.slice(new URL(top).pathname.length)}` : url.pathname;
  return path.replace(/index\.html$/, '') + url.hash;
}

/** Whether a result answers a query: the same page, and the same anchor where the answer names one. */
const answers = (result, answer) => result === answer || (!answer.includes('#') && result.split('#')[0] === answer);

function score(name, found, set) {
  const rows = queries
    .map((query, index) => ({ query, results: found[index] ?? [] }))
    .filter((row) => row.query.set === set);
  const at = (rank) =>
    rows.filter(({ query, results }) =>
      results.slice(0, rank).some((result) => query.answers.some((answer) => answers(result, answer))),
    );
  return {
    name,
    top1: at(1).length / rows.length,
    top3: at(3).length / rows.length,
    noResult: rows.filter(({ results }) => results.length === 0).length / rows.length,
    missed: rows
      .filter((row) => !at(3).includes(row))
      .map(({ query, results }) => `${query.query} → ${results.slice(0, 3).join(', ') || '(nothing)'}`),
  };
}

/** The site's own search page: the first query from its address (timed, page load included), then each typed into its box. */
async function askSearchPage(page, pageUrl, top) {
  const found = [];
  const resultsFor = async (query) => {
    await page.waitForFunction(
      (asked) => document.querySelector('#page-search-results')?.getAttribute('data-search-query') === asked,
      query,
    );
    return (await page.$$eval('#page-search-results ol a', (links) => links.map((link) => link.href))).map((href) =>
      sitePath(href, top),
    );
  };
  const [first, ...rest] = queries.map((query) => query.query);
  const started = performance.now();
  await page.goto(`${pageUrl}?q=${encodeURIComponent(first ?? '')}`);
  found.push(await resultsFor(first ?? ''));
  const firstResultMs = performance.now() - started;
  for (const query of rest) {
    await page.locator('#page-search').fill(query);
    found.push(await resultsFor(query));
  }
  return { found, firstResultMs };
}

const wordsOf = (text) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 2);
/** How many queries share no word (of three letters or more) with any page that answers them. */
function ownWordsOnly(records, set) {
  const textOf = (answer) =>
    records
      .filter((record) => answers(record.url, answer))
      .map((record) => [record.title, ...record.keywords, record.text].join(' '))
      .join(' ');
  return queries.filter((query) => {
    if (query.set !== set) return false;
    const pageWords = new Set(query.answers.flatMap((answer) => wordsOf(textOf(answer))));
    return !wordsOf(query.query).some((word) => pageWords.has(word));
  }).length;
}

const folderBytes = (folder) =>
  readdirSync(folder, { withFileTypes: true }).reduce(
    (total, entry) =>
      total + (entry.isDirectory() ? folderBytes(join(folder, entry.name)) : statSync(join(folder, entry.name)).size),
    0,
  );
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  run(join(root, 'node_modules/.bin/astro'), ['build'], { BASE_PATH: '/' });
  const exports = mkdtempSync(join(tmpdir(), 'search-bench-'));
  run(process.execPath, [join(root, 'scripts/export/export.mjs'), dist, exports]);
  const zip = readdirSync(exports).find((name) => name.endsWith('.zip'));
  const copy = join(exports, 'copy');
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(exports, zip ?? ''))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(copy, name)), { recursive: true });
    writeFileSync(join(copy, name), bytes);
  }
  const { records } = JSON.parse(readFileSync(join(dist, 'search-records.json'), 'utf8'));
  const server = await serveSite(dist);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const served = await askSearchPage(page, `${server.origin}/search/`, `${server.origin}/`);
    const top = pathToFileURL(join(copy, 'policy-site')).href + '/';
    const disk = await askSearchPage(page, `${top}search/index.html`, top);
    await page.goto(`${server.origin}/`);
    const pagefindDefault = await page.evaluate(
      async (asked) => {
        const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
        const found = [];
        for (const query of asked) {
          const search = await pagefind.search(query);
          found.push(await Promise.all(search.results.slice(0, 8).map(async (result) => (await result.data()).url)));
        }
        return found;
      },
      queries.map((query) => query.query),
    );
    const results = Object.keys(QUERY_SETS).flatMap((set) => [
      score(`${set}: served (Pagefind, site ranking)`, served.found, set),
      score(`${set}: from disk (MiniSearch, site ranking)`, disk.found, set),
      score(`${set}: Pagefind default, same index`, pagefindDefault, set),
    ]);
    const percent = (share) => `${(share * 100).toFixed(1)}%`.padStart(7);
    for (const [set, file] of Object.entries(QUERY_SETS))
      console.log(
        `${set}: ${queries.filter((query) => query.set === set).length} queries (${file}); ${ownWordsOnly(records, set)} share no word with any page that answers them`,
      );
    console.log(`\n${'search'.padEnd(50)}  top-1    top-3  no result`);
    for (const result of results)
      console.log(
        `${result.name.padEnd(40)}${percent(result.top1)}  ${percent(result.top3)}  ${percent(result.noResult)}`,
      );
    const diskFiles = ['search/records.js', 'search/disk-search.js'].map((name) =>
      readFileSync(join(copy, 'policy-site', name)),
    );
    console.log(
      `\nindex: Pagefind ${kb(folderBytes(join(dist, 'pagefind')))} (${records.length} records); from disk records.js ${kb(diskFiles[0].length)} (${kb(gzipSync(diskFiles[0]).length)} gzip) + disk-search.js ${kb(diskFiles[1].length)} (${kb(gzipSync(diskFiles[1]).length)} gzip)`,
    );
    console.log(
      `first result, page load included: served ${served.firstResultMs.toFixed(0)} ms, from disk ${disk.firstResultMs.toFixed(0)} ms`,
    );
    for (const result of results.filter((result) => !result.name.includes('default')))
      if (result.missed.length > 0) console.log(`\nnot in the top 3, ${result.name}:\n  ${result.missed.join('\n  ')}`);
    console.log(
      JSON.stringify({
        queries: queries.length,
        results: results.map((result) => ({
          name: result.name,
          top1: result.top1,
          top3: result.top3,
          noResult: result.noResult,
        })),
      }),
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(exports, { recursive: true, force: true });
  }
}

await main();
