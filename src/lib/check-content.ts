/**
 * Checks that need more than one content file: things a per-file schema cannot see.
 * Pure, so tests can feed it broken fixtures directly; src/data/ runs it on every build and
 * stops the build with all the problems at once.
 */
import type { ClauseData, Policy, WorkedExample } from '../../content/schema';
import type { DecisionMachine } from '../../machines/types';
import { VERDICT_LABELS } from '../../machines/verdicts';
import { fitsNumbering, parentIdOf, parseClauseId } from './clause-id';
import {
  answerQuestion,
  citationsOf,
  metaOf,
  outcomeStates,
  questionMeta,
  startOf,
  stateNameOf,
  statesInOrder,
} from './decision';
import type { AnsweredStep } from './step-address';

/** Where a decision's machine is written (machines/index.ts finds it there). */
const machineFileOf = (scenarioId: string) => `machines/decisions/${scenarioId}.ts`;

/** A policy as loaded: its slug (folder name), its file, its validated data. */
export interface PolicyFile {
  slug: string;
  file: string;
  data: Policy;
}

/** A clause as loaded: the policy folder it sits in, its file, frontmatter and verbatim body. */
export interface ClauseFile {
  policySlug: string;
  file: string;
  data: ClauseData;
  body: string;
}

/** One authoring mistake: where it is, which field, and what to do about it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Returns every cross-file problem in the policies and clauses; an empty list means all is well. */
export function checkPolicyContent(policies: PolicyFile[], clauses: ClauseFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const policyBySlug = new Map(policies.map((policy) => [policy.slug, policy]));

  for (const policy of policies) {
    const seenSections = new Set<number>();
    for (const section of policy.data.sections) {
      if (seenSections.has(section.number)) {
        problems.push({
          file: policy.file,
          field: 'sections',
          message: `section ${section.number} is listed twice; give each section once`,
        });
      }
      seenSections.add(section.number);
    }
    const seenDefinitions = new Set<string>();
    for (const definition of policy.data.definitions) {
      if (seenDefinitions.has(definition.id)) {
        problems.push({
          file: policy.file,
          field: 'definitions',
          message: `definition id "${definition.id}" is used twice; give each definition its own id`,
        });
      }
      seenDefinitions.add(definition.id);
    }
    for (const clauseId of policy.data.statusNoteClauses) {
      if (!clauses.some((clause) => clause.policySlug === policy.slug && clause.data.id === clauseId)) {
        problems.push({
          file: policy.file,
          field: 'statusNoteClauses',
          message: `"${clauseId}" is not a clause of ${policy.slug}; list ids of existing clauses`,
        });
      }
    }
    if (!clauses.some((clause) => clause.policySlug === policy.slug)) {
      problems.push({
        file: policy.file,
        field: 'clauses',
        message: `the policy has no clauses; add one MDX file per clause in ${policy.slug}/clauses/`,
      });
    }
  }

  const clauseFilesById = new Map<string, ClauseFile[]>();
  for (const clause of clauses) {
    const key = `${clause.policySlug}/${clause.data.id}`;
    clauseFilesById.set(key, [...(clauseFilesById.get(key) ?? []), clause]);
  }

  for (const clause of clauses) {
    const policy = policyBySlug.get(clause.policySlug);
    if (!policy) {
      problems.push({
        file: clause.file,
        field: '(folder)',
        message: `there is no policy.yaml in the folder "${clause.policySlug}"; add one, or move the clause into an existing policy folder`,
      });
      continue;
    }
    const sections = policy.data.sections.map((section) => section.number);
    const printsSections = sections.length > 0;
    if (printsSections && clause.data.section === undefined) {
      problems.push({
        file: clause.file,
        field: 'section',
        message: `give the number of the section the clause sits under (${policy.slug}'s sections: ${sections.join(', ')}), e.g. "section: ${String(sections[0])}"`,
      });
    } else if (printsSections && !sections.includes(clause.data.section ?? 0)) {
      problems.push({
        file: clause.file,
        field: 'section',
        message: `${String(clause.data.section)} is not a section of ${policy.slug} (its sections: ${sections.join(', ')}); use one of them or add the section to ${policy.file}`,
      });
    } else if (!printsSections && clause.data.section !== undefined) {
      problems.push({
        file: clause.file,
        field: 'section',
        message: `${policy.file} lists no sections (the procedure prints no section headings), so leave out "section:"; or list the sections the text prints in ${policy.file}`,
      });
    }
    if (!fitsNumbering(clause.data.id, policy.data.numbering, printsSections)) {
      problems.push({
        file: clause.file,
        field: 'id',
        message: `clause "${clause.data.id}" is numbered ${parseClauseId(clause.data.id).numbering}, but ${policy.file} declares numbering: ${policy.data.numbering}${printsSections ? '' : ' (top-level clauses plain, "1")'}; write the id as the policy numbers its clauses`,
      });
    }
    if (
      printsSections &&
      clause.data.section !== undefined &&
      parseClauseId(clause.data.id).section !== clause.data.section
    ) {
      problems.push({
        file: clause.file,
        field: 'id',
        message: `clause "${clause.data.id}" does not start with its section number ${String(clause.data.section)}; make id and section agree`,
      });
    }
    // A sub-clause ("1.2", "1a") of a policy without section headings hangs under its clause ("1").
    const parentId = parentIdOf(clause.data.id);
    if (!printsSections && parentId !== undefined && !clauseFilesById.has(`${clause.policySlug}/${parentId}`)) {
      problems.push({
        file: clause.file,
        field: 'id',
        message: `clause "${clause.data.id}" is a sub-clause of "${parentId}", which has no file; add clauses/${parentId}.mdx with the text the procedure prints after "${parentId}."`,
      });
    }
    const sameId = clauseFilesById.get(`${clause.policySlug}/${clause.data.id}`) ?? [];
    if (sameId.length > 1 && sameId[0] === clause) {
      problems.push({
        file: clause.file,
        field: 'id',
        message: `duplicate clause id "${clause.data.id}", also used by ${sameId
          .slice(1)
          .map((other) => other.file)
          .join(', ')}; each clause needs its own id`,
      });
    }
    for (const related of clause.data.related) {
      if (!clauseFilesById.has(`${clause.policySlug}/${related}`)) {
        problems.push({
          file: clause.file,
          field: 'related',
          message: `"${related}" is not a clause of ${clause.policySlug}; use the id of an existing clause`,
        });
      }
    }
    for (const definitionId of clause.data.definitions) {
      if (!policy.data.definitions.some((definition) => definition.id === definitionId)) {
        const known = policy.data.definitions.map((definition) => definition.id).join(', ') || 'none';
        problems.push({
          file: clause.file,
          field: 'definitions',
          message: `"${definitionId}" is not a definition of ${policy.slug} (its definitions: ${known}); use one of those ids or add the definition to ${policy.file}`,
        });
      }
    }
    const readingIds = clause.data.readings.map((reading) => reading.id);
    for (const [index, id] of readingIds.entries()) {
      if (readingIds.indexOf(id) !== index) {
        problems.push({
          file: clause.file,
          field: 'readings',
          message: `reading id "${id}" is used twice in this clause; give each reading its own id`,
        });
      }
    }
    if (clause.body.trim() === '') {
      problems.push({
        file: clause.file,
        field: '(body)',
        message: 'the clause has no text; copy the clause verbatim from source.txt below the frontmatter',
      });
    }
  }
  return problems;
}

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

/** A worked example as loaded: its file and validated data. */
export interface ExampleFile {
  file: string;
  data: WorkedExample;
}

/** Where a worked example's walk leads: the answered steps and the outcome, or the first problem on the way. */
export type ExampleWalkResult = { steps: AnsweredStep[]; outcome: string } | { problem: string };

/** Walks a decision with a worked example's answers, in order, as a person clicking through would. */
export function walkExample(machine: DecisionMachine, answers: Record<string, string>): ExampleWalkResult {
  let snapshot = startOf(machine);
  const steps: AnsweredStep[] = [];
  for (const [question, answer] of Object.entries(answers)) {
    const meta = metaOf(machine, snapshot);
    const here = stateNameOf(snapshot);
    if (meta.kind !== 'question')
      return {
        problem: `the decision has already ended at "${here}" before "${question}"; remove the answers after it`,
      };
    if (here !== question)
      return {
        problem: `the decision asks "${here}" here, not "${question}"; list the answers in the order the decision asks them`,
      };
    const next = answerQuestion(machine, snapshot, answer);
    if (!next)
      return {
        problem: `"${answer}" is not an answer to "${question}" (its answers: ${meta.answers.map((option) => option.answer).join(', ')})`,
      };
    steps.push({ question, answer });
    snapshot = next;
  }
  const end = metaOf(machine, snapshot);
  if (end.kind !== 'outcome')
    return { problem: `the answers stop at the question "${stateNameOf(snapshot)}"; answer it too` };
  return { steps, outcome: stateNameOf(snapshot) };
}

/**
 * Checks every worked example against the decisions (each walk must reach an outcome with its
 * verdict, quoting its clauses) and its topic against the topics (content/example-topics.yaml).
 */
export function checkWorkedExamples(
  examples: ExampleFile[],
  machines: ReadonlyMap<string, DecisionMachine>,
  topics: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  for (const { file, data } of examples) {
    if (seen.has(data.id))
      problems.push({
        file,
        field: `${data.id}.id`,
        message: `the id "${data.id}" is used twice; give each example its own`,
      });
    seen.add(data.id);
    if (!topics.includes(data.topic))
      problems.push({
        file,
        field: `${data.id}.topic`,
        message:
          topics.length > 0
            ? `"${data.topic}" is not a topic in example-topics.yaml (its topics: ${topics.join(', ')}); use one of them or add it there`
            : `there is no example-topics.yaml beside examples.yaml: add one that lists "${data.topic}" with its heading`,
      });
    for (const [index, walk] of data.walks.entries()) {
      const field = `${data.id}.walks[${index}]`;
      const machine = machines.get(walk.scenario);
      if (!machine) {
        problems.push({
          file,
          field: `${field}.scenario`,
          message: `there is no decision "${walk.scenario}" (decisions: ${[...machines.keys()].join(', ')})`,
        });
        continue;
      }
      const result = walkExample(machine, walk.answers);
      if ('problem' in result) {
        problems.push({ file, field: `${field}.answers`, message: result.problem });
        continue;
      }
      const outcome = outcomeStates(machine).find(([name]) => name === result.outcome)?.[1];
      if (outcome && outcome.verdict !== walk.verdict) {
        problems.push({
          file,
          field: `${field}.verdict`,
          message: `the answers now lead to "${VERDICT_LABELS[outcome.verdict]}" (${result.outcome}), not "${VERDICT_LABELS[walk.verdict]}"; check the example's answer and verdict against the decision`,
        });
      }
      const missing = walk.cites.filter((clause) => !outcome?.cites.includes(clause));
      if (missing.length > 0) {
        problems.push({
          file,
          field: `${field}.cites`,
          message: `the outcome "${result.outcome}" does not quote ${missing.join(', ')} (it quotes ${outcome?.cites.join(', ')})`,
        });
      }
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

/**
 * The problem with the line of its YAML file where its top-level field is written
 * (`policy.yaml:6` for `adopted`), so an author goes straight to it; unchanged when the problem
 * names a line already or the field is not written in `raw` (the file's text).
 */
export function atFieldLine(problem: ContentProblem, raw: string): ContentProblem {
  if (/:\d+$/.test(problem.file)) return problem;
  const index = raw.split(/\r?\n/).findIndex((line) => line.startsWith(`${problem.field}:`));
  return index === -1 ? problem : { ...problem, file: `${problem.file}:${String(index + 1)}` };
}

/** Formats problems as one message per line, for a build error. */
export function formatContentProblems(problems: ContentProblem[]): string {
  return [
    `The policy content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
    ...problems.map((problem) => `  ${problem.file} — field "${problem.field}": ${problem.message}`),
  ].join('\n');
}
