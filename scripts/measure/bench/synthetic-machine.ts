/**
 * The decision every synthetic scenario of `npm run bench` uses: two questions and four outcomes
 * (one per verdict), citing three real clause ids of its policy. Shaped like the real machines so
 * that the benchmark builds what the real site builds: every step page, the flowchart, the links.
 */
import { setup } from 'xstate';
import type { AnswerEvent, DecisionMeta } from '../../../machines/types.ts';

const ANSWERS = [
  { answer: 'yes', label: 'Yes' },
  { answer: 'no', label: 'No' },
  { answer: 'notSure', label: 'Not sure' },
];

/** A synthetic decision with the given id, citing `first`, `second` and `third` (clause ids of one policy). */
export function createSyntheticMachine(id: string, [first, second, third]: readonly [string, string, string]) {
  return setup({
    types: { events: {} as AnswerEvent<'yes' | 'no' | 'notSure'>, meta: {} as DecisionMeta },
  }).createMachine({
    id,
    initial: 'isFirstConditionMet',
    states: {
      isFirstConditionMet: {
        meta: {
          kind: 'question',
          prompt: `Does what you plan meet clause ${first}?`,
          hint: 'Read the clause below before you answer.',
          answers: ANSWERS,
          cites: [first],
        },
        on: { 'answer.yes': 'isSecondConditionMet', 'answer.no': 'notAllowed', 'answer.notSure': 'notDecided' },
      },
      isSecondConditionMet: {
        meta: { kind: 'question', prompt: `Does it also meet clause ${second}?`, answers: ANSWERS, cites: [second] },
        on: { 'answer.yes': 'allowed', 'answer.no': 'allowedWithConditions', 'answer.notSure': 'notDecided' },
      },
      allowed: {
        type: 'final',
        meta: {
          kind: 'outcome',
          verdict: 'allowed',
          title: 'Allowed',
          explanation: `Clauses ${first} and ${second} are both met.`,
          cites: [first, second],
        },
      },
      allowedWithConditions: {
        type: 'final',
        meta: {
          kind: 'outcome',
          verdict: 'allowed-with-conditions',
          title: 'Allowed with conditions',
          explanation: `Clause ${first} is met; clause ${third} sets what else must be done.`,
          conditions: [{ text: `Follow clause ${third}.`, cites: [third] }],
          cites: [first, third],
        },
      },
      notAllowed: {
        type: 'final',
        meta: {
          kind: 'outcome',
          verdict: 'not-allowed',
          title: 'Not allowed',
          explanation: `Clause ${first} is not met.`,
          wouldAllow: `Meeting clause ${first}.`,
          cites: [first],
        },
      },
      notDecided: {
        type: 'final',
        meta: {
          kind: 'outcome',
          verdict: 'not-decided',
          title: 'Not decided by this policy',
          explanation: 'Find out before you act.',
          askWhom: 'Your principal or supervisor.',
          cites: [first],
        },
      },
    },
  });
}
