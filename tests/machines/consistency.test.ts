/**
 * Same facts, same verdict, whichever question a person starts from. Every answer states the facts
 * it establishes (machines/facts.ts; each policy's vocabulary in its facts.yaml); this test pairs every path of one decision with every path of
 * another that could describe the same situation, and fails when they disagree:
 *
 * - a path that says everything another says (and perhaps more) must not give a more permissive
 *   verdict: "Not allowed" for a photo without consent cannot become "Allowed" once more is known;
 * - where one path lets a person go ahead and another, about a situation both could describe,
 *   stops them, the first must at least name the clause the second rests on among its conditions
 *   or clauses. A wrong "Allowed" is the worst answer the site can give.
 *
 * The last group breaks copies of two decisions the way earlier versions of the site were wrong,
 * and checks that the test notices.
 */
import { createMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { loadAllMachines } from '../../machines/index';
import type { DecisionMachine, DecisionMeta } from '../../machines/types';
import {
  morePermissiveProblems,
  pairsAcrossDecisions,
  pathsOf,
  unmentionedClauseProblems,
} from '../helpers/consistency';
import { CONTENT_ROOT, readScenario, wordedMachines } from '../helpers/content-files';

const machines = wordedMachines(await loadAllMachines());
/** The policy each decision is on (its scenario page's `policy`): only decisions on one policy share facts. */
const policyOf = (scenario: string) => readScenario(CONTENT_ROOT, scenario).data.policy;

describe('same facts, same verdict across decisions', () => {
  const pairs = pairsAcrossDecisions(pathsOf(machines, policyOf));

  it('finds the decisions that meet the same situations', () => {
    // A check that compared nothing would pass vacuously: these decisions must meet each other.
    const met = new Set(pairs.map(([a, b]) => [a.scenario, b.scenario].sort().join(' + ')));
    for (const expected of [
      'personal-post + sharing-student-content',
      'personal-post + representing-the-division',
      'representing-the-division + sharing-student-content',
      // A reply or comment to a student is correspondence with them (3a).
      'messaging-a-student + personal-post',
      'messaging-a-student + representing-the-division',
      'personal-post + school-group',
      'messaging-a-student + school-group',
      'friend-request + messaging-a-student',
      'friend-request + school-group',
      // A class or club group is an online group, where 2(e) asks for one's own name.
      'academic-group + school-group',
      'academic-group + messaging-a-student',
      'academic-group + friend-request',
    ]) {
      expect([...met]).toContain(expected);
    }
  });

  it('never gives a more permissive verdict to a path that knows as much as another and more', () => {
    const problems = morePermissiveProblems(pairs);
    expect(problems, problems.join('\n\n')).toEqual([]);
  });

  it('names, wherever it lets a person go ahead, every clause that stops them in a situation it could describe', () => {
    const problems = unmentionedClauseProblems(pairs);
    expect(problems, problems.join('\n\n')).toEqual([]);
  });
});

/** A copy of a machine with its states changed: the same implementations (guards, actions), other routing or words. */
function mutated(machine: DecisionMachine, change: (states: Record<string, MutableState>) => void): DecisionMachine {
  const config = structuredClone(machine.config) as { states: Record<string, MutableState> };
  change(config.states);
  return createMachine(config as never, machine.implementations as never);
}

/** A state as the mutations edit it. */
interface MutableState {
  on?: Record<string, unknown>;
  meta?: DecisionMeta;
}

/** Takes a clause out of every outcome of a machine: its cites and the conditions that name it. */
function withoutClause(states: Record<string, MutableState>, clause: string) {
  for (const state of Object.values(states)) {
    const meta = state.meta;
    if (meta?.kind !== 'outcome') continue;
    meta.cites = meta.cites.filter((id) => id !== clause);
    if (meta.conditions) meta.conditions = meta.conditions.filter((condition) => !condition.cites.includes(clause));
  }
}

describe('the consistency test notices the mistakes it is there to catch', () => {
  it('fails when a reply to a student is allowed again without clause 3(a)', () => {
    // personal-post as it was: a reply to a student went through the ordinary checks to "Allowed with conditions".
    const broken = new Map(machines);
    broken.set(
      'personal-post',
      mutated(machines.get('personal-post') as DecisionMachine, (states) => {
        const question = states.isWrittenToStudent;
        if (question?.on) question.on['answer.yes'] = 'includesStudentContent';
        withoutClause(states, '3a');
      }),
    );
    const problems = unmentionedClauseProblems(pairsAcrossDecisions(pathsOf(broken, policyOf)));
    expect(problems.join('\n')).toMatch(
      /personal-post: .*isWrittenToStudent=yes.*\(allowed-with-conditions\)\n {4}does not mention 3a/,
    );
  });

  it('fails when a group outcome drops clause 2(e)', () => {
    const broken = new Map(machines);
    broken.set(
      'school-group',
      mutated(machines.get('school-group') as DecisionMachine, (states) => withoutClause(states, '2e')),
    );
    const problems = unmentionedClauseProblems(pairsAcrossDecisions(pathsOf(broken, policyOf)));
    expect(problems.join('\n')).toMatch(/school-group: .*⇒ allowedWithConditions .*\n {4}does not mention 2e/);
  });
});
