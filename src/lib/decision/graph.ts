/**
 * Every path through a decision, with `xstate/graph`: every reachable step (for the pre-rendered
 * pages, the flowcharts and the tests), the shortest way to each state, where each state leads and
 * the states in the order a person meets them.
 */
import { getSimplePaths } from 'xstate/graph';
import type { DecisionMachine, OutcomeMeta } from '../../../machines/types';
import { MAX_STEPS, type AnsweredStep } from '../step-address';
import { humanise, metaOf, questionMeta, stateMeta, stateNameOf, type DecisionSnapshot } from './meta';
import { startOf, type Step } from './walk';

/** The events a step offers: one per answer of its question. */
function answerEvents(machine: DecisionMachine, snapshot: DecisionSnapshot): { type: string }[] {
  const meta = metaOf(machine, snapshot);
  return meta.kind === 'question' ? meta.answers.map((option) => ({ type: `answer.${option.answer}` })) : [];
}

/**
 * Each machine's steps, found once: listing every simple path through a machine is costly, and
 * the build, the tables and the tests ask for it many times (a test that asked per outcome took 3 s).
 */
const stepsByMachine = new WeakMap<DecisionMachine, Step[]>();

/**
 * Every step a person can reach, from the first question to each outcome: every path `xstate/graph`
 * finds, in the order the answers are offered (so that pages, tables and outlines are stable).
 */
export function allSteps(machine: DecisionMachine): Step[] {
  let steps = stepsByMachine.get(machine);
  if (!steps) stepsByMachine.set(machine, (steps = findAllSteps(machine)));
  // A copy: a caller may sort or change its list without changing the next caller's.
  return [...steps];
}

function findAllSteps(machine: DecisionMachine): Step[] {
  const steps: Step[] = [{ snapshot: startOf(machine), steps: [] }];
  for (const path of getSimplePaths(machine, { events: (snapshot) => answerEvents(machine, snapshot) })) {
    if (path.steps.length > MAX_STEPS)
      throw new Error(`machine "${machine.id}": a path is longer than ${String(MAX_STEPS)} answers (a loop?)`);
    const answered: AnsweredStep[] = [];
    let before = startOf(machine);
    for (const step of path.steps) {
      // A path begins with XState's own init step; every later step is an answer.
      const type: string = (step.event as { type: string }).type;
      if (type.startsWith('answer.'))
        answered.push({ question: stateNameOf(before), answer: type.slice('answer.'.length) });
      before = step.state;
    }
    if (answered.length > 0) steps.push({ snapshot: path.state, steps: answered });
  }
  const order = (step: Step) =>
    step.steps.map(
      (answered) =>
        questionMeta(machine, answered.question)?.answers.findIndex((option) => option.answer === answered.answer) ??
        -1,
    );
  return steps.sort((a, b) => compareSequences(order(a), order(b)));
}

/** Compares two answer sequences as a depth-first walk meets them. */
function compareSequences(a: number[], b: number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** The shortest way to each state, from every step (for links to an outcome: the clause pages, the flowchart). */
export function shortestStepToEachState(steps: readonly Step[]): Map<string, Step> {
  const shortest = new Map<string, Step>();
  for (const step of steps) {
    const state = stateNameOf(step.snapshot);
    const known = shortest.get(state);
    if (!known || step.steps.length < known.steps.length) shortest.set(state, step);
  }
  return shortest;
}

/**
 * Where each state leads: for a question, its answers (an answer whose target depends on earlier
 * answers has one entry per target, labelled with the transition's description: "No (in a group)");
 * for a deciding state, each of its conditions. Answers that lead to the same place share an entry.
 * The flowchart and the text outline both draw these.
 */
export function exitsOf(machine: DecisionMachine, state: string): { target: string; labels: string[] }[] {
  const node = machine.states[state];
  if (!node) return [];
  const byTarget = new Map<string, string[]>();
  const meta = stateMeta(machine, state);
  if (meta?.kind === 'question') {
    for (const option of meta.answers) {
      for (const transition of node.transitions.get(`answer.${option.answer}`) ?? []) {
        const target = transition.target?.[0]?.key;
        const label = transition.description ? `${option.label} (${transition.description})` : option.label;
        if (target) byTarget.set(target, [...(byTarget.get(target) ?? []), label]);
      }
    }
  }
  for (const transition of node.always ?? []) {
    const target = transition.target?.[0]?.key;
    const guard = typeof transition.guard === 'string' ? humanise(transition.guard) : 'otherwise';
    if (target) byTarget.set(target, [transition.description ?? guard]);
  }
  return [...byTarget].map(([target, labels]) => ({ target, labels }));
}

/** The states a person can meet, from the first question on, each once, in the order the exits reach them. */
export function statesInOrder(machine: DecisionMachine): string[] {
  const first = stateNameOf(startOf(machine));
  const order = [first];
  // The loop meets each state as it is added: a breadth-first walk over the exits.
  for (const state of order) {
    for (const { target } of exitsOf(machine, state)) if (!order.includes(target)) order.push(target);
  }
  return order;
}

/**
 * Every outcome state of a machine, by name, in the order a person meets them (statesInOrder), so
 * that lists of outcomes follow the flow, whatever order the machine file writes them in (one that
 * no answer reaches comes last, so that the build's checks still see it).
 */
export function outcomeStates(machine: DecisionMachine): [string, OutcomeMeta][] {
  const names = new Set([...statesInOrder(machine), ...Object.keys(machine.states)]);
  return [...names].flatMap((name) => {
    const meta = stateMeta(machine, name);
    return meta?.kind === 'outcome' ? [[name, meta] as [string, OutcomeMeta]] : [];
  });
}
