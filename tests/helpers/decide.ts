/** Walks a machine through answers, for the routing tests: `decide(machine, 'student', 'yes')`. */
import type { DecisionMachine, DecisionMeta, QuestionMeta } from '../../machines/types';
import { answerQuestion, metaOf, startOf, stateNameOf, unmetRequirementsOf } from '../../src/lib/decision';
import type { AnsweredStep } from '../../src/lib/step-address';

/** Where a sequence of answers leads: the state's name, its metadata and the requirements recorded as not met. */
export function decide(machine: DecisionMachine, ...answers: string[]) {
  let snapshot = startOf(machine);
  const steps: AnsweredStep[] = [];
  for (const answer of answers) {
    const question = stateNameOf(snapshot);
    const next = answerQuestion(machine, snapshot, answer);
    if (!next)
      throw new Error(
        `"${question}" does not accept the answer "${answer}" (after ${steps.map((step) => step.answer).join(', ') || 'no answers'})`,
      );
    steps.push({ question, answer });
    snapshot = next;
  }
  const meta: DecisionMeta = metaOf(machine, snapshot);
  return {
    state: stateNameOf(snapshot),
    meta,
    steps,
    unmet: unmetRequirementsOf(machine, snapshot).map((requirement) => requirement.question),
  };
}

/** Every clause an outcome's conditions (and what still applies) name. */
export function conditionClauses(meta: DecisionMeta): string[] {
  return meta.kind === 'outcome'
    ? [...(meta.conditions ?? []), ...(meta.stillApplies ?? [])].flatMap((condition) => condition.cites)
    : [];
}

/** The ids of the readings (clause/reading) an outcome relies on. */
export function readingsOf(meta: DecisionMeta): string[] {
  return meta.kind === 'outcome' ? (meta.readings ?? []).map((ref) => `${ref.clause}/${ref.reading}`) : [];
}

/** The question a sequence of answers leads to; fails the test if it leads to an outcome. */
export function questionAfter(machine: DecisionMachine, ...answers: string[]): QuestionMeta {
  const { state, meta } = decide(machine, ...answers);
  if (meta.kind !== 'question') throw new Error(`the answers lead to the outcome "${state}", not a question`);
  return meta;
}
