/**
 * `npm test`: every check and test, in the order that lets later ones use earlier results, then
 * one plain line `tests: N passed, N failed, N skipped` (CI reads that line, not Vitest's or
 * Playwright's own summaries). Exits non-zero on any failure, or when nothing ran.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { ensureNginx } from './deploy/nginx.mjs';
import { runLintChecks } from './lint.mjs';

/** Runs everything; returns the exit code. `bin` runs a node_modules/.bin command and resolves to its exit code. */
export async function runAllTests({ root, bin }) {
  const tally = { passed: 0, failed: 0, skipped: 0 };
  const failures = [];
  const reports = mkdtempSync(join(tmpdir(), 'policy-site-test-'));
  const count = (name, ok) => {
    tally[ok ? 'passed' : 'failed'] += 1;
    if (!ok) failures.push(name);
  };

  try {
    // Browser tests need a Chromium; find or get one first, so a missing browser stops the run at once.
    const chromium = ensureChromium({ root });
    if (!chromium.path) {
      console.error(chromium.reason);
      console.log('tests: 0 passed, 1 failed, 0 skipped');
      return 1;
    }
    console.log(`Browser tests use ${chromium.path}`);
    // The sub-path tests serve the site with nginx and the README's example configuration.
    const nginx = ensureNginx();
    if (nginx.reason) {
      console.error(nginx.reason);
      console.log('tests: 0 passed, 1 failed, 0 skipped');
      return 1;
    }

    section('Type check (astro check)');
    count('astro check', (await bin('astro', ['check'])) === 0);
    for (const result of await runLintChecks(bin)) count(result.name, result.ok);

    section('Build (astro build, with the search index)');
    count('astro build', (await bin('astro', ['build'])) === 0);
    section('Build under a sub-path (BASE_PATH=/policies/, into dist-subpath)');
    count(
      'astro build under /policies/',
      (await bin('astro', ['build'], { env: { ...process.env, BASE_PATH: '/policies/', POLICY_OUT_DIR: 'dist-subpath' } })) === 0,
    );

    section('Export for opening from disk (scripts/export.mjs, into dist-export)');
    rmSync(join(root, 'dist-export'), { recursive: true, force: true });
    count('export', (await runScript(root, 'scripts/export.mjs', ['dist', 'dist-export'])) === 0);

    section('Unit, machine and built-site tests (Vitest)');
    // The fixture builds of earlier runs (tests/helpers/build-site.ts).
    rmSync(join(root, '.test-builds'), { recursive: true, force: true });
    const vitestReport = join(reports, 'vitest.json');
    const vitestExit = await bin('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
    addVitest(vitestReport, vitestExit, tally, failures);

    section('Browser tests (Playwright, Chromium)');
    const playwrightReport = join(reports, 'playwright.json');
    const playwrightExit = await bin('playwright', ['test'], {
      env: { ...process.env, CHROMIUM_PATH: chromium.path, PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport },
    });
    addPlaywright(playwrightReport, playwrightExit, tally, failures);

    section('Lighthouse (scripts/audit.mjs): accessibility, best practices and SEO must be 100');
    const lighthouseReport = join(reports, 'lighthouse.json');
    const auditExit = await runScript(root, 'scripts/audit.mjs', ['--report', lighthouseReport]);
    addLighthouse(lighthouseReport, auditExit, tally, failures);
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }

  if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
  console.log(`tests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
  return tally.failed > 0 || tally.passed === 0 ? 1 : 0;
}

/** Runs a project script with the running Node and resolves to its exit code. */
function runScript(root, script, args) {
  return new Promise((resolve) => {
    spawn(process.execPath, [join(root, script), ...args], { cwd: root, stdio: 'inherit' }).on('exit', (code) => resolve(code ?? 1));
  });
}

function section(title) {
  console.log(`\n── ${title} ──`);
}

/** Adds Vitest's JSON report to the tally; a run that crashed before reporting counts as one failure. */
function addVitest(report, exitCode, tally, failures) {
  if (!existsSync(report)) {
    tally.failed += 1;
    failures.push(`vitest exited ${exitCode} without a report`);
    return;
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  tally.passed += result.numPassedTests;
  tally.failed += result.numFailedTests;
  tally.skipped += result.numPendingTests + result.numTodoTests;
  for (const file of result.testResults) {
    for (const test of file.assertionResults) {
      if (test.status === 'failed') failures.push(test.fullName);
    }
    // A file that failed to load has no assertions but is still a failure.
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      tally.failed += 1;
      failures.push(`${file.name}: ${file.message}`);
    }
  }
  if (exitCode !== 0 && result.numFailedTests === 0 && !failures.length) {
    tally.failed += 1;
    failures.push(`vitest exited ${exitCode}`);
  }
}

/** Adds the Lighthouse report: each page and form factor is one test, passed when the asserted scores are all 100. */
function addLighthouse(report, exitCode, tally, failures) {
  if (exitCode !== 0 || !existsSync(report)) {
    tally.failed += 1;
    failures.push(`Lighthouse audit exited ${exitCode}`);
    return;
  }
  for (const run of JSON.parse(readFileSync(report, 'utf8')).runs) {
    const ok = run.accessibility === 100 && run['best-practices'] === 100 && run.seo === 100;
    tally[ok ? 'passed' : 'failed'] += 1;
    if (!ok) failures.push(`Lighthouse ${run.formFactor} ${run.page}: ${run.failing.join('; ')}`);
  }
}

/** Adds Playwright's JSON report to the tally; flaky tests count as failures (retries are off). */
function addPlaywright(report, exitCode, tally, failures) {
  if (!existsSync(report)) {
    tally.failed += 1;
    failures.push(`playwright exited ${exitCode} without a report`);
    return;
  }
  const { stats, errors } = JSON.parse(readFileSync(report, 'utf8'));
  tally.passed += stats.expected;
  tally.failed += stats.unexpected + stats.flaky;
  tally.skipped += stats.skipped;
  if (stats.unexpected > 0) failures.push(`${stats.unexpected} browser test(s)`);
  if (errors?.length > 0 || (exitCode !== 0 && stats.unexpected === 0)) {
    tally.failed += 1;
    failures.push(`playwright exited ${exitCode}: ${(errors ?? []).map((error) => error.message).join('; ')}`);
  }
}
