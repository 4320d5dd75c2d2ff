/**
 * The synthetic policy sets `npm run bench` builds (scripts/measure/bench.mjs): policies of 15–25
 * clauses of real clause text, every third numbered 1.1, 1.2, 1.2.1, in eight groups, each with
 * decisions citing its clause ids, their words, scenario pages and a machine registry. Seeded, so
 * every run writes the same sets.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../../..', import.meta.url).pathname;
/** The decisions each synthetic policy has. */
export const SCENARIOS_PER_POLICY = 3;
/** The groups the home page lists synthetic policies under (policy.yaml `group`). */
const GROUPS = ['Governance', 'Staff', 'Students', 'Instruction', 'Finance', 'Facilities', 'Community', 'Technology'];

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
export function generateSet(count, folder) {
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
