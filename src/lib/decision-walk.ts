/**
 * Walking a decision without XState: the step addresses, and a compiled table of every step a
 * machine can reach. The build compiles each machine (src/lib/decision.ts `compileDecision`); the
 * stepper island walks the table, so a step page does not ship XState's 12 KB runtime. Tests
 * replay every path and 10 000 hostile addresses on both and require the same steps.
 *
 * A step's address lists the answers so far, keyed by question name, e.g.
 * `answers/is-current-student=student/is-part-of-course-or-club=yes/`. Keys are the question
 * states' names in kebab-case; values are the answers in kebab-case.
 */
import type { DecisionMeta, QuestionMeta } from '../../machines/types';

/** One answered question: the question state's name and the answer given ("notSure"). */
export interface AnsweredStep {
  question: string;
  answer: string;
}

/**
 * A decision machine as data: each state's metadata, and every reachable snapshot as a node
 * (its state and, per answer, the node that answer leads to). Node 0 is the first question.
 * Nodes, not states, because a machine with context (school-group) reaches one state in
 * several ways that answer differently later.
 */
export interface DecisionGraph {
  states: Record<string, DecisionMeta>;
  nodes: { state: string; next: Record<string, number> }[];
}

/** How to walk a decision, whatever holds it: an XState machine or a compiled graph. */
export interface DecisionWalker<Position> {
  start: Position;
  stateOf(position: Position): string;
  metaOf(position: Position): DecisionMeta;
  /** The position after an answer, or undefined when the answer is not one the question offers. */
  answer(position: Position, answer: string): Position | undefined;
}

/** Where replaying a set of answers ended, and which answers did not fit the tree. */
export interface WalkReplay<Position> {
  position: Position;
  steps: AnsweredStep[];
  /** Answers that were not used: unknown questions, unknown answers, or questions not on the path. */
  ignored: string[];
}

/** The longest path any decision may have; a replay stops there rather than loop. */
export const MAX_STEPS = 50;

/** Turns a state or answer name into its URL form: `isCurrentStudent` → `is-current-student`. */
export function toSlug(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
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

/**
 * Replays answers keyed by question slug, from the start. Stops at the first question without a
 * usable answer: a tampered or outdated link lands on the last valid step, and `ignored` says
 * what was dropped.
 */
export function replayWith<Position>(walker: DecisionWalker<Position>, given: ReadonlyMap<string, string>): WalkReplay<Position> {
  const remaining = new Map(given);
  const steps: AnsweredStep[] = [];
  const ignored: string[] = [];
  let position = walker.start;
  while (steps.length < MAX_STEPS) {
    const meta = walker.metaOf(position);
    if (meta.kind !== 'question') break;
    const question = walker.stateOf(position);
    const answerSlug = remaining.get(toSlug(question));
    if (answerSlug === undefined) break;
    remaining.delete(toSlug(question));
    const option = meta.answers.find((candidate) => toSlug(candidate.answer) === answerSlug);
    const next = option ? walker.answer(position, option.answer) : undefined;
    if (!option || next === undefined) {
      ignored.push(`${toSlug(question)}=${answerSlug}`);
      break;
    }
    steps.push({ question, answer: option.answer });
    position = next;
  }
  for (const [question, answer] of remaining) ignored.push(`${question}=${answer}`);
  return { position, steps, ignored };
}

/** Walks a compiled graph; a position is a node's index. */
export function graphWalker(graph: DecisionGraph): DecisionWalker<number> {
  const nodeAt = (position: number) => {
    const node = graph.nodes[position];
    if (!node) throw new Error(`decision graph: no node ${String(position)}`);
    return node;
  };
  const metaOf = (position: number) => {
    const meta = graph.states[nodeAt(position).state];
    if (!meta) throw new Error(`decision graph: state "${nodeAt(position).state}" has no meta`);
    return meta;
  };
  return {
    start: 0,
    stateOf: (position) => nodeAt(position).state,
    metaOf,
    // Object.hasOwn: an answer named "constructor" or "__proto__" in a hostile link is just unknown.
    answer: (position, answer) => {
      const { next } = nodeAt(position);
      return Object.hasOwn(next, answer) ? next[answer] : undefined;
    },
  };
}

/** A question's metadata, by state name (for labelling answers already given). */
export function questionMetaByName(states: Record<string, DecisionMeta>, question: string): QuestionMeta | undefined {
  const meta = Object.hasOwn(states, question) ? states[question] : undefined;
  return meta?.kind === 'question' ? meta : undefined;
}

/** The requirements an outcome lists as unmet: questions with a `requirement` not answered "yes". */
export function unmetRequirements(
  states: Record<string, DecisionMeta>,
  steps: readonly AnsweredStep[],
): { question: string; text: string; cites: string[]; answerLabel: string }[] {
  return steps.flatMap((step) => {
    const meta = questionMetaByName(states, step.question);
    if (!meta?.requirement || step.answer === 'yes') return [];
    const answerLabel = meta.answers.find((option) => option.answer === step.answer)?.label ?? step.answer;
    return [{ question: step.question, ...meta.requirement, answerLabel }];
  });
}
