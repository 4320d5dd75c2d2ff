/**
 * Walking a decision machine, shared by the build (pre-rendered steps and the compiled graph the
 * stepper island walks) and the tests. Pure: only xstate's `initialTransition()` / `transition()`, no DOM.
 * The step addresses and the XState-free walk live in ./decision-walk.ts.
 */
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import type { DecisionMachine, DecisionMeta, OutcomeMeta } from '../../machines/types';
import { MAX_STEPS, replayWith, type AnsweredStep, type DecisionGraph, type DecisionWalker } from './decision-walk';

export { parseStepPath, questionMetaByName, stepPath, toSlug, unmetRequirements, type AnsweredStep } from './decision-walk';

/** Where replaying a set of answers ended, and which answers did not fit the tree. */
export interface Replay {
  snapshot: AnyMachineSnapshot;
  steps: AnsweredStep[];
  /** Answers that were not used: unknown questions, unknown answers, or questions not on the path. */
  ignored: string[];
}

/** The state's name (decision machines are flat: the value is a string). */
export function stateNameOf(snapshot: AnyMachineSnapshot): string {
  return typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);
}

/** The metadata of the state a snapshot is in. */
export function metaOf(machine: DecisionMachine, snapshot: AnyMachineSnapshot): DecisionMeta {
  const meta = (snapshot.getMeta() as Record<string, DecisionMeta | undefined>)[`${machine.id}.${stateNameOf(snapshot)}`];
  if (!meta) throw new Error(`machine "${machine.id}": state "${stateNameOf(snapshot)}" has no meta`);
  return meta;
}

/** The snapshot before any answer. */
export function startOf(machine: DecisionMachine): AnyMachineSnapshot {
  return initialTransition(machine)[0];
}

/** Answers the current question; returns undefined when that answer is not one of its options. */
export function answerQuestion(machine: DecisionMachine, snapshot: AnyMachineSnapshot, answer: string): AnyMachineSnapshot | undefined {
  const meta = metaOf(machine, snapshot);
  if (meta.kind !== 'question' || !meta.answers.some((option) => option.answer === answer)) return undefined;
  const event = { type: `answer.${answer}` };
  if (!snapshot.can(event)) return undefined;
  return transition(machine, snapshot, event)[0];
}

/** A walker over the machine itself (XState's pure transition()); positions are snapshots. */
function machineWalker(machine: DecisionMachine): DecisionWalker<AnyMachineSnapshot> {
  return {
    start: startOf(machine),
    stateOf: stateNameOf,
    metaOf: (snapshot) => metaOf(machine, snapshot),
    answer: (snapshot, answer) => answerQuestion(machine, snapshot, answer),
  };
}

/**
 * Replays answers keyed by question slug, from the start, checking each with `snapshot.can()`.
 * Stops at the first question without a usable answer: a tampered or outdated link lands on the
 * last valid step, and `ignored` says what was dropped.
 */
export function replayAnswers(machine: DecisionMachine, given: ReadonlyMap<string, string>): Replay {
  const { position, steps, ignored } = replayWith(machineWalker(machine), given);
  return { snapshot: position, steps, ignored };
}

/** Every step a person can reach: each distinct answer path from the start, questions and outcomes. */
export function walkAllSteps(machine: DecisionMachine): Replay[] {
  const found: Replay[] = [];
  const visit = (snapshot: AnyMachineSnapshot, steps: AnsweredStep[]) => {
    if (steps.length > MAX_STEPS) throw new Error(`machine "${machine.id}": a path is longer than ${MAX_STEPS} answers (a loop?)`);
    found.push({ snapshot, steps, ignored: [] });
    const meta = metaOf(machine, snapshot);
    if (meta.kind !== 'question') return;
    for (const option of meta.answers) {
      const next = answerQuestion(machine, snapshot, option.answer);
      if (!next) throw new Error(`machine "${machine.id}": state "${stateNameOf(snapshot)}" offers "${option.answer}" but has no transition for it`);
      visit(next, [...steps, { question: stateNameOf(snapshot), answer: option.answer }]);
    }
  };
  visit(startOf(machine), []);
  return found;
}

/** Every outcome state of a machine, by name. */
export function outcomeStates(machine: DecisionMachine): [string, OutcomeMeta][] {
  return Object.entries(machine.states).flatMap(([name, node]) => {
    const meta = node.meta as DecisionMeta | undefined;
    return meta?.kind === 'outcome' ? [[name, meta] as [string, OutcomeMeta]] : [];
  });
}

/** Every clause a machine cites, with the state that cites it (questions, requirements, outcomes, conditions, what still applies). */
export function citationsOf(machine: DecisionMachine): { state: string; clauseId: string }[] {
  return Object.entries(machine.states).flatMap(([state, node]) => {
    const meta = node.meta as DecisionMeta | undefined;
    if (!meta) return [];
    const ids =
      meta.kind === 'question'
        ? [...meta.cites, ...(meta.requirement?.cites ?? [])]
        : [...meta.cites, ...[...(meta.conditions ?? []), ...(meta.stillApplies ?? [])].flatMap((condition) => condition.cites)];
    return [...new Set(ids)].map((clauseId) => ({ state, clauseId }));
  });
}

/** One node of a decision's outline: a step, and for a question each answer with the node it leads to. */
export interface OutlineNode {
  replay: Replay;
  branches: { answer: string; label: string; next: OutlineNode }[];
}

/** The whole decision as a tree, from the first question to every outcome. */
export function outlineOf(machine: DecisionMachine): OutlineNode {
  const grow = (snapshot: AnyMachineSnapshot, steps: AnsweredStep[]): OutlineNode => {
    const meta = metaOf(machine, snapshot);
    const branches =
      meta.kind === 'question'
        ? meta.answers.flatMap((option) => {
            const next = answerQuestion(machine, snapshot, option.answer);
            const question = stateNameOf(snapshot);
            return next ? [{ answer: option.answer, label: option.label, next: grow(next, [...steps, { question, answer: option.answer }]) }] : [];
          })
        : [];
    return { replay: { snapshot, steps, ignored: [] }, branches };
  };
  return grow(startOf(machine), []);
}

/** Each state's metadata by name. */
export function statesOf(machine: DecisionMachine): Record<string, DecisionMeta> {
  return Object.fromEntries(Object.entries(machine.states).flatMap(([name, node]) => (node.meta ? [[name, node.meta as DecisionMeta]] : [])));
}

/**
 * Compiles a machine into the table the stepper island walks: every reachable snapshot once
 * (same state and context = same node), with where each answer leads.
 */
export function compileDecision(machine: DecisionMachine): DecisionGraph {
  const nodes: DecisionGraph['nodes'] = [];
  const indexByKey = new Map<string, number>();
  const visit = (snapshot: AnyMachineSnapshot, depth: number): number => {
    const key = `${stateNameOf(snapshot)} ${JSON.stringify(snapshot.context ?? null)}`;
    const known = indexByKey.get(key);
    if (known !== undefined) return known;
    if (depth > MAX_STEPS) throw new Error(`machine "${machine.id}": a path is longer than ${String(MAX_STEPS)} answers (a loop?)`);
    const node = { state: stateNameOf(snapshot), next: {} as Record<string, number> };
    const index = nodes.push(node) - 1;
    indexByKey.set(key, index);
    const meta = metaOf(machine, snapshot);
    if (meta.kind === 'question') {
      for (const option of meta.answers) {
        const next = answerQuestion(machine, snapshot, option.answer);
        if (next) node.next[option.answer] = visit(next, depth + 1);
      }
    }
    return index;
  };
  visit(startOf(machine), 0);
  return { states: statesOf(machine), nodes };
}
