/**
 * The cross-decision consistency checks (tests/machines/consistency.test.ts), as functions over
 * every path of a set of decisions, so that the test can run them on the real decisions and on
 * deliberately broken copies and show that they notice.
 */
import { areCompatible, implies } from '../../machines/facts';
import type { DecisionMachine } from '../../machines/types';
import { isBlocking, severityOf } from '../../machines/verdicts';
import { clausesBlockingOn, clausesMentioned, describePath, outcomePaths, type OutcomePath } from './decision-paths';

/** Every path of every decision, with the facts its answers establish and the policy the decision is on. */
export function pathsOf(
  machines: ReadonlyMap<string, DecisionMachine>,
  policyOf: (scenario: string) => string,
): PolicyPath[] {
  return [...machines].flatMap(([id, machine]) =>
    outcomePaths(id, machine).map((path) => ({ ...path, policy: policyOf(id) })),
  );
}

/** A path and the policy its decision is on: facts are a policy's own vocabulary (its facts.yaml). */
interface PolicyPath extends OutcomePath {
  policy: string;
}

/** Every pair of paths from two different decisions on the same policy that could describe one situation. */
export function pairsAcrossDecisions(paths: readonly PolicyPath[]): [OutcomePath, OutcomePath][] {
  const pairs: [OutcomePath, OutcomePath][] = [];
  for (const [index, first] of paths.entries()) {
    for (const second of paths.slice(index + 1)) {
      if (
        first.scenario !== second.scenario &&
        first.policy === second.policy &&
        areCompatible(first.facts, second.facts)
      )
        pairs.push([first, second]);
    }
  }
  return pairs;
}

/** Both orders of a pair. */
function bothWays([a, b]: [OutcomePath, OutcomePath]): [OutcomePath, OutcomePath][] {
  return [
    [a, b],
    [b, a],
  ];
}

/** A path that says everything another says (and perhaps more) must not give a more permissive verdict. */
export function morePermissiveProblems(pairs: readonly [OutcomePath, OutcomePath][]): string[] {
  return pairs.flatMap((pair) =>
    bothWays(pair).flatMap(([specific, general]) =>
      implies(specific.facts, general.facts) && severityOf(specific.meta.verdict) < severityOf(general.meta.verdict)
        ? [`${describePath(specific)}\n    is more permissive than\n  ${describePath(general)}`]
        : [],
    ),
  );
}

/**
 * Where one path lets a person go ahead and another, about a situation both could describe, stops
 * them, the first must name the clause the second rests on among its conditions or clauses.
 */
export function unmentionedClauseProblems(pairs: readonly [OutcomePath, OutcomePath][]): string[] {
  return pairs.flatMap((pair) =>
    bothWays(pair).flatMap(([permitting, blocking]) => {
      if (isBlocking(permitting.meta.verdict) || !isBlocking(blocking.meta.verdict)) return [];
      const mentioned = clausesMentioned(permitting.meta);
      const missing = clausesBlockingOn(blocking.meta).filter((clause) => !mentioned.has(clause));
      return missing.length > 0
        ? [
            `${describePath(permitting)}\n    does not mention ${missing.join(', ')}, on which\n  ${describePath(blocking)}`,
          ]
        : [];
    }),
  );
}
