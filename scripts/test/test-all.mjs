/**
 * `npm test`: every check and test, fastest first so that a broken unit or machine is reported in
 * seconds: unit and machine tests (Vitest) and then the lint checks, the type check alongside; then
 * the builds (the site, under a sub-path, the fixture site, and a broken copy of the fixture that must
 * fail), the export, the built-site tests (Vitest) and the browser tests (Chromium, and Firefox for a
 * few journeys). The page sweeps check one page per template (tests/helpers/sweep.ts).
 *
 * `npm run test:full` (`tier: 'full'`): the exhaustive sweeps npm test samples, axe and the two
 * HTML validators on every page and every decision step, after a build of its own.
 *
 * `npm run playwright -- <spec>` (`tier: 'browser'`): the builds and exports, then the browser tests named.
 *
 * Each ends with one plain line `tests: N passed, N failed, N skipped` (CI reads that line, not
 * Vitest's or Playwright's own summaries) and exits non-zero on any failure, or when nothing ran.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROKEN_BUILD, makeBrokenFixture } from '../../tests/fixtures/broken-fixture.mjs';
import { ensureChromium, ensureFirefox, ensureJava, ensureNginx } from '../setup/system.mjs';
import { runLintChecks } from './lint.mjs';

/** The fixture site: its content and the registry of its decisions (tests/fixtures/machines). */
const FIXTURE_SITE = {
  POLICY_CONTENT_ROOT: 'tests/fixtures/content',
  POLICY_MACHINES_REGISTRY: 'tests/fixtures/machines/index.ts',
};

/** Runs everything of a tier; returns the exit code. `bin` runs a node_modules/.bin command and resolves to its exit code. */
export async function runAllTests({ root, bin, tier = 'quick', playwrightArgs = [] }) {
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
  const full = tier === 'full';
  // `npm run playwright -- <spec>`: only the builds and exports the browser tests serve, then those tests.
  const browserOnly = tier === 'browser';
  const tierEnv = { ...process.env, POLICY_TEST_TIER: tier };

  try {
    // Browsers and the programs the tests run: found or installed first, so a missing one stops the run at once.
    const chromium = ensureChromium({ root });
    const firefox = full ? {} : ensureFirefox();
    const missing = [
      chromium.path ? undefined : chromium.reason,
      firefox.reason,
      full ? undefined : ensureNginx().reason,
      ensureJava().reason,
    ].filter(Boolean);
    if (missing.length > 0) {
      for (const reason of missing) console.error(reason);
      console.log('tests: 0 passed, 1 failed, 0 skipped');
      return 1;
    }
    console.log(`Browser tests use ${chromium.path}${firefox.path ? ` and ${firefox.path}` : ''}`);

    const vitest = async (stage, heading, args, env = tierEnv) => {
      section(heading);
      const report = join(reports, `vitest-${stageTimes.length}.json`);
      const exitCode = await timed(stage, () =>
        bin('vitest', ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
          env,
        }),
      );
      addVitest(report, exitCode, tally, failures);
    };

    if (!full && !browserOnly) {
      // The type check starts at once, its output held back; beside it, on the other core, the
      // unit and machine tests (they read only the sources, so a broken unit or decision is
      // reported within seconds), then Prettier, ESLint and knip. Nothing here writes what another
      // reads: astro check writes .astro/, which neither Vitest's unit tests nor the lint read.
      const checking = runQuietly(root, join(root, 'node_modules', '.bin', 'astro'), ['check']);
      await vitest('unit and machine tests', 'Unit and machine tests (Vitest), with astro check alongside', [
        '--project',
        'unit',
        '--project',
        'machines',
      ]);

      section('Prettier, ESLint and knip, then the type check (astro check) that ran alongside');
      await timed('lint ∥ astro check', async () => {
        const lintResults = await runLintChecks(bin);
        const checked = await checking;
        console.log(`\n── astro check ──\n${checked.output.trim()}`);
        count('astro check', checked.code === 0);
        for (const result of lintResults) count(result.name, result.ok);
      });
    }

    // Every test that reads a build must fail when its build fails, never pass on an earlier
    // one: the outputs go first, so a failed build leaves nothing behind to test.
    for (const folder of ['dist', 'dist-subpath', 'dist-export', 'dist-fixture', 'dist-fixture-export', '.test-builds'])
      rmSync(join(root, folder), { recursive: true, force: true });
    // The builds, one after the other (builds at once share Astro's .astro/ folder).
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
    if (full) {
      await runFull({ root, bin, built, vitest, timed, tally, failures, reports, chromium, env: tierEnv });
    } else {
      const builtUnderSubpath = await build(
        'build under /policies/',
        'Build under a sub-path (BASE_PATH=/policies/, into dist-subpath)',
        { BASE_PATH: '/policies/', POLICY_OUT_DIR: 'dist-subpath' },
      );
      // The fixture site (tests/fixtures/content: four policies and a decision of its own), which
      // the fixture's Vitest checks and browser tests read.
      const builtFixture = await build(
        'build of the fixture site',
        'Build the fixture site (tests/fixtures/content, into dist-fixture)',
        { ...FIXTURE_SITE, POLICY_OUT_DIR: 'dist-fixture' },
      );
      if (!browserOnly) await timed('broken fixture build', () => buildBrokenFixture(root));

      section('Export for opening from disk (scripts/export/export.mjs, into dist-export and dist-fixture-export)');
      await timed('export', async () => {
        for (const [dist, out, ok] of [
          ['dist', 'dist-export', built],
          ['dist-fixture', 'dist-fixture-export', builtFixture],
        ]) {
          if (ok) count(`export of ${dist}`, (await runScript(root, 'scripts/export/export.mjs', [dist, out])) === 0);
          else count(`export of ${dist} (not run: its build failed)`, false);
        }
      });

      if (!browserOnly) await vitest('built-site tests', 'Built-site tests (Vitest)', ['--project', 'site']);

      section('Browser tests (Playwright: Chromium, and Firefox through puppeteer-core)');
      if (built && builtUnderSubpath && builtFixture) {
        await playwright({ bin, timed, tally, failures, reports, chromium, args: playwrightArgs, env: tierEnv });
      } else count('browser tests (not run: a build failed)', false);
    }
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

/** npm run test:full: the HTML validators and the browser sweep on every page and every step. */
async function runFull({ bin, built, vitest, timed, tally, failures, reports, chromium, env }) {
  if (!built) {
    tally.failed += 1;
    failures.push('the exhaustive sweeps (not run: the build failed)');
    return;
  }
  await vitest('HTML validity, every page', 'HTML validity on every page (Vitest)', [
    '--project',
    'site',
    'tests/site/html-validity.test.ts',
  ]);
  section('Every page and every step in Chromium: axe, CSP, nothing from elsewhere (Playwright)');
  await playwright({
    bin,
    timed,
    tally,
    failures,
    reports,
    chromium,
    args: ['tests/e2e/every-page.spec.ts', '--project', 'desktop'],
    env,
  });
}

/** Runs Playwright and adds its report to the tally. */
async function playwright({ bin, timed, tally, failures, reports, chromium, args, env }) {
  const report = join(reports, 'playwright.json');
  const exitCode = await timed('Playwright', () =>
    bin('playwright', ['test', ...args], {
      env: { ...env, CHROMIUM_PATH: chromium.path, PLAYWRIGHT_JSON_OUTPUT_FILE: report },
    }),
  );
  addPlaywright(report, exitCode, tally, failures);
}

/**
 * Builds the fixture with one authoring mistake (tests/fixtures/broken-fixture.mjs), which must
 * fail; records its exit code and output for tests/site/fixture-broken-build.test.ts to read.
 */
async function buildBrokenFixture(root) {
  section('Build a broken copy of the fixture site (it must stop, naming the mistake)');
  const content = join(BROKEN_BUILD, 'content');
  const outDir = join(BROKEN_BUILD, 'dist');
  mkdirSync(BROKEN_BUILD, { recursive: true });
  makeBrokenFixture(content);
  const result = await runQuietly(root, join(root, 'node_modules', '.bin', 'astro'), ['build'], {
    ...process.env,
    FORCE_COLOR: '0',
    POLICY_CONTENT_ROOT: content,
    POLICY_MACHINES_REGISTRY: FIXTURE_SITE.POLICY_MACHINES_REGISTRY,
    POLICY_OUT_DIR: outDir,
  });
  writeFileSync(
    join(BROKEN_BUILD, 'build.json'),
    JSON.stringify({ exitCode: result.code, output: result.output, outDir }),
  );
  console.log(`It exited ${result.code}${result.code === 0 ? ' (it should not have)' : ', as it should'}.`);
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
function runQuietly(root, file, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      cwd: root,
      env,
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
