/** Walks a machine through answers, for the routing tests: `decide(machine, 'student', 'yes')`. */
import type { DecisionMachine, DecisionMeta, QuestionMeta } from '../../machines/types';
import { answerInTurn, metaOf, stateNameOf, unmetRequirementsOf } from '../../src/lib/decision';

/** Where a sequence of answers leads: the state's name, its metadata and the requirements recorded as not met. */
export function decide(machine: DecisionMachine, ...answers: string[]) {
  const walked = answerInTurn(machine, answers);
  if ('refused' in walked)
    throw new Error(
      `"${walked.refused.question}" does not accept the answer "${walked.refused.answer}" (after ${walked.steps.map((step) => step.answer).join(', ') || 'no answers'})`,
    );
  const { snapshot, steps } = walked;
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
