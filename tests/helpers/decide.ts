/** Walks a machine through answers, for the routing tests: `decide(machine, 'student', 'yes')`. */
import type { DecisionMachine, DecisionMeta } from '../../machines/types';
import { answerQuestion, metaOf, startOf, stateNameOf, statesOf, unmetRequirements, type AnsweredStep } from '../../src/lib/decision';

/** Where a sequence of answers leads: the state's name, its metadata and the unmet requirements. */
export function decide(machine: DecisionMachine, ...answers: string[]) {
  let snapshot = startOf(machine);
  const steps: AnsweredStep[] = [];
  for (const answer of answers) {
    const question = stateNameOf(snapshot);
    const next = answerQuestion(machine, snapshot, answer);
    if (!next) throw new Error(`"${question}" does not accept the answer "${answer}" (after ${steps.map((step) => step.answer).join(', ') || 'no answers'})`);
    steps.push({ question, answer });
    snapshot = next;
  }
  const meta: DecisionMeta = metaOf(machine, snapshot);
  return { state: stateNameOf(snapshot), meta, steps, unmet: unmetRequirements(statesOf(machine), steps).map((requirement) => requirement.question) };
}
