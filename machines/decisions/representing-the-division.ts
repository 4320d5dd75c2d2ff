import { setup } from 'xstate';
import {
  NOT_DONE_YET,
  timingImplementations,
  timingQuestion,
  timingTransitions,
  type TimingContext,
} from '../after-the-fact.ts';
import {
  ADDRESSED_TO_STUDENT_QUESTION,
  COURSE_OR_CLUB_TOPIC_QUESTION,
  FIND_OUT_IF_COURSE_OR_CLUB,
  FIND_OUT_IF_STUDENT,
  NOT_ALLOWED_OFF_TOPIC,
  STUDENT_REACHED_OUT_ABOUT_SAFETY,
} from '../student-correspondence.ts';
import type { AnswerEvent, DecisionRouting } from '../types.ts';
import {
  IDENTIFIABLE_QUESTION,
  NOT_DECIDED_PERMISSION_BY_EMAIL,
  PERMISSION_QUESTION,
  PERMISSION_TO_REPRESENT_REQUEST,
  UNSURE_IF_REPRESENTING,
  VOICE_QUESTION,
  fact,
} from '../shared-states.ts';

/**
 * "May I post for my school, or about work on my own account?" Speaking in the name of a school,
 * department or the Division, on any account, needs written permission (1a); speaking for oneself
 * while identifiable as a Division employee needs the statement 1(b) asks for. Either way, what is
 * posted must meet 2(a) (written consent first for student images and confidential information)
 * and the conduct clauses 2(b)–2(f); replies, comments and messages to students, on any account,
 * keep to course work or school-sanctioned clubs and activities (3a). The photo and personal-post
 * decisions check one post in full.
 */
type RepresentingEvent = AnswerEvent<
  'notYet' | 'already' | 'yes' | 'no' | 'notSure' | 'spokenOnly' | 'crisis' | 'emailOrText'
>;

export default setup({
  types: {
    context: {} as TimingContext,
    events: {} as RepresentingEvent,
    meta: {} as DecisionRouting,
  },
  actions: timingImplementations<TimingContext, RepresentingEvent>(),
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
    isWrittenToStudent: {
      meta: ADDRESSED_TO_STUDENT_QUESTION,
      on: {
        'answer.yes': 'isAboutCourseOrClub',
        'answer.no': 'isRepresentingTheSchool',
        'answer.notSure': 'unsureIfStudent',
      },
    },
    isAboutCourseOrClub: {
      meta: COURSE_OR_CLUB_TOPIC_QUESTION,
      on: {
        'answer.yes': 'isRepresentingTheSchool',
        'answer.no': 'notAllowedOffTopic',
        'answer.crisis': 'studentInCrisis',
        'answer.notSure': 'checkIfCourseOrClub',
      },
    },
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
    unsureIfStudent: { type: 'final', meta: FIND_OUT_IF_STUDENT },
    notAllowedOffTopic: { type: 'final', meta: NOT_ALLOWED_OFF_TOPIC },
    studentInCrisis: { type: 'final', meta: STUDENT_REACHED_OUT_ABOUT_SAFETY },
    checkIfCourseOrClub: { type: 'final', meta: FIND_OUT_IF_COURSE_OR_CLUB },
    allowedWithPermission: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        readings: [
          { clause: '1a', reading: 'speaking-in-the-name-of' },
          { clause: '1b', reading: 'not-when-speaking-for-the-school' },
        ],
        cites: ['1a', '2a', '2b', '2c', '2d', '2f', '1b', '2g', '3a'],
      },
    },
    spokenPermissionIsNotEnough: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        request: PERMISSION_TO_REPRESENT_REQUEST,
        cites: ['1a'],
      },
    },
    notAllowedWithoutPermission: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        request: PERMISSION_TO_REPRESENT_REQUEST,
        readings: [{ clause: '1a', reading: 'speaking-in-the-name-of' }],
        cites: ['1a'],
      },
    },
    unsureIfRepresenting: { type: 'final', meta: UNSURE_IF_REPRESENTING },
    notDecidedPermissionByEmail: { type: 'final', meta: NOT_DECIDED_PERMISSION_BY_EMAIL },
    allowedWithStatement: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        cites: ['1b', '2a', '2b', '2c', '2d', '2f', '2g', '3a'],
      },
    },
    unsureIfIdentifiable: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        cites: ['1b', '2a', '2b', '2c', '2d', '2f', '2g', '3a'],
      },
    },
    notIdentifiable: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        cites: ['1b', '2a', '2b', '2c', '2d', '2f', '2g', '3a'],
      },
    },
  },
});
