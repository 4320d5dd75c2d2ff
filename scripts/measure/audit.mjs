/**
 * `npm run audit`: Lighthouse on six kinds of page (home, policy, clause, a decision question, a
 * decision outcome, the definitions), mobile and desktop, driving the system Chromium against the
 * built site served compressed on 127.0.0.1 (scripts/serve/static-server.mjs). Prints the four
 * scores and the bytes each page transfers.
 *
 *   node scripts/measure/audit.mjs [--assert] [--mobile-only] [--report <file.json>]
 *
 * --mobile-only runs the phone form factor alone (six runs, not twelve).
 * --assert exits 1 unless accessibility, best practices and SEO are all 100 on every run, naming
 * each failing audit, and ends with the line CI reads (`tests: N passed, N failed, 0 skipped`).
 * Performance is printed, not asserted: two shared cores make it noisy.
 * `npm run audit` builds first and runs it with --assert; CI runs that after npm test and
 * npm run test:full (.ci/run).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium } from '../setup/system.mjs';
import { serveSite } from '../serve/static-server.mjs';
import { pagesOfEachKind } from './pages-of-each-kind.mjs';

const root = new URL('../..', import.meta.url).pathname;
const args = process.argv.slice(2);
const assert = args.includes('--assert');
const formFactors = args.includes('--mobile-only') ? ['mobile'] : ['mobile', 'desktop'];
const reportIndex = args.indexOf('--report');
const reportFile = reportIndex >= 0 ? args[reportIndex + 1] : join(root, 'test-results', 'lighthouse.json');

// One page of each kind, found in the build (pages-of-each-kind.mjs), so no address is written here.
const kinds = pagesOfEachKind(join(root, 'dist'));
const PAGES = [
  ['home', kinds.home],
  ['policy', kinds.policy],
  ['clause', kinds.clause],
  ...(kinds.decisionQuestion
    ? [
        ['decision question', kinds.decisionQuestion],
        ['decision outcome', kinds.decisionOutcome],
      ]
    : []),
  ['definitions', kinds.definitions],
];
const ASSERTED = ['accessibility', 'best-practices', 'seo'];
const CATEGORIES = ['performance', ...ASSERTED];

const chromePath = findChromium();
if (!chromePath) {
  console.error('No Chromium found: npm test installs one (scripts/setup/system.mjs), or set CHROMIUM_PATH.');
  process.exit(1);
}

const server = await serveSite(join(root, 'dist'));
const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const runs = [];
try {
  for (const formFactor of formFactors) {
    for (const [name, path] of PAGES) {
      const result = await lighthouse(
        `${server.origin}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = result;
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
      );
      // Each asserted audit that did not pass, so a failure says what to fix.
      const failing = ASSERTED.flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${category}: ${ref.id} (${lhr.audits[ref.id]?.title ?? ''})`),
      );
      const run = {
        page: name,
        path,
        formFactor,
        ...scores,
        totalBytes: Math.round(lhr.audits['total-byte-weight']?.numericValue ?? 0),
        failing,
      };
      runs.push(run);
      console.log(
        `${formFactor.padEnd(8)} ${name.padEnd(18)} perf ${String(run.performance).padStart(3)}  a11y ${String(run.accessibility).padStart(3)}  best ${String(run['best-practices']).padStart(3)}  seo ${String(run.seo).padStart(3)}  ${(run.totalBytes / 1024).toFixed(1).padStart(6)} KB${failing.length ? `  FAILING: ${failing.join('; ')}` : ''}`,
      );
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}

mkdirSync(dirname(reportFile), { recursive: true });
writeFileSync(reportFile, `${JSON.stringify({ date: new Date().toISOString(), runs }, null, 2)}\n`);
console.log(JSON.stringify({ lighthouse: runs.map((run) => ({ ...run, failing: run.failing.length })) }));
const failed = runs.filter((run) => ASSERTED.some((category) => run[category] < 100));
if (assert) {
  // Each run is one test, for the line CI reads (as npm test ends).
  if (failed.length > 0)
    console.error(`\n${String(failed.length)} run(s) below 100 on accessibility, best practices or SEO.`);
  console.log(`tests: ${String(runs.length - failed.length)} passed, ${String(failed.length)} failed, 0 skipped`);
  if (failed.length > 0) process.exit(1);
}
