/**
 * "It already happened": the first question of every decision about something a person posts, sends
 * or accepts, and the steps its outcomes give for what to do now. The answer changes no verdict: a
 * clause decides an act the same way before and after it (consent given afterwards was still not
 * obtained "first"). It makes the outcome add what to do now (OutcomeMeta.afterTheFact), each step
 * marked as the policy's words or this site's advice, because the policy says nothing about putting
 * things right.
 */
import { assign, type EventObject } from 'xstate';
import type { Facts } from './facts.ts';
import type { ActionStep, QuestionMeta } from './types.ts';
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
 * The timing question, worded for the act ("posted", "sent", "accepted"). A link made before the
 * question existed is replayed as "not yet": the answer changes no verdict, only what the outcome
 * adds. `beforeEmployment`, where given, is where an act from before the person worked for the
 * Division goes.
 */
export function timingQuestion({
  prompt,
  notYet,
  already,
  beforeEmployment,
  premise,
}: {
  prompt: string;
  notYet: string;
  already: string;
  beforeEmployment?: string;
  premise: Facts;
}): QuestionMeta {
  return {
    kind: 'question',
    prompt,
    hint: 'The policy decides an act the same way before and after it. If it has already happened, the answer also says what to do now.',
    answers: [
      { answer: 'notYet', label: notYet, facts: fact('alreadyHappened', 'no') },
      { answer: 'already', label: already, facts: fact('alreadyHappened', 'yes') },
      ...(beforeEmployment
        ? [
            {
              answer: 'beforeEmployment',
              label: beforeEmployment,
              facts: fact('alreadyHappened', 'before-employment'),
            },
          ]
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

// What to do now, shared by the outcomes of several decisions.

/** Advice wherever a clause is engaged and not met. */
export const TELL_YOUR_PRINCIPAL: ActionStep = {
  says: 'advice',
  text: 'Tell your principal or supervisor what happened, and what you have done about it. They can tell you what else your school expects.',
};

/** Advice where what is posted engages a "will not" clause: it goes on disclosing for as long as it is up. */
export const TAKE_IT_DOWN: ActionStep = {
  says: 'advice',
  text: 'Take it down now: delete the post, comment or share, or ask whoever reposted it to remove it. The policy does not say so; this site advises it because the post goes on being seen for as long as it is up.',
};

/** 2(a): consent given afterwards does not make the disclosure one made with consent first. */
export const CONSENT_CANNOT_COME_FIRST_NOW: ActionStep[] = [
  {
    says: 'policy',
    text: 'Staff will not disclose confidential student information, images or confidential school, department or personnel records "without first obtaining written consent".',
    cites: ['2a'],
  },
  {
    says: 'advice',
    text: 'Consent given now does not make the earlier disclosure one made with consent first; it can be the consent for what you post from now on.',
  },
];

/** 2(d): discipline under it turns on what the post results in. */
export const RESULT_DECIDES: ActionStep = {
  says: 'policy',
  text: 'Under clause 2(d), whether you may be disciplined turns on what the post results in: a disruption to a school or the Divisional environment, or a negative impact on your ability to perform your duties.',
  cites: ['2d'],
};

/** 1(b), after the fact: the statement is a "must" for as long as the post stands. */
export const ADD_THE_STATEMENT_NOW: ActionStep[] = [
  {
    says: 'policy',
    text: 'Where you are identified as a Division employee, your profile or post must clearly state that you are not representing the views of a school, department or the Division.',
    cites: ['1b'],
  },
  { says: 'advice', text: 'If neither says so yet, add the statement now.' },
];

/** Advice on an allowed outcome: check each condition now. */
export const CHECK_THE_CONDITIONS_NOW: ActionStep = {
  says: 'advice',
  text: 'Check each condition above against what you did, and put right now any that is not met.',
};

/** Advice on an outcome that turns on a fact not known yet. */
export const FIND_OUT_NOW: ActionStep = {
  says: 'advice',
  text: 'Find out now. Until you know, take it down or leave it unanswered; then come back and answer again.',
};

/** Advice on an outcome the policy does not decide. */
export const ASK_WHETHER_TO_LEAVE_IT: ActionStep = {
  says: 'advice',
  text: 'Ask your principal or supervisor now whether to leave it as it is.',
};
