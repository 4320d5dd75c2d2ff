import { setup } from 'xstate';
import {
  NOT_DONE_YET,
  timingImplementations,
  timingQuestion,
  timingTransitions,
  type TimingContext,
} from '../after-the-fact.ts';
import { outcome } from '../routing.ts';
import type { DecisionEvent, DecisionRouting } from '../types.ts';
import { COURSE_GROUP_READING, fact, yesNoNotSure } from '../shared-states.ts';

/**
 * "May I join an online group for professional learning under a nickname?" In an online social
 * media group for academic purposes staff use only their own name (2e). The name is asked first:
 * under one's own name 2(e) is met whether or not the group counts. "Academic purposes" is not
 * defined, so not knowing, with another name, is "find out first". What staff post in any group is
 * covered by 1(b), 2(a) and the conduct clauses, and a group with students is one 3(a) to 3(e)
 * cover; 2(g) is quoted with its status note. Cites 2e, 1b, 2a–2d, 2f, 2g.
 */
export default setup({
  types: {
    context: {} as TimingContext,
    events: {} as DecisionEvent,
    meta: {} as DecisionRouting,
  },
  actions: timingImplementations<TimingContext, DecisionEvent>(),
}).createMachine({
  id: 'academic-group',
  context: NOT_DONE_YET,
  initial: 'hasItHappened',
  states: {
    hasItHappened: {
      meta: timingQuestion({ premise: fact('activity', 'join-group') }),
      on: timingTransitions('whichName'),
    },
    // The name first: under your own name 2(e) is met whether or not the group is academic.
    whichName: {
      meta: {
        kind: 'question',
        answers: [
          { answer: 'ownName', facts: fact('name', 'own') },
          { answer: 'otherName', facts: fact('name', 'other') },
          { answer: 'anonymous', facts: fact('name', 'anonymous') },
        ],
        cites: ['2e'],
      },
      on: {
        'answer.ownName': 'allowedUnderOwnName',
        'answer.otherName': 'isForAcademicPurposes',
        'answer.anonymous': 'isForAcademicPurposes',
      },
    },
    isForAcademicPurposes: {
      meta: { kind: 'question', answers: yesNoNotSure('academicPurpose'), cites: ['2e'] },
      on: {
        'answer.yes': 'notAllowedOtherName',
        'answer.no': 'notAnAcademicGroup',
        'answer.notSure': 'checkIfAcademic',
      },
    },

    // Outcomes
    allowedUnderOwnName: outcome('allowed-with-conditions', ['2e', '1b', '2a', '2b', '2c', '2d', '2f', '2g']),
    // Whether a group is for academic purposes rests on the site's reading of the words (2e).
    notAllowedOtherName: outcome('not-allowed', ['2e'], { readings: [COURSE_GROUP_READING] }),
    checkIfAcademic: outcome('find-out-first', ['2e'], { readings: [COURSE_GROUP_READING] }),
    notAnAcademicGroup: outcome('not-decided', ['2e', '1b', '2a', '2b', '2c', '2d', '2f', '2g'], {
      readings: [COURSE_GROUP_READING],
    }),
  },
});
