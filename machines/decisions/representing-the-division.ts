import { setup } from 'xstate';
import {
  NOT_DONE_YET,
  timingImplementations,
  timingQuestion,
  timingTransitions,
  type TimingContext,
} from '../after-the-fact.ts';
import { final, outcome, reading } from '../routing.ts';
import { studentCorrespondenceStates } from '../student-correspondence.ts';
import type { DecisionEvent, DecisionRouting } from '../types.ts';
import {
  IDENTIFIABLE_QUESTION,
  NOT_ALLOWED_WITHOUT_PERMISSION,
  NOT_DECIDED_PERMISSION_BY_EMAIL,
  PERMISSION_QUESTION,
  SPEAKING_IN_THE_NAME_OF_READING,
  SPOKEN_PERMISSION_IS_NOT_ENOUGH,
  UNSURE_IF_REPRESENTING,
  VOICE_QUESTION,
  fact,
} from '../shared-states.ts';

/** The clauses an outcome that lets the post go ahead in the person's own name still points to. */
const OWN_NAME_CITES = ['1b', '2a', '2b', '2c', '2d', '2f', '2g', '3a'];

/**
 * "May I post for my school, or about work on my own account?" Speaking in the name of a school,
 * department or the Division, on any account, needs written permission (1a); speaking for oneself
 * while identifiable as a Division employee needs the statement 1(b) asks for. Either way, what is
 * posted must meet 2(a) (written consent first for student images and confidential information)
 * and the conduct clauses 2(b)–2(f); replies, comments and messages to students, on any account,
 * keep to course work or school-sanctioned clubs and activities (3a). The photo and personal-post
 * decisions check one post in full.
 */
export default setup({
  types: { context: {} as TimingContext, events: {} as DecisionEvent, meta: {} as DecisionRouting },
  actions: timingImplementations<TimingContext, DecisionEvent>(),
}).createMachine({
  id: 'representing-the-division',
  context: NOT_DONE_YET,
  initial: 'hasItHappened',
  states: {
    hasItHappened: {
      meta: timingQuestion({
        // Written to a student, a post is also correspondence with that student (3a).
        premise: fact('activity', 'post', 'correspond'),
      }),
      on: timingTransitions('isWrittenToStudent'),
    },
    // Written to a student, it must be about course work or a sanctioned club or activity (3a)
    ...studentCorrespondenceStates('isRepresentingTheSchool'),

    // Whose name the post speaks in: written permission (1a), or the statement for oneself (1b)
    isRepresentingTheSchool: {
      meta: VOICE_QUESTION,
      on: {
        'answer.yes': 'hasWrittenPermission',
        'answer.no': 'isIdentifiableAsEmployee',
        'answer.notSure': 'unsureIfRepresenting',
      },
    },
    hasWrittenPermission: {
      meta: PERMISSION_QUESTION,
      on: {
        'answer.yes': 'allowedWithPermission',
        'answer.emailOrText': 'notDecidedPermissionByEmail',
        'answer.spokenOnly': 'spokenPermissionIsNotEnough',
        'answer.no': 'notAllowedWithoutPermission',
      },
    },
    isIdentifiableAsEmployee: {
      meta: IDENTIFIABLE_QUESTION,
      on: {
        'answer.yes': 'allowedWithStatement',
        'answer.no': 'notIdentifiable',
        'answer.notSure': 'unsureIfIdentifiable',
      },
    },

    // Outcomes
    allowedWithPermission: outcome('allowed-with-conditions', ['1a', '2a', '2b', '2c', '2d', '2f', '1b', '2g', '3a'], {
      readings: [SPEAKING_IN_THE_NAME_OF_READING, reading('1b', 'not-when-speaking-for-the-school')],
    }),
    spokenPermissionIsNotEnough: final(SPOKEN_PERMISSION_IS_NOT_ENOUGH),
    notAllowedWithoutPermission: final(NOT_ALLOWED_WITHOUT_PERMISSION),
    unsureIfRepresenting: final(UNSURE_IF_REPRESENTING),
    notDecidedPermissionByEmail: final(NOT_DECIDED_PERMISSION_BY_EMAIL),
    allowedWithStatement: outcome('allowed-with-conditions', OWN_NAME_CITES),
    unsureIfIdentifiable: outcome('allowed-with-conditions', OWN_NAME_CITES),
    notIdentifiable: outcome('allowed-with-conditions', OWN_NAME_CITES),
  },
});
