/**
 * What a decision says at a step: the state's name and its metadata (the question or the outcome),
 * every outcome, every clause cited and the requirements an outcome lists as unmet.
 */
import type { SnapshotFrom } from 'xstate';
import type { DecisionMachine, DecisionMeta, QuestionMeta } from '../../../machines/types';

/** Where a decision stands: XState's snapshot of its machine. */
export type DecisionSnapshot = SnapshotFrom<DecisionMachine>;

/** The state's name (decision machines are flat: the value is a string). */
export function stateNameOf(snapshot: DecisionSnapshot): string {
  return typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);
}

/**
 * A state's metadata as the site shows it: routing and words joined. The one reader of a state's
 * meta; it fails for a machine whose words were not joined (withWording, ./wording.ts), so no page
 * can show a question without its words.
 */
export function stateMeta(machine: DecisionMachine, state: string): DecisionMeta | undefined {
  const meta = Object.hasOwn(machine.states, state) ? machine.states[state]?.meta : undefined;
  if (meta === undefined) return undefined;
  if (!('prompt' in meta) && !('title' in meta))
    throw new Error(`machine "${machine.id}": state "${state}" has no words; join them with withWording`);
  return meta as DecisionMeta;
}

/** The metadata of the state a snapshot is in. */
export function metaOf(machine: DecisionMachine, snapshot: DecisionSnapshot): DecisionMeta {
  const meta = stateMeta(machine, stateNameOf(snapshot));
  if (!meta) throw new Error(`machine "${machine.id}": state "${stateNameOf(snapshot)}" has no meta`);
  return meta;
}

/** A question's metadata by state name (for labelling answers already given). */
export function questionMeta(machine: DecisionMachine, question: string): QuestionMeta | undefined {
  const meta = stateMeta(machine, question);
  return meta?.kind === 'question' ? meta : undefined;
}

/** Whether the person said it has already happened (machines/after-the-fact.ts): the outcome then adds what to do now. */
export function hasAlreadyHappened(snapshot: DecisionSnapshot): boolean {
  const context = snapshot.context as { alreadyDone?: boolean } | undefined;
  return context?.alreadyDone === true;
}

/** Every clause a machine cites, with the state that cites it (questions, requirements, outcomes, conditions, what still applies, the steps of the policy's words). */
export function citationsOf(machine: DecisionMachine): { state: string; clauseId: string }[] {
  return Object.keys(machine.states).flatMap((state) => {
    const meta = stateMeta(machine, state);
    if (!meta) return [];
    const ids =
      meta.kind === 'question'
        ? [...meta.cites, ...(meta.requirement?.cites ?? [])]
        : [
            ...meta.cites,
            ...[...(meta.conditions ?? []), ...(meta.stillApplies ?? [])].flatMap((condition) => condition.cites),
            ...[...(meta.nextSteps ?? []), ...(meta.afterTheFact ?? [])].flatMap((step) =>
              step.says === 'policy' ? step.cites : [],
            ),
          ];
    return [...new Set(ids)].map((clauseId) => ({ state, clauseId }));
  });
}

/** A requirement the decision records as not met (machines/group-requirements.ts): the question and the answer given. */
export interface UnmetRequirement {
  question: string;
  answer: 'no' | 'notSure';
}

/**
 * The requirements an outcome lists as not met, read from the machine's own context: the same
 * record its guards decide the verdict on, so the list and the verdict cannot disagree. In the
 * order the questions are asked.
 */
export function unmetRequirementsOf(machine: DecisionMachine, snapshot: DecisionSnapshot): UnmetRequirement[] {
  const context = snapshot.context as { missing?: string[]; unsure?: string[] } | undefined;
  const order = Object.keys(machine.states);
  return [
    ...(context?.missing ?? []).map((question) => ({ question, answer: 'no' as const })),
    ...(context?.unsure ?? []).map((question) => ({ question, answer: 'notSure' as const })),
  ].sort((a, b) => order.indexOf(a.question) - order.indexOf(b.question));
}

/** Turns a state or guard name into words: "hasUnmetRequirements" → "has unmet requirements". */
export function humanise(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
