/**
 * Checks of decisions against the content: every scenario page has a machine, every clause a machine
 * cites exists in its policy, every fact it asserts is declared in the policy's facts.yaml, and it
 * was checked against the policy's current version. Pure; src/data/scenarios.ts runs them on every
 * build.
 */
import type { DecisionMachine } from '../../machines/types';
import type { ClauseFile, PolicyFile } from './check-content';
import type { ContentProblem } from './content-problems';
import { citationsOf, outcomeStates, questionMeta, statesInOrder } from './decision';

/** Where a decision's machine is written (machines/index.ts finds it there). */
export const machineFileOf = (scenarioId: string) => `machines/decisions/${scenarioId}.ts`;

/** A scenario page as loaded: its file, frontmatter id and policy. */
export interface ScenarioFile {
  file: string;
  /** The file name without .mdx. */
  name: string;
  data: { id: string; policy: string };
}

/**
 * Checks scenario pages against the machine registry and the policies: every page has a machine,
 * every clause a machine cites exists in the page's policy, every outcome cites a clause, every
 * hand-over names a scenario that exists.
 */
export function checkScenarioContent(
  scenarios: ScenarioFile[],
  machines: ReadonlyMap<string, DecisionMachine>,
  policies: PolicyFile[],
  clauses: ClauseFile[],
  /** Each policy's request letters (its letters.yaml), by policy slug: the ids. */
  letters: ReadonlyMap<string, readonly string[]>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const scenarioIds = new Set(scenarios.map((scenario) => scenario.data.id));
  for (const scenario of scenarios) {
    const { id, policy } = scenario.data;
    if (scenario.name !== id) {
      problems.push({
        file: scenario.file,
        field: 'id',
        message: `the id "${id}" differs from the file name "${scenario.name}"; name the file <id>.mdx`,
      });
    }
    const machine = machines.get(id);
    if (!machine) {
      problems.push({
        file: scenario.file,
        field: 'id',
        message: `no machine "${id}": add machines/decisions/${id}.ts (decisions: ${[...machines.keys()].join(', ')})`,
      });
      continue;
    }
    if (!policies.some((candidate) => candidate.slug === policy)) {
      problems.push({
        file: scenario.file,
        field: 'policy',
        message: `there is no policy "${policy}" (policies: ${policies.map((candidate) => candidate.slug).join(', ')})`,
      });
      continue;
    }
    problems.push(...checkDecisionRouting(id, machine));
    const known = new Set(clauses.filter((clause) => clause.policySlug === policy).map((clause) => clause.data.id));
    for (const { state, clauseId } of citationsOf(machine)) {
      if (!known.has(clauseId)) {
        problems.push({
          file: machineFileOf(id),
          field: `states.${state}.meta.cites`,
          message: `cites clause "${clauseId}", which ${policy} does not have (its clauses: ${[...known].join(', ')})`,
        });
      }
    }
    for (const [state, meta] of outcomeStates(machine)) {
      const letter = meta.request?.letter;
      if (letter !== undefined && !(letters.get(policy) ?? []).includes(letter)) {
        const known = letters.get(policy) ?? [];
        problems.push({
          file: machineFileOf(id),
          field: `states.${state}.meta.request.letter`,
          message: `prepares the letter "${letter}", which content/policies/${policy}/letters.yaml does not have (${known.length > 0 ? `its letters: ${known.join(', ')}` : 'there is no letters.yaml'}); add the letter there or fix the id`,
        });
      }
      for (const { clause: clauseId, reading } of meta.readings ?? []) {
        const clause = clauses.find((candidate) => candidate.policySlug === policy && candidate.data.id === clauseId);
        if (!clause?.data.readings.some((candidate) => candidate.id === reading)) {
          const known = clause?.data.readings.map((candidate) => candidate.id) ?? [];
          problems.push({
            file: machineFileOf(id),
            field: `states.${state}.meta.readings`,
            message: `relies on reading "${reading}" of clause "${clauseId}", which ${policy} does not have (that clause's readings: ${known.length > 0 ? known.join(', ') : 'none'}); add it to the clause's readings or fix the id`,
          });
        }
        if (!meta.cites.includes(clauseId)) {
          problems.push({
            file: machineFileOf(id),
            field: `states.${state}.meta.readings`,
            message: `relies on a reading of clause "${clauseId}" but does not cite it; add "${clauseId}" to cites so the clause is quoted with its reading`,
          });
        }
      }
      if (meta.cites.length === 0) {
        problems.push({
          file: machineFileOf(id),
          field: `states.${state}.meta.cites`,
          message: 'the outcome cites no clause; every outcome must rest on at least one',
        });
      }
      if (meta.handOff && !scenarioIds.has(meta.handOff.scenario)) {
        problems.push({
          file: machineFileOf(id),
          field: `states.${state}.meta.handOff`,
          message: `hands over to "${meta.handOff.scenario}", which has no scenario page`,
        });
      }
    }
  }
  return problems;
}

/**
 * Every answer a question offers has a transition (`answer.<name>`), and every transition an answer:
 * a question's answers are written once, in its routing, so a misspelt target event or a forgotten
 * answer is caught here rather than by a person who finds a button that does nothing.
 */
export function checkDecisionRouting(id: string, machine: DecisionMachine): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Routing only: this holds before the words are joined (and whether they are).
  for (const [state, node] of Object.entries(machine.states)) {
    if (node.meta?.kind !== 'question') continue;
    const offered = node.meta.answers.map((option) => `answer.${option.answer}`);
    const handled = [...node.transitions.keys()];
    for (const event of offered.filter((candidate) => !handled.includes(candidate))) {
      problems.push({
        file: machineFileOf(id),
        field: `states.${state}.on`,
        message: `offers the answer "${event.slice('answer.'.length)}" but has no transition "${event}"; add one to its on: { … }`,
      });
    }
    for (const event of handled.filter((candidate) => !offered.includes(candidate))) {
      problems.push({
        file: machineFileOf(id),
        field: `states.${state}.meta.answers`,
        message: `has a transition "${event}" but offers no answer "${event.replace(/^answer\./, '')}"; add it to the question's answers or remove the transition`,
      });
    }
  }
  return problems;
}

/**
 * Every fact a decision's answers assert, and every premise, uses the vocabulary its policy declares
 * in facts.yaml (machines/facts.ts): a fact's name and its values as listed there, so that the
 * consistency test compares like with like. `vocabularies` maps each policy with a facts.yaml to its
 * facts and their values.
 */
export function checkDecisionFacts(
  decisions: { id: string; policy: string; machine: DecisionMachine }[],
  vocabularies: ReadonlyMap<string, Readonly<Record<string, { values: readonly string[] }>>>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { id, policy, machine } of decisions) {
    const vocabulary = vocabularies.get(policy);
    const file = machineFileOf(id);
    const facts = `content/policies/${policy}/facts.yaml`;
    for (const state of statesInOrder(machine)) {
      const meta = questionMeta(machine, state);
      if (!meta) continue;
      const asserted = [
        ...(meta.premise ? [{ field: `states.${state}.meta.premise`, facts: meta.premise }] : []),
        ...meta.answers.flatMap((answer) =>
          answer.facts ? [{ field: `states.${state}.meta.answers.${answer.answer}.facts`, facts: answer.facts }] : [],
        ),
      ];
      for (const { field, facts: given } of asserted) {
        for (const [name, values] of Object.entries(given)) {
          const declared = vocabulary?.[name];
          if (!vocabulary) {
            problems.push({
              file,
              field,
              message: `asserts the fact "${name}", but ${facts} does not exist; declare the policy's facts there`,
            });
          } else if (!declared) {
            problems.push({
              file,
              field,
              message: `asserts the fact "${name}", which ${facts} does not declare (its facts: ${Object.keys(vocabulary).join(', ')}); add it there or fix the name`,
            });
          } else {
            for (const value of values.filter((candidate) => !declared.values.includes(candidate))) {
              problems.push({
                file,
                field,
                message: `gives the fact "${name}" the value "${value}", which ${facts} does not list (its values: ${declared.values.join(', ')})`,
              });
            }
          }
        }
      }
    }
  }
  return problems;
}

/**
 * A revision changes the words decisions rest on: each decision says which version of its policy
 * it was checked against (`checkedAgainst`), and the build stops until that is the current one.
 * `currentVersions` maps each dated policy to its current version; undated policies have none.
 */
export function checkDecisionVersions(
  decisions: { file: string; policy: string; checkedAgainst: string | undefined }[],
  currentVersions: ReadonlyMap<string, { month: string; name: string }>,
): ContentProblem[] {
  return decisions.flatMap(({ file, policy, checkedAgainst }) => {
    const current = currentVersions.get(policy);
    if (!current || checkedAgainst === current.month) return [];
    return [
      {
        file,
        field: 'checkedAgainst',
        message: `the decision was checked against ${checkedAgainst ?? 'no dated version'}, but ${policy} is now the version of ${current.name}: read each outcome against the new words (its changes page lists them, and tests/machines/decision-paths.md every path), correct the decision, then set checkedAgainst: '${current.month}'`,
      },
    ];
  });
}
