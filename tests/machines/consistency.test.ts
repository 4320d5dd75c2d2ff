/**
 * Same facts, same verdict, whichever question a person starts from. Every answer states the facts
 * it establishes (machines/facts.ts); this test pairs every path of one decision with every path of
 * another that could describe the same situation, and fails when they disagree:
 *
 * - a path that says everything another says (and perhaps more) must not give a more permissive
 *   verdict: "Not allowed" for a photo without consent cannot become "Allowed" once more is known;
 * - where one path lets a person go ahead and another, about a situation both could describe,
 *   stops them, the first must at least name the clause the second rests on among its conditions
 *   or clauses. A wrong "Allowed" is the worst answer the site can give.
 */
import { describe, expect, it } from 'vitest';
import { areCompatible, implies } from '../../machines/facts';
import { loadAllMachines } from '../../machines/index';
import { isBlocking, severityOf } from '../../machines/verdicts';
import {
  clausesBlockingOn,
  clausesMentioned,
  describePath,
  outcomePaths,
  type OutcomePath,
} from '../helpers/decision-paths';

const machines = await loadAllMachines();
const paths = [...machines].flatMap(([id, machine]) => outcomePaths(id, machine));

/** Every pair of paths from two different decisions that could describe one situation. */
function pairsAcrossDecisions(): [OutcomePath, OutcomePath][] {
  const pairs: [OutcomePath, OutcomePath][] = [];
  for (const [index, first] of paths.entries()) {
    for (const second of paths.slice(index + 1)) {
      if (first.scenario !== second.scenario && areCompatible(first.facts, second.facts)) pairs.push([first, second]);
    }
  }
  return pairs;
}

describe('same facts, same verdict across decisions', () => {
  const pairs = pairsAcrossDecisions();

  it('finds the decisions that meet the same situations', () => {
    // Decisions about posting meet each other, as do decisions about students online; a check that compared nothing would pass vacuously.
    const met = new Set(pairs.map(([a, b]) => [a.scenario, b.scenario].sort().join(' + ')));
    for (const expected of [
      'personal-post + sharing-student-content',
      'personal-post + representing-the-division',
      'representing-the-division + sharing-student-content',
      'messaging-a-student + school-group',
      'friend-request + messaging-a-student',
      'friend-request + school-group',
    ]) {
      expect([...met]).toContain(expected);
    }
  });

  it('never gives a more permissive verdict to a path that knows as much as another and more', () => {
    const problems = pairs.flatMap(([a, b]) =>
      [
        [a, b],
        [b, a],
      ].flatMap(([specific, general]) =>
        specific &&
        general &&
        implies(specific.facts, general.facts) &&
        severityOf(specific.meta.verdict) < severityOf(general.meta.verdict)
          ? [`${describePath(specific)}\n    is more permissive than\n  ${describePath(general)}`]
          : [],
      ),
    );
    expect(problems, problems.join('\n\n')).toEqual([]);
  });

  it('names, wherever it lets a person go ahead, every clause that stops them in a situation it could describe', () => {
    const problems = pairs.flatMap(([a, b]) =>
      [
        [a, b],
        [b, a],
      ].flatMap(([permitting, blocking]) => {
        if (!permitting || !blocking || isBlocking(permitting.meta.verdict) || !isBlocking(blocking.meta.verdict))
          return [];
        const mentioned = clausesMentioned(permitting.meta);
        const missing = clausesBlockingOn(blocking.meta).filter((clause) => !mentioned.has(clause));
        return missing.length > 0
          ? [
              `${describePath(permitting)}\n    does not mention ${missing.join(', ')}, on which\n  ${describePath(blocking)}`,
            ]
          : [];
      }),
    );
    expect(problems, problems.join('\n\n')).toEqual([]);
  });
});
