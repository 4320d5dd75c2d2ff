/** The answer to a self-check situation, replayed through its decision at build time (src/data/self-check.ts). */
import type { WorkedExample } from '../../content/schema';
import type { DecisionMachine } from '../../machines/types';
import { stateMeta, walkInOrder } from './decision';
import type { SelfCheckSituation } from './self-check';

/**
 * A worked example as a self-check situation: the verdict its first walk reaches in the decision as
 * it is now, and the clauses the example names. A changed decision changes the answer on the next
 * build; where the example's stated verdict no longer agrees, checkWorkedExamples stops the build.
 */
export function selfCheckAnswer(
  example: WorkedExample,
  machines: ReadonlyMap<string, DecisionMachine>,
): SelfCheckSituation | { problem: string } {
  const walk = example.walks[0];
  const machine = walk && machines.get(walk.scenario);
  if (!walk || !machine) return { problem: `${example.id}: its first walk names no decision of this site` };
  const result = walkInOrder(machine, walk.answers);
  if ('problem' in result) return { problem: `${example.id}: ${result.problem}` };
  const meta = stateMeta(machine, result.outcome);
  if (meta?.kind !== 'outcome') return { problem: `${example.id}: the walk ends at no outcome` };
  return { id: example.id, verdict: meta.verdict, cites: walk.cites };
}
