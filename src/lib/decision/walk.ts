/**
 * Walking a decision one answer at a time with XState's own `initialTransition()` and
 * `transition()`: from the start, by an address's answers (forgiving, for links) or by answers in
 * order (strict, for worked examples and tests).
 */
import { initialTransition, transition } from 'xstate';
import type { DecisionMachine } from '../../../machines/types';
import { MAX_STEPS, toSlug, type AnsweredStep } from '../step-address';
import { metaOf, questionMeta, stateNameOf, type DecisionSnapshot } from './meta';

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

/** Where answers given in order lead: the answered steps and the outcome, or the first problem on the way. */
export type WalkResult = { steps: AnsweredStep[]; outcome: string } | { problem: string };

/**
 * Walks a decision with answers keyed by question name, in the order given, as a person clicking
 * through would; unlike replayAnswers it forgives nothing and says, in an author's terms, where the
 * answers part from the decision (for the worked examples' check and the tests).
 */
export function walkInOrder(machine: DecisionMachine, answers: Record<string, string>): WalkResult {
  let snapshot = startOf(machine);
  const steps: AnsweredStep[] = [];
  for (const [question, answer] of Object.entries(answers)) {
    const meta = metaOf(machine, snapshot);
    const here = stateNameOf(snapshot);
    if (meta.kind !== 'question')
      return {
        problem: `the decision has already ended at "${here}" before "${question}"; remove the answers after it`,
      };
    if (here !== question)
      return {
        problem: `the decision asks "${here}" here, not "${question}"; list the answers in the order the decision asks them`,
      };
    const next = answerQuestion(machine, snapshot, answer);
    if (!next)
      return {
        problem: `"${answer}" is not an answer to "${question}" (its answers: ${meta.answers.map((option) => option.answer).join(', ')})`,
      };
    steps.push({ question, answer });
    snapshot = next;
  }
  const end = metaOf(machine, snapshot);
  if (end.kind !== 'outcome')
    return { problem: `the answers stop at the question "${stateNameOf(snapshot)}"; answer it too` };
  return { steps, outcome: stateNameOf(snapshot) };
}

/**
 * Answers each question in turn with the answers given (answer names only, the question being
 * whichever the decision asks next), from the start: for the routing tests. Stops at the first
 * answer the current question does not offer, and says where.
 */
export function answerInTurn(
  machine: DecisionMachine,
  answers: readonly string[],
): Step | { refused: { question: string; answer: string }; steps: AnsweredStep[] } {
  let snapshot = startOf(machine);
  const steps: AnsweredStep[] = [];
  for (const answer of answers) {
    const question = stateNameOf(snapshot);
    const next = answerQuestion(machine, snapshot, answer);
    if (!next) return { refused: { question, answer }, steps };
    steps.push({ question, answer });
    snapshot = next;
  }
  return { snapshot, steps };
}

/** The answers of an address that name a question of the machine and one of its answers, by their names in the machine. */
export function answersByName(machine: DecisionMachine, given: ReadonlyMap<string, string>): Map<string, string> {
  const byName = new Map<string, string>();
  for (const question of Object.keys(machine.states)) {
    const slug = given.get(toSlug(question));
    const meta = questionMeta(machine, question);
    if (slug === undefined || !meta) continue;
    const option = meta.answers.find((candidate) => toSlug(candidate.answer) === slug);
    if (option) byName.set(question, option.answer);
  }
  return byName;
}
