/**
 * Checks the worked examples (content/examples.yaml) against the decisions: each walk, replayed in
 * order, must reach an outcome with the verdict and the clauses the example states, and each topic
 * must be listed in content/example-topics.yaml. Pure; src/data/examples.ts runs it on every build.
 */
import type { WorkedExample } from '../../content/schema';
import type { DecisionMachine } from '../../machines/types';
import { VERDICT_LABELS } from '../../machines/verdicts';
import type { ContentProblem } from './content-problems';
import { outcomeStates, walkInOrder } from './decision';

/** The self-check's own pages beside its situations (`/<policy>/check-yourself/<page>/`). */
const SELF_CHECK_PAGES: readonly string[] = ['summary', 'handout', 'key'];

/** A worked example as loaded: its file and validated data. */
export interface ExampleFile {
  file: string;
  data: WorkedExample;
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
    if (data.selfCheck && SELF_CHECK_PAGES.includes(data.id))
      problems.push({
        file,
        field: `${data.id}.id`,
        message: `a self-check situation cannot have the id "${data.id}": its address would be the self-check's ${data.id} page; rename the example`,
      });
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
      const result = walkInOrder(machine, walk.answers);
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
