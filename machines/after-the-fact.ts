/**
 * "It already happened": the first question of every decision about something a person posts, sends
 * or accepts. The answer changes no verdict: a clause decides an act the same way before and after
 * it (consent given afterwards was still not obtained "first"). It makes the outcome add what to do
 * now (`afterTheFact` in the decision's words, content/decisions/), each step marked as the policy's
 * words or this site's advice, because the policy says nothing about putting things right.
 */
import { assign, type EventObject } from 'xstate';
import type { Facts } from './facts.ts';
import type { QuestionRouting } from './types.ts';
import { fact } from './facts.ts';

/** What a decision remembers about when it happened. */
export interface TimingContext {
  /** The person says it has already happened: outcomes add what to do now. */
  alreadyDone: boolean;
}

/** The context before the timing question is answered. */
export const NOT_DONE_YET: TimingContext = { alreadyDone: false };

/**
 * The action the timing question names, typed for the decision's own context and events: spread
 * into its setup() actions, `...timingImplementations<Context, Event>()`.
 */
export function timingImplementations<Context extends TimingContext, Event extends EventObject>() {
  return {
    /** Records that it has already happened. */
    recordAlreadyDone: assign<Context, Event, undefined, Event, never>(
      () => ({ alreadyDone: true }) as Partial<Context>,
    ),
  };
}

/**
 * The timing question (its words, for the act "posted", "sent", "accepted", are each decision's).
 * A link made before the question existed is replayed as "not yet": the answer changes no verdict,
 * only what the outcome adds. With `beforeEmployment`, a third answer says it happened before the
 * person worked for the Division.
 */
export function timingQuestion({
  beforeEmployment = false,
  premise,
}: {
  beforeEmployment?: boolean;
  premise: Facts;
}): QuestionRouting {
  return {
    kind: 'question',
    answers: [
      { answer: 'notYet', facts: fact('alreadyHappened', 'no') },
      { answer: 'already', facts: fact('alreadyHappened', 'yes') },
      ...(beforeEmployment
        ? [{ answer: 'beforeEmployment', facts: fact('alreadyHappened', 'before-employment') }]
        : []),
    ],
    cites: [],
    premise,
    assumedWhenMissing: 'notYet',
  };
}

/** The transitions of the timing question: "already" is recorded, both go on to `next`. */
export function timingTransitions(next: string) {
  return {
    'answer.notYet': next,
    'answer.already': { target: next, actions: 'recordAlreadyDone' },
  } as const;
}
