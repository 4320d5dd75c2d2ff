/**
 * Walking a decision machine, shared by the build (pre-rendered steps), the browser (the stepper
 * island) and the tests. Pure: only xstate's `initialTransition()` / `transition()`, no DOM.
 *
 * A step's address lists the answers so far, keyed by question name, e.g.
 * `answers/is-current-student=student/is-part-of-course-or-club=yes/`. Keys are the question
 * states' names in kebab-case; values are the answers in kebab-case.
 */
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import type { DecisionMachine, DecisionMeta, OutcomeMeta, QuestionMeta } from '../../machines/types';

/** One answered question: the question state's name and the answer given ("notSure"). */
export interface AnsweredStep {
  question: string;
  answer: string;
}

/** Where replaying a set of answers ended, and which answers did not fit the tree. */
export interface Replay {
  snapshot: AnyMachineSnapshot;
  steps: AnsweredStep[];
  /** Answers that were not used: unknown questions, unknown answers, or questions not on the path. */
  ignored: string[];
}

/** The longest path any decision may have; a replay stops there rather than loop. */
const MAX_STEPS = 50;

/** Turns a state or answer name into its URL form: `isCurrentStudent` → `is-current-student`. */
export function toSlug(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();
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

/**
 * Replays answers keyed by question slug, from the start, checking each with `snapshot.can()`.
 * Stops at the first question without a usable answer: a tampered or outdated link lands on the
 * last valid step, and `ignored` says what was dropped.
 */
export function replayAnswers(machine: DecisionMachine, given: ReadonlyMap<string, string>): Replay {
  const remaining = new Map(given);
  const steps: AnsweredStep[] = [];
  const ignored: string[] = [];
  let snapshot = startOf(machine);
  while (steps.length < MAX_STEPS) {
    const meta = metaOf(machine, snapshot);
    if (meta.kind !== 'question') break;
    const question = stateNameOf(snapshot);
    const answerSlug = remaining.get(toSlug(question));
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
  return { snapshot, steps, ignored };
}

/** The address of a step, relative to the scenario's folder: `answers/q=a/…/`. */
export function stepPath(steps: readonly AnsweredStep[]): string {
  return `answers/${steps.map((step) => `${toSlug(step.question)}=${toSlug(step.answer)}/`).join('')}`;
}

/**
 * Reads the answers from the part of an address after `answers/`. Segments that are not
 * `question=answer` are returned as `malformed` (they can only come from a hand-edited link).
 */
export function parseStepPath(rest: string): { answers: Map<string, string>; malformed: string[] } {
  const answers = new Map<string, string>();
  const malformed: string[] = [];
  for (const raw of rest.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      malformed.push(raw);
      continue;
    }
    const match = /^([a-z0-9-]{1,80})=([a-z0-9-]{1,80})$/.exec(segment);
    if (!match?.[1] || !match[2] || answers.has(match[1])) malformed.push(segment.slice(0, 80));
    else answers.set(match[1], match[2]);
  }
  return { answers, malformed };
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

/** A question's metadata for one of its states, by name (for labelling answers already given). */
export function questionMetaByName(machine: DecisionMachine, question: string): QuestionMeta | undefined {
  const meta = machine.states[question]?.meta as DecisionMeta | undefined;
  return meta?.kind === 'question' ? meta : undefined;
}

/** The requirements an outcome lists as unmet: questions with a `requirement` not answered "yes". */
export function unmetRequirements(machine: DecisionMachine, steps: readonly AnsweredStep[]): { question: string; text: string; cites: string[]; answerLabel: string }[] {
  return steps.flatMap((step) => {
    const meta = questionMetaByName(machine, step.question);
    if (!meta?.requirement || step.answer === 'yes') return [];
    const answerLabel = meta.answers.find((option) => option.answer === step.answer)?.label ?? step.answer;
    return [{ question: step.question, ...meta.requirement, answerLabel }];
  });
}

/** Every outcome state of a machine, by name. */
export function outcomeStates(machine: DecisionMachine): [string, OutcomeMeta][] {
  return Object.entries(machine.states).flatMap(([name, node]) => {
    const meta = node.meta as DecisionMeta | undefined;
    return meta?.kind === 'outcome' ? [[name, meta] as [string, OutcomeMeta]] : [];
  });
}

/** Every clause a machine cites, with the state that cites it (questions, requirements, outcomes, conditions). */
export function citationsOf(machine: DecisionMachine): { state: string; clauseId: string }[] {
  return Object.entries(machine.states).flatMap(([state, node]) => {
    const meta = node.meta as DecisionMeta | undefined;
    if (!meta) return [];
    const ids =
      meta.kind === 'question'
        ? [...meta.cites, ...(meta.requirement?.cites ?? [])]
        : [...meta.cites, ...(meta.conditions ?? []).flatMap((condition) => condition.cites)];
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
