/**
 * The decision every synthetic scenario of `npm run bench` uses: two questions and four outcomes
 * (one per verdict), citing three real clause ids of its policy. Shaped like the real machines so
 * that the benchmark builds what the real site builds: every step page, the flowchart, the links.
 * Its words are written by bench.mjs beside the scenario page (content/decisions/<id>.yaml).
 */
import { setup } from 'xstate';
import type { DecisionEvent, DecisionRouting } from '../../../machines/types.ts';

const ANSWERS = [{ answer: 'yes' }, { answer: 'no' }, { answer: 'notSure' }];

/** A synthetic decision with the given id, citing `first`, `second` and `third` (clause ids of one policy). */
export function createSyntheticMachine(id: string, [first, second, third]: readonly [string, string, string]) {
  return setup({
    types: { events: {} as DecisionEvent, meta: {} as DecisionRouting },
  }).createMachine({
    id,
    initial: 'isFirstConditionMet',
    states: {
      isFirstConditionMet: {
        meta: {
          kind: 'question',
          answers: ANSWERS,
          cites: [first],
        },
        on: { 'answer.yes': 'isSecondConditionMet', 'answer.no': 'notAllowed', 'answer.notSure': 'notDecided' },
      },
      isSecondConditionMet: {
        meta: { kind: 'question', answers: ANSWERS, cites: [second] },
        on: { 'answer.yes': 'allowed', 'answer.no': 'allowedWithConditions', 'answer.notSure': 'notDecided' },
      },
      allowed: {
        type: 'final',
        meta: {
          kind: 'outcome',
          verdict: 'allowed',
          cites: [first, second],
        },
      },
      allowedWithConditions: {
        type: 'final',
        meta: {
          kind: 'outcome',
          verdict: 'allowed-with-conditions',
          cites: [first, third],
        },
      },
      notAllowed: {
        type: 'final',
        meta: {
          kind: 'outcome',
          verdict: 'not-allowed',
          cites: [first],
        },
      },
      notDecided: {
        type: 'final',
        meta: {
          kind: 'outcome',
          verdict: 'not-decided',
          cites: [first],
        },
      },
    },
  });
}
