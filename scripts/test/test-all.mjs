/**
 * `npm test`: every check and test, in the order that lets later ones use earlier results, then
 * one plain line `tests: N passed, N failed, N skipped` (CI reads that line, not Vitest's or
 * Playwright's own summaries). Exits non-zero on any failure, or when nothing ran.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium, ensureJava, ensureNginx } from '../setup/system.mjs';
import { runLintChecks } from './lint.mjs';

/** Runs everything; returns the exit code. `bin` runs a node_modules/.bin command and resolves to its exit code. */
export async function runAllTests({ root, bin }) {
  const started = performance.now();
  /** Seconds per stage, printed at the end so a slow stage shows. */
  const stageTimes = [];
  const timed = async (stage, work) => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      stageTimes.push([stage, (performance.now() - start) / 1000]);
    }
  };
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
    // The sub-path tests serve the site with nginx and the README's example configuration; the
    // W3C Nu HTML checker runs on Java.
    for (const missing of [ensureNginx().reason, ensureJava().reason]) {
      if (!missing) continue;
      console.error(missing);
      console.log('tests: 0 passed, 1 failed, 0 skipped');
      return 1;
    }

    // The type check and the lint checks read only the sources: run side by side on the two cores,
    // the type check's output held back and printed after the lint checks'.
    section('Type check (astro check) alongside Prettier, ESLint and knip');
    await timed('astro check ∥ lint', async () => {
      const [checked, lintResults] = await Promise.all([
        runQuietly(root, join(root, 'node_modules', '.bin', 'astro'), ['check']),
        runLintChecks(bin),
      ]);
      console.log(`\n── astro check ──\n${checked.output.trim()}`);
      count('astro check', checked.code === 0);
      for (const result of lintResults) count(result.name, result.ok);
    });

    // Every test that reads a build must fail when its build fails, never pass on an earlier
    // one: the outputs go first, so a failed build leaves nothing behind to test.
    for (const folder of ['dist', 'dist-subpath', 'dist-export', 'dist-fixture'])
      rmSync(join(root, folder), { recursive: true, force: true });
    // The three builds, one after the other (builds at once share Astro's .astro/ folder): the site,
    // the site under a sub-path, and the fixture site (tests/fixtures/content: three policies, one
    // dotted with no dates, one revised twice), which the fixture's Vitest checks and browser tests read.
    const build = async (name, heading, env = {}) => {
      section(heading);
      const ok = await timed(
        name,
        async () => (await bin('astro', ['build'], { env: { ...process.env, ...env } })) === 0,
      );
      count(`astro ${name}`, ok);
      return ok;
    };
    const built = await build('build', 'Build (astro build, with the search index)');
    const builtUnderSubpath = await build(
      'build under /policies/',
      'Build under a sub-path (BASE_PATH=/policies/, into dist-subpath)',
      { BASE_PATH: '/policies/', POLICY_OUT_DIR: 'dist-subpath' },
    );
    const builtFixture = await build(
      'build of the fixture site',
      'Build the fixture site (tests/fixtures/content, into dist-fixture)',
      { POLICY_CONTENT_ROOT: 'tests/fixtures/content', POLICY_OUT_DIR: 'dist-fixture' },
    );

    section('Export for opening from disk (scripts/export/export.mjs, into dist-export)');
    if (built) {
      await timed('export', async () =>
        count('export', (await runScript(root, 'scripts/export/export.mjs', ['dist', 'dist-export'])) === 0),
      );
    } else count('export (not run: the build failed)', false);

    // Lighthouse spends most of its time waiting for pages to settle, so it runs beside Vitest, its
    // output held back until Vitest's is printed. Its asserted scores (accessibility, best
    // practices, SEO) do not depend on the machine's load; the performance it prints does, so
    // `npm run audit` is the place to read performance.
    const lighthouseReport = join(reports, 'lighthouse.json');
    const lighthouse = built
      ? timed('Lighthouse (beside Vitest)', () =>
          runQuietly(root, process.execPath, [
            join(root, 'scripts/measure/audit.mjs'),
            '--mobile-only',
            '--report',
            lighthouseReport,
          ]),
        )
      : undefined;

    section('Unit, machine and built-site tests (Vitest)');
    // The fixture builds of earlier runs (tests/helpers/build-site.ts).
    rmSync(join(root, '.test-builds'), { recursive: true, force: true });
    const vitestReport = join(reports, 'vitest.json');
    const vitestExit = await timed('Vitest', () =>
      bin('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]),
    );
    addVitest(vitestReport, vitestExit, tally, failures);

    section('Lighthouse (scripts/measure/audit.mjs): accessibility, best practices and SEO must be 100');
    if (lighthouse) {
      const audited = await lighthouse;
      console.log(audited.output.trim());
      addLighthouse(lighthouseReport, audited.code, tally, failures);
    } else count('Lighthouse (not run: the build failed)', false);

    section('Browser tests (Playwright, Chromium)');
    if (built && builtUnderSubpath && builtFixture) {
      const playwrightReport = join(reports, 'playwright.json');
      const playwrightExit = await timed('Playwright', () =>
        bin('playwright', ['test'], {
          env: { ...process.env, CHROMIUM_PATH: chromium.path, PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport },
        }),
      );
      addPlaywright(playwrightReport, playwrightExit, tally, failures);
    } else count('browser tests (not run: a build failed)', false);
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }

  console.log('\nTime per stage:');
  for (const [stage, seconds] of stageTimes) console.log(`  ${stage.padEnd(28)} ${seconds.toFixed(0).padStart(4)} s`);
  console.log(`  ${'total'.padEnd(28)} ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`);
  if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
  console.log(`tests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
  return tally.failed > 0 || tally.passed === 0 ? 1 : 0;
}

/** Runs a project script with the running Node and resolves to its exit code. */
function runScript(root, script, args) {
  return new Promise((resolve) => {
    spawn(process.execPath, [join(root, script), ...args], { cwd: root, stdio: 'inherit' }).on('exit', (code) =>
      resolve(code ?? 1),
    );
  });
}

/** Runs a program with its output held; resolves to its exit code and output. */
function runQuietly(root, file, args) {
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
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
