/**
 * Walking a decision machine with XState itself, the same code in the build, the browser and the
 * tests: `initialTransition()` and `transition()` step it one answer at a time, and
 * `xstate/graph` enumerates every path for the pre-rendered pages, the flowcharts and the tests.
 * Pure: no DOM, no Astro.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import type { DecisionMachine, DecisionMeta, OutcomeMeta, QuestionMeta } from '../../machines/types';
import { MAX_STEPS, toSlug, type AnsweredStep } from './step-address';

/** Where a decision stands: XState's snapshot of its machine. */
export type DecisionSnapshot = SnapshotFrom<DecisionMachine>;

/** A step of a decision: the snapshot and the answers that led to it. */
export interface Step {
  snapshot: DecisionSnapshot;
  steps: AnsweredStep[];
}

/** Where replaying a set of answers ended, and which answers did not fit the tree. */
export interface Replay extends Step {
  /** Answers that were not used: unknown questions, unknown answers, or questions not on the path. */
  ignored: string[];
  /** Questions the address did not answer that were answered as they say a link made before them is (QuestionMeta.assumedWhenMissing). */
  assumed: string[];
}

/** The state's name (decision machines are flat: the value is a string). */
export function stateNameOf(snapshot: DecisionSnapshot): string {
  return typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);
}

/** The metadata of the state a snapshot is in. */
export function metaOf(machine: DecisionMachine, snapshot: DecisionSnapshot): DecisionMeta {
  const meta = snapshot.getMeta()[`${machine.id}.${stateNameOf(snapshot)}`];
  if (!meta) throw new Error(`machine "${machine.id}": state "${stateNameOf(snapshot)}" has no meta`);
  return meta;
}

/** A question's metadata by state name (for labelling answers already given). */
export function questionMeta(machine: DecisionMachine, question: string): QuestionMeta | undefined {
  const meta = Object.hasOwn(machine.states, question) ? machine.states[question]?.meta : undefined;
  return meta?.kind === 'question' ? meta : undefined;
}

/** The snapshot before any answer. */
export function startOf(machine: DecisionMachine): DecisionSnapshot {
  return initialTransition(machine)[0];
}

/** Answers the current question; undefined when that answer is not one of its options. */
export function answerQuestion(
  machine: DecisionMachine,
  snapshot: DecisionSnapshot,
  answer: string,
): DecisionSnapshot | undefined {
  const meta = metaOf(machine, snapshot);
  if (meta.kind !== 'question' || !meta.answers.some((option) => option.answer === answer)) return undefined;
  const event = { type: `answer.${answer}` };
  if (!snapshot.can(event)) return undefined;
  return transition(machine, snapshot, event)[0];
}

/**
 * Replays answers keyed by question slug (as an address has them), from the start. Stops at the
 * first question without a usable answer: a tampered or outdated link lands on the last valid step,
 * and `ignored` says what was dropped. The island uses it for every move, so that "Change" keeps
 * the later answers that still apply.
 */
export function replayAnswers(machine: DecisionMachine, given: ReadonlyMap<string, string>): Replay {
  const remaining = new Map(given);
  const steps: AnsweredStep[] = [];
  const ignored: string[] = [];
  const assumed: string[] = [];
  let snapshot = startOf(machine);
  while (steps.length < MAX_STEPS) {
    const meta = metaOf(machine, snapshot);
    if (meta.kind !== 'question') break;
    const question = stateNameOf(snapshot);
    let answerSlug = remaining.get(toSlug(question));
    // A question added after the link was made, whose answer changes no verdict: answered as it says.
    if (answerSlug === undefined && meta.assumedWhenMissing !== undefined && remaining.size > 0) {
      answerSlug = toSlug(meta.assumedWhenMissing);
      assumed.push(question);
      remaining.set(toSlug(question), answerSlug);
    }
    if (answerSlug === undefined) break;
    remaining.delete(toSlug(question));
    const option = meta.answers.find((candidate) => toSlug(candidate.answer) === answerSlug);
    const next = option ? answerQuestion(machine, snapshot, option.answer) : undefined;
    if (!option || !next) {
      ignored.push(`${toSlug(question)}=${answerSlug}`);
      break;
    }
    steps.push({ question, answer: option.answer });
    snapshot = next;
  }
  for (const [question, answer] of remaining) ignored.push(`${question}=${answer}`);
  return { snapshot, steps, ignored, assumed };
}

/** The answers of an address that name a question of the machine and one of its answers, by their names in the machine. */
export function answersByName(machine: DecisionMachine, given: ReadonlyMap<string, string>): Map<string, string> {
  const byName = new Map<string, string>();
  for (const [question, node] of Object.entries(machine.states)) {
    const slug = given.get(toSlug(question));
    const meta = node.meta;
    if (slug === undefined || meta?.kind !== 'question') continue;
    const option = meta.answers.find((candidate) => toSlug(candidate.answer) === slug);
    if (option) byName.set(question, option.answer);
  }
  return byName;
}

/** Whether the person said it has already happened (machines/after-the-fact.ts): the outcome then adds what to do now. */
export function hasAlreadyHappened(snapshot: DecisionSnapshot): boolean {
  const context = snapshot.context as { alreadyDone?: boolean } | undefined;
  return context?.alreadyDone === true;
}

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

/** Every outcome state of a machine, by name. */
export function outcomeStates(machine: DecisionMachine): [string, OutcomeMeta][] {
  return Object.entries(machine.states).flatMap(([name, node]) =>
    node.meta?.kind === 'outcome' ? [[name, node.meta] as [string, OutcomeMeta]] : [],
  );
}

/** Every clause a machine cites, with the state that cites it (questions, requirements, outcomes, conditions, what still applies, the steps of the policy's words). */
export function citationsOf(machine: DecisionMachine): { state: string; clauseId: string }[] {
  return Object.entries(machine.states).flatMap(([state, node]) => {
    const meta = node.meta;
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
  const meta = node.meta;
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

/** Turns a state or guard name into words: "hasUnmetRequirements" → "has unmet requirements". */
export function humanise(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
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
