#!/usr/bin/env node
/**
 * Runs the project's commands (`start`, `test`, `dev`, `build`) after a preflight.
 *
 * `npm run <script>` needs nothing installed, so this file is the one place that makes a fresh
 * clone work: it uses only Node's standard library and runs on any Node from 18 on.
 *  1. Node older than 22.12 (Astro 7's floor): fetch a pinned Node 24 from the npm registry
 *     (the platform package `node-<os>-<arch>`, a plain binary with no install scripts), cache it
 *     outside the repository, and re-run this command under it.
 *  2. node_modules missing or older than package-lock.json: `npm ci`.
 *  3. The command itself.
 * On a new enough Node with dependencies installed, nothing extra happens.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PINNED_NODE = '24.21.0';
const MINIMUM_NODE = [22, 12];
const command = process.argv[2];
const commands = {
  start,
  test,
  'test-full': testFull,
  dev,
  build,
  measure,
  export: exportBundle,
  audit,
  bench,
  'bench-search': benchSearch,
  lint,
  format,
  vitest,
  playwright,
  'update-decision-paths': updateDecisionPaths,
};

if (!Object.hasOwn(commands, command)) {
  console.error(`usage: node scripts/setup/run.mjs ${Object.keys(commands).join('|')}`);
  process.exit(2);
}

// Astro's anonymous usage report would try the network, which CI and intranets do not have.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
stopWithParent();
await ensureNewEnoughNode();
ensureDependencies();
process.exitCode = await commands[command]();

/**
 * npm does not pass a kill of its own PID on to the script it runs, which would leave this process,
 * the command under Node 24 and a server running: when the process that started this one goes,
 * this one stops too, passing SIGTERM on to what it runs.
 */
function stopWithParent() {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
  }, 500).unref();
}

/** Re-runs this command under a cached Node 24 when the running Node is too old for Astro 7. */
async function ensureNewEnoughNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > MINIMUM_NODE[0] || (major === MINIMUM_NODE[0] && minor >= MINIMUM_NODE[1])) return;

  const nodeBin = cachedNode();
  console.log(
    `Node ${process.version} is older than ${MINIMUM_NODE.join('.')}: running under Node ${PINNED_NODE} from ${nodeBin}`,
  );
  const env = {
    ...process.env,
    PATH: `${dirname(nodeBin)}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH}`,
  };
  // npm finds its global config (which holds this machine's CA bundle setting) next to the node
  // binary that runs it; under the cached Node it would look in the cache folder instead.
  const globalConfig = join(dirname(dirname(process.execPath)), 'etc', 'npmrc');
  if (!env.npm_config_globalconfig && existsSync(globalConfig)) env.npm_config_globalconfig = globalConfig;
  if (!env.NODE_EXTRA_CA_CERTS && existsSync('/etc/ssl/certs/ca-certificates.crt')) {
    env.NODE_EXTRA_CA_CERTS = '/etc/ssl/certs/ca-certificates.crt';
  }
  // Native addons built under the cached Node need its headers, not the system Node's.
  env.npm_config_nodedir = dirname(dirname(nodeBin));
  // Spawned, not run synchronously, so that Ctrl-C or a kill of this process's PID reaches the
  // command under Node 24 (and its server) instead of leaving them running.
  process.exit(await spawnForwarding(nodeBin, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { env }));
}

/** Returns the path of the pinned Node binary, downloading it from the npm registry once. */
function cachedNode() {
  const platform = { linux: 'linux', darwin: 'darwin' }[process.platform];
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
  if (!platform || !arch) {
    fail(`This command needs Node ${MINIMUM_NODE.join('.')} or newer; install it from nodejs.org and run it again.`);
  }
  const cacheRoot = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const nodeDir = join(cacheRoot, 'policy-site', `node-v${PINNED_NODE}-${platform}-${arch}`);
  const nodeBin = join(nodeDir, 'bin', 'node');
  if (existsSync(nodeBin)) return nodeBin;

  const work = mkdtempSync(join(tmpdir(), 'policy-site-node-'));
  try {
    run('npm', ['pack', '--silent', `node-${platform}-${arch}@${PINNED_NODE}`, '--pack-destination', work], {
      cwd: work,
      quiet: true,
    });
    run('tar', ['xzf', `node-${platform}-${arch}-${PINNED_NODE}.tgz`], { cwd: work, quiet: true });
    mkdirSync(dirname(nodeDir), { recursive: true });
    rmSync(nodeDir, { recursive: true, force: true });
    renameSync(join(work, 'package'), nodeDir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (!existsSync(nodeBin))
    fail(`Could not unpack Node ${PINNED_NODE}; install Node ${MINIMUM_NODE.join('.')} or newer and run it again.`);
  return nodeBin;
}

/** Installs dependencies with `npm ci` when node_modules is missing or older than the lock file. */
function ensureDependencies() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing dependencies (npm ci)…');
  npm(['ci', '--no-audit', '--no-fund']);
}

/** Runs npm with the running Node, so that a re-run under the cached Node installs under it too. */
function npm(args, options = {}) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /npm-cli\.js$/.test(npmCli)) return run(process.execPath, [npmCli, ...args], options);
  return run('npm', args, options);
}

async function build() {
  return bin('astro', ['build']);
}

async function dev() {
  return bin('astro', ['dev', '--host', '127.0.0.1']);
}

async function start() {
  const status = await build();
  if (status !== 0) return status;
  const port = process.env.PORT || '4321';
  return runNode('scripts/serve/static-server.mjs', ['dist', port]);
}

/** Builds, then prints what each kind of page costs a reader (scripts/measure/measure-pages.mjs). */
async function measure() {
  const status = await build();
  return status === 0 ? runNode('scripts/measure/measure-pages.mjs') : status;
}

/**
 * Builds, then runs Lighthouse on each kind of page, mobile and desktop (scripts/measure/audit.mjs):
 * accessibility, best practices and SEO must be 100; it ends with the line CI reads.
 */
async function audit() {
  const { ensureChromium } = await import('./system.mjs');
  const chromium = ensureChromium({ root });
  if (!chromium.path) fail(chromium.reason);
  const status = await build();
  if (status !== 0) {
    console.log('tests: 0 passed, 1 failed, 0 skipped');
    return status;
  }
  return runNode('scripts/measure/audit.mjs', ['--assert']);
}

/** Builds the real site and synthetic 30/100/300-policy sets and prints how the build grows (scripts/measure/bench.mjs). */
async function bench() {
  return runNode('scripts/measure/bench.mjs');
}

/** Asks the site's search, served and from disk, the staff queries of tests/search/queries.yaml (scripts/measure/search-bench.mjs). */
async function benchSearch() {
  return runNode('scripts/measure/search-bench.mjs');
}

/** Checks formatting (Prettier), lint (typed typescript-eslint) and unused code (knip); the test command runs it too. */
async function lint() {
  const { runLint } = await import('../test/lint.mjs');
  return runLint(bin);
}

/** Builds at the root base, then writes the zip for opening from disk (scripts/export/export.mjs). */
async function exportBundle() {
  const status = await bin('astro', ['build'], { env: { ...process.env, BASE_PATH: '/' } });
  return status === 0 ? runNode('scripts/export/export.mjs') : status;
}

/** Runs a project script with the running Node (and its arguments). */
function runNode(script, args = []) {
  return spawnForwarding(process.execPath, [join(root, script), ...args]);
}

/** `npm run vitest -- <files or options>`: Vitest once, under the Node the project needs (Vitest 5 needs Node 22 or newer). */
async function vitest() {
  return bin('vitest', ['run', ...process.argv.slice(3)]);
}

/**
 * `npm run playwright -- <spec files or options>`: builds what the browser tests serve (the site,
 * under a sub-path, the fixture site, their exports), then runs Playwright on what is named, e.g.
 * `npm run playwright -- tests/e2e/decisions.spec.ts`. Never on an earlier build.
 */
async function playwright() {
  const { runAllTests } = await import('../test/test-all.mjs');
  return runAllTests({ root, bin, tier: 'browser', playwrightArgs: process.argv.slice(3) });
}

/** `npm run format [-- <paths>]`: rewrites in Prettier's format and names only the files it changed. */
async function format() {
  const paths = process.argv.slice(3);
  return bin('prettier', ['--write', '--list-different', ...(paths.length > 0 ? paths : ['.'])]);
}

/** Rewrites tests/machines/decision-paths.md from the machines (Vitest's file snapshot, updated). */
async function updateDecisionPaths() {
  return bin('vitest', ['run', 'tests/machines/all-decisions.test.ts', '-t', 'committed table', '--update']);
}

/** Runs every check and test, then prints one summary line that CI reads. */
async function test() {
  const { runAllTests } = await import('../test/test-all.mjs');
  return runAllTests({ root, bin });
}

/** The exhaustive sweeps npm test samples (axe, the HTML validators on every page and step); CI runs both. */
async function testFull() {
  const { runAllTests } = await import('../test/test-all.mjs');
  return runAllTests({ root, bin, tier: 'full' });
}

/** Runs a binary from node_modules/.bin with the running Node, streaming its output. */
function bin(name, args, options = {}) {
  return spawnForwarding(join(root, 'node_modules', '.bin', name), args, options);
}

/**
 * Runs a program with this process's output, passing on Ctrl-C (SIGINT), SIGTERM and SIGHUP, so
 * that stopping this process stops the program too; resolves to its exit code.
 */
function spawnForwarding(file, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(file, args, { cwd: root, stdio: 'inherit', ...options });
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    const forward = (signal) => child.kill(signal);
    for (const signal of signals) process.on(signal, forward);
    child.on('exit', (code, signal) => {
      for (const name of signals) process.off(name, forward);
      resolvePromise(code ?? (signal ? 1 : 0));
    });
  });
}

/** Runs a command to completion; exits with its message when it fails. */
function run(file, args, { cwd = root, quiet = false } = {}) {
  const result = spawnSync(file, args, {
    cwd,
    stdio: quiet ? ['ignore', 'ignore', 'pipe'] : 'inherit',
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    fail(`${[file, ...args].join(' ')} failed${result.stderr ? `:\n${result.stderr.trim()}` : ''}`);
  }
  return result;
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
