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
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../setup/system.mjs';
import { serveSite } from '../serve/static-server.mjs';
import { pageWeight } from './page-weight.mjs';

const root = new URL('../..', import.meta.url).pathname;
const benchRoot = join(root, '.bench');
const sizesArgument = process.argv.indexOf('--sizes');
const SIZES = sizesArgument >= 0 ? (process.argv[sizesArgument + 1] ?? '').split(',').map(Number) : [30, 100, 300];
const SCENARIOS_PER_POLICY = 3;
/** The groups the home page lists synthetic policies under (policy.yaml `group`). */
const GROUPS = ['Governance', 'Staff', 'Students', 'Instruction', 'Finance', 'Facilities', 'Community', 'Technology'];
/** The HTML budget of every page (tests/site/budgets.test.ts), KB gzip: the bench names the pages above it. */
const HTML_BUDGET_KB = 14;

/** A seeded random number generator (mulberry32), so every run builds the same sets. */
function randomFrom(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every real policy's clauses (title and text): the pool synthetic policies draw from. */
function readTextPool() {
  const policies = join(root, 'content/policies');
  const files = readdirSync(policies).flatMap((policy) => {
    const folder = join(policies, policy, 'clauses');
    return existsSync(folder) ? readdirSync(folder).map((name) => join(folder, name)) : [];
  });
  const clauses = files.map((file) => {
    const source = readFileSync(file, 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
    const title = /^title:\s*"?(.*?)"?$/m.exec(frontmatter)?.[1] ?? file;
    return { title, body: body.trim() };
  });
  return { clauses };
}

const quote = (text) => JSON.stringify(text);

/** Writes one synthetic set of `count` policies into `folder`: content/ and the machine registry. */
function generateSet(count, folder) {
  const random = randomFrom(count);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const { clauses: pool } = readTextPool();
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'content'), { recursive: true });
  writeFileSync(
    join(folder, 'content/site.yaml'),
    `name: ${quote(`${count} synthetic policies`)}\ndescription: ${quote('A synthetic site for the scale benchmark.')}\nintroduction: ${quote(`${count} generated policies, built to measure how the site grows.`)}\n`,
  );
  const registry = [];
  for (let index = 1; index <= count; index += 1) {
    const slug = `synthetic-policy-${String(index).padStart(3, '0')}`;
    const policyFolder = join(folder, 'content/policies', slug);
    mkdirSync(join(policyFolder, 'clauses'), { recursive: true });
    const clauseCount = 15 + Math.floor(random() * 11);
    const sectionCount = 3 + Math.floor(random() * 3);
    // Every third policy is numbered as many divisions number theirs: 1.1, 1.2, 1.2.1 (dotted).
    const dotted = index % 3 === 0;
    const ids = [];
    /** The published text of each section, as source.txt prints it (the build compares it with the clause files). */
    const printed = new Map();
    const clausesInSection = new Map();
    for (let clause = 0; clause < clauseCount; clause += 1) {
      const section = 1 + Math.floor((clause * sectionCount) / clauseCount);
      const position = clausesInSection.get(section) ?? 0;
      const previous = ids.at(-1) ?? '';
      const subClause = dotted && position > 0 && /^\d+\.\d+$/.test(previous) && random() < 0.25;
      const id = !dotted
        ? `${section}${String.fromCharCode(97 + position)}`
        : subClause
          ? `${previous}.1`
          : `${section}.${position + 1}`;
      if (!subClause) clausesInSection.set(section, position + 1);
      ids.push(id);
      const text = pick(pool);
      printed.set(section, [
        ...(printed.get(section) ?? []),
        dotted ? `${id} ${text.body}` : ` - ${id.slice(-1)}) ${text.body}`,
      ]);
      writeFileSync(
        join(policyFolder, 'clauses', `${id}.mdx`),
        `---\nid: ${quote(id)}\nsection: ${section}\ntitle: ${quote(`${text.title} (${slug} ${id})`)}\nkeywords: [${quote(`keyword-${index}-${id}`)}]\n---\n\n${text.body}\n`,
      );
    }
    const sections = Array.from(
      { length: sectionCount },
      (_, number) => `  - number: ${number + 1}\n    title: ${quote(`Section ${number + 1} of policy ${index}`)}`,
    ).join('\n');
    writeFileSync(
      join(policyFolder, 'policy.yaml'),
      [
        `title: ${quote(`Synthetic Policy ${index}`)}`,
        `citationTitle: ${quote(`Synthetic Policy ${index}`)}`,
        `summary: ${quote(`A synthetic policy, number ${index}, built by npm run bench.`)}`,
        `group: ${quote(GROUPS[index % GROUPS.length])}`,
        `numbering: ${dotted ? 'dotted' : 'letters'}`,
        "adopted: '2012-04'",
        "reviewed: '2020-02'",
        'background:',
        `  - ${quote('The Division recognizes that this synthetic policy exists only to measure how the site grows.')}`,
        'definitions:',
        `  - id: synthetic-term-${index}`,
        `    term: ${quote(`Synthetic term ${index}`)}`,
        `    text: ${quote(`“Synthetic term ${index}” means a word defined only for the benchmark.`)}`,
        `procedures: ${quote('Divisional staff will implement the following procedures:')}`,
        'sections:',
        sections,
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(policyFolder, 'source.txt'),
      [
        `SYNTHETIC POLICY ${index}`,
        'Background',
        'The Division recognizes that this synthetic policy exists only to measure how the site grows.',
        'Definitions',
        `“Synthetic term ${index}” means a word defined only for the benchmark.`,
        'Procedures',
        'Divisional staff will implement the following procedures:',
        ...Array.from({ length: sectionCount }, (_, number) =>
          [`${number + 1}. Section ${number + 1} of policy ${index}`, ...(printed.get(number + 1) ?? [])].join('\n'),
        ),
        'April, 2012',
        'Reviewed: February 2020',
        '',
      ].join('\n\n'),
    );
    for (let scenario = 1; scenario <= SCENARIOS_PER_POLICY; scenario += 1) {
      const id = `${slug}-decision-${scenario}`;
      const cites = [pick(ids), pick(ids), pick(ids)];
      registry.push([id, cites]);
      mkdirSync(join(folder, 'content/scenarios'), { recursive: true });
      writeFileSync(
        join(folder, 'content/scenarios', `${id}.mdx`),
        `---\nid: ${id}\npolicy: ${slug}\ncheckedAgainst: '2020-02'\nquestion: ${quote(`May I do thing ${scenario} under policy ${index}?`)}\ntitle: ${quote(`Thing ${scenario} under policy ${index}`)}\nsummary: ${quote('Whether you may, and on what conditions.')}\nshortAnswer: ${quote(`Only if clauses ${cites[0]} and ${cites[1]} are met.`)}\norder: ${index * 10 + scenario}\n---\n\nA synthetic decision for the benchmark.\n`,
      );
      // Its words, as the real decisions have them (YAML, written here as JSON, which YAML reads).
      const [first, second, third] = cites;
      const answers = { yes: 'Yes', no: 'No', notSure: 'Not sure' };
      mkdirSync(join(folder, 'content/decisions'), { recursive: true });
      writeFileSync(
        join(folder, 'content/decisions', `${id}.yaml`),
        JSON.stringify({
          isFirstConditionMet: {
            prompt: `Does what you plan meet clause ${first}?`,
            hint: 'Read the clause below before you answer.',
            answers,
          },
          isSecondConditionMet: { prompt: `Does it also meet clause ${second}?`, answers },
          allowed: { title: 'Allowed', explanation: `Clauses ${first} and ${second} are both met.` },
          allowedWithConditions: {
            title: 'Allowed with conditions',
            explanation: `Clause ${first} is met; clause ${third} sets what else must be done.`,
            conditions: [{ text: `Follow clause ${third}.`, cites: [third] }],
          },
          notAllowed: {
            title: 'Not allowed',
            explanation: `Clause ${first} is not met.`,
            wouldAllow: `Meeting clause ${first}.`,
          },
          notDecided: {
            title: 'Not decided by this policy',
            explanation: 'Find out before you act.',
            askWhom: 'Your principal or supervisor.',
          },
        }),
      );
    }
  }
  // The registry the build uses instead of machines/index.ts (astro.config.mjs, POLICY_MACHINES_REGISTRY).
  const factory = relative(folder, join(root, 'scripts/measure/bench/synthetic-machine.ts'));
  writeFileSync(
    join(folder, 'registry.ts'),
    `import type { DecisionMachine } from '../../machines/types.ts';\nimport { createSyntheticMachine } from '${factory}';\n\nconst cites: Record<string, [string, string, string]> = ${JSON.stringify(Object.fromEntries(registry))};\nconst machines = new Map(Object.entries(cites).map(([id, clauseIds]) => [id, createSyntheticMachine(id, clauseIds) as DecisionMachine]));\nexport type ScenarioId = string;\nexport const SCENARIO_IDS = [...machines.keys()];\nexport const loadAllMachines = (): Promise<Map<ScenarioId, DecisionMachine>> => Promise.resolve(new Map(machines));\nexport const isScenarioId = (id: string): id is ScenarioId => machines.has(id);\nexport const loadMachine = (id: ScenarioId): Promise<DecisionMachine> => Promise.resolve(machines.get(id) as DecisionMachine);\n`,
  );
}

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
