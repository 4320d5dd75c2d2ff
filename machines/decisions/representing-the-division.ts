import { setup } from 'xstate';
import {
  ADD_THE_STATEMENT_NOW,
  CHECK_THE_CONDITIONS_NOW,
  NOT_DONE_YET,
  TAKE_IT_DOWN,
  TELL_YOUR_PRINCIPAL,
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
  WRITING_TO_STUDENTS_CONDITION,
} from '../student-correspondence.ts';
import type { ActionStep, AnswerEvent, DecisionMeta } from '../types.ts';
import {
  ACKNOWLEDGEMENT_2G,
  CONDUCT_CONDITION,
  CONSENT_CONDITION,
  IDENTIFIABLE_QUESTION,
  IF_IDENTIFIABLE_STATEMENT_CONDITION,
  NOT_DECIDED_PERMISSION_BY_EMAIL,
  NOT_REPRESENTING_STATEMENT,
  PERMISSION_QUESTION,
  PERMISSION_TO_REPRESENT_REQUEST,
  STATEMENT_CONDITION,
  UNSURE_IF_REPRESENTING,
  VOICE_QUESTION,
  fact,
} from '../wording.ts';

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

/** After the fact, where the school's name was used without written permission. */
const WITHOUT_PERMISSION_AFTER_THE_FACT: ActionStep[] = [
  {
    says: 'policy',
    text: 'Without written permission from a principal or supervisor, you are not authorized to speak in the name of a school, department or the Division. Do not post in that name again until you have it.',
    cites: ['1a'],
  },
  { ...TAKE_IT_DOWN, text: 'Take down what you posted in that name, or ask your principal whether to leave it up.' },
  TELL_YOUR_PRINCIPAL,
];

export default setup({
  types: {
    context: {} as TimingContext,
    events: {} as RepresentingEvent,
    meta: {} as DecisionMeta,
  },
  actions: timingImplementations<TimingContext, RepresentingEvent>(),
}).createMachine({
  id: 'representing-the-division',
  context: NOT_DONE_YET,
  initial: 'hasItHappened',
  states: {
    hasItHappened: {
      meta: timingQuestion({
        prompt: 'Have you already posted it?',
        notYet: 'Not yet: I am deciding whether to post',
        already: 'Yes, I have already posted, replied or commented',
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
        title: 'Allowed with the written permission you have, and the conditions every post must meet',
        explanation: `Clause 1(a) says staff are not authorized to use social media to represent a school, department or the Division unless given written permission from a principal or supervisor. You have that permission. It does not lift the other clauses: images of students and confidential information still need written consent first (2a), and the conduct clauses apply to every post. Read literally, clause 1(b) asks the profile or post of anyone identified as a Division employee to state that they are not representing the views of a school, department or the Division; that cannot be true of a post made in the school’s name with the written permission 1(a) asks for, and this site reads 1(b) as not applying to such posts (the reading is below). What you post for yourself, where people can tell you work for the Division, still needs the statement. ${ACKNOWLEDGEMENT_2G}`,
        conditions: [
          {
            text: 'Keep the written permission where you can find it; it is what authorizes you to post in the school’s name.',
            cites: ['1a'],
          },
          CONSENT_CONDITION,
          CONDUCT_CONDITION,
          WRITING_TO_STUDENTS_CONDITION,
          IF_IDENTIFIABLE_STATEMENT_CONDITION,
        ],
        handOff: {
          scenario: 'sharing-student-content',
          label: 'Posting photos of students or student work? Check the consent you need',
        },
        readings: [
          { clause: '1a', reading: 'speaking-in-the-name-of' },
          { clause: '1b', reading: 'not-when-speaking-for-the-school' },
        ],
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
        cites: ['1a', '2a', '2b', '2c', '2d', '2f', '1b', '2g', '3a'],
      },
    },
    spokenPermissionIsNotEnough: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed yet: the permission has to be written',
        explanation:
          'Clause 1(a) requires written permission from a principal or supervisor. Spoken permission does not meet it.',
        wouldAllow: 'Ask for the same permission in writing before you start.',
        request: PERMISSION_TO_REPRESENT_REQUEST,
        afterTheFact: WITHOUT_PERMISSION_AFTER_THE_FACT,
        cites: ['1a'],
      },
    },
    notAllowedWithoutPermission: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed without written permission',
        explanation:
          'Clause 1(a) says that unless given written permission from a principal or supervisor, staff are not authorized to use electronic social media sites to represent a school, department or the Division. That holds on your own account too, whenever you speak in the school’s name.',
        wouldAllow: 'Written permission from a principal or supervisor.',
        request: PERMISSION_TO_REPRESENT_REQUEST,
        readings: [{ clause: '1a', reading: 'speaking-in-the-name-of' }],
        afterTheFact: WITHOUT_PERMISSION_AFTER_THE_FACT,
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
        title: 'Allowed, with a clear statement that you do not speak for the Division',
        explanation: `Clause 1(b) says that where a user is directly or indirectly identified as an employee of the Division, the user profile or post must clearly state that the user is not representing the views of a school, department or the Division. What you post is still covered by clause 2(a) and the conduct clauses. ${ACKNOWLEDGEMENT_2G}`,
        conditions: [STATEMENT_CONDITION, CONSENT_CONDITION, CONDUCT_CONDITION, WRITING_TO_STUDENTS_CONDITION],
        copyText: NOT_REPRESENTING_STATEMENT,
        handOff: { scenario: 'personal-post', label: 'Check a particular post' },
        afterTheFact: [...ADD_THE_STATEMENT_NOW, CHECK_THE_CONDITIONS_NOW],
        cites: ['1b', '2a', '2b', '2c', '2d', '2f', '2g', '3a'],
      },
    },
    unsureIfIdentifiable: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed: add the statement to be safe',
        explanation: `Clause 1(b) applies whenever you are directly or indirectly identified as a Division employee. What you post is still covered by clause 2(a) and the conduct clauses. ${ACKNOWLEDGEMENT_2G}`,
        eitherWay:
          'You do not need to find out whether people can identify you: adding the statement meets clause 1(b) either way.',
        conditions: [STATEMENT_CONDITION, CONSENT_CONDITION, CONDUCT_CONDITION, WRITING_TO_STUDENTS_CONDITION],
        copyText: NOT_REPRESENTING_STATEMENT,
        handOff: { scenario: 'personal-post', label: 'Check a particular post' },
        afterTheFact: [...ADD_THE_STATEMENT_NOW, CHECK_THE_CONDITIONS_NOW],
        cites: ['1b', '2a', '2b', '2c', '2d', '2f', '2g', '3a'],
      },
    },
    notIdentifiable: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed: clause 1(b) does not apply, clause 2(a) and the conduct clauses do',
        explanation: `Clause 1(b) asks for a statement only where you are identified as a Division employee. Clause 2(a) and the clauses on conduct apply to your social media comments and postings whether personal or school related. ${ACKNOWLEDGEMENT_2G}`,
        conditions: [CONSENT_CONDITION, CONDUCT_CONDITION, WRITING_TO_STUDENTS_CONDITION],
        handOff: { scenario: 'personal-post', label: 'Check a particular post' },
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
        cites: ['1b', '2a', '2b', '2c', '2d', '2f', '2g', '3a'],
      },
    },
  },
});
