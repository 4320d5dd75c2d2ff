import { setup } from 'xstate';
import type { AnswerEvent, DecisionMeta } from './types.ts';
import {
  COURSE_OR_CLUB_QUESTION,
  FIND_OUT_COURSE_OR_CLUB,
  FIND_OUT_OTHER_ADMIN,
  FOLLOW_READING,
  NOT_ALLOWED_NO_OTHER_ADMIN,
  NOT_ALLOWED_OUTSIDE_COURSE_OR_CLUB,
  OTHER_STAFF_ADMIN_QUESTION,
} from './connection-rules.ts';
import { SCHOOL_BASED_GROUP_READINGS } from './group-requirements.ts';
import {
  CONDUCT_CONDITION,
  CONSENT_CONDITION,
  ETHICAL_STANDARDS_CONDITION,
  GROUP_REQUIREMENTS_CONDITION,
  IF_IDENTIFIABLE_STATEMENT_CONDITION,
  fact,
} from './wording.ts';

/**
 * "A student sent me a friend request — may I accept?" Friend, follow and connection requests
 * between staff and students. 3(e) says "students" (at any school), treats initiating and accepting
 * alike, and allows them only within an existing school course or club structure with another staff
 * member administering the group; the group itself must meet 3(b) and 3(c), and 3(a), 3(d) and 2(a)
 * govern its use. For people who are not students, and for follows that need nobody's acceptance,
 * the policy is silent.
 */
export const friendRequestMachine = setup({
  types: {
    events: {} as AnswerEvent<'student' | 'notStudent' | 'request' | 'followsMe' | 'yes' | 'no' | 'notSure'>,
    meta: {} as DecisionMeta,
  },
}).createMachine({
  id: 'friend-request',
  initial: 'isCurrentStudent',
  states: {
    isCurrentStudent: {
      meta: {
        kind: 'question',
        prompt: 'Is the other person a student, at any school?',
        hint: 'Clause 3(e) speaks of "students", not only yours: this site reads a former student of yours who now attends another school as a student still.',
        answers: [
          { answer: 'student', label: 'Yes, a student', facts: fact('otherPerson', 'student') },
          {
            answer: 'notStudent',
            label: 'No, not a student',
            hint: 'For example a parent, a colleague, or a former student who has left school.',
            facts: fact('otherPerson', 'not-student'),
          },
        ],
        cites: ['3e'],
        premise: fact('activity', 'correspond'),
      },
      on: { 'answer.student': 'whatKindOfConnection', 'answer.notStudent': 'notAStudent' },
    },
    whatKindOfConnection: {
      meta: {
        kind: 'question',
        prompt: 'What is happening?',
        hint: 'It makes no difference who sent a request: clause 3(e) treats initiating and accepting a "friends" invitation the same way.',
        answers: [
          {
            answer: 'request',
            label: 'A friend, follow or connection request, sent or received, or I would follow the student',
            facts: fact('connection', 'request-or-follow'),
          },
          {
            answer: 'followsMe',
            label: 'The student follows my account, and nothing needs my acceptance',
            hint: 'For example a public account anyone can follow.',
            facts: fact('connection', 'followed-without-acceptance'),
          },
        ],
        cites: ['3e'],
      },
      on: { 'answer.request': 'isPartOfCourseOrClub', 'answer.followsMe': 'studentFollowsWithoutAcceptance' },
    },
    isPartOfCourseOrClub: {
      meta: COURSE_OR_CLUB_QUESTION,
      on: {
        'answer.yes': 'hasOtherStaffAdmin',
        'answer.no': 'notAllowedOutsideCourseOrClub',
        'answer.notSure': 'checkCourseOrClub',
      },
    },
    hasOtherStaffAdmin: {
      meta: OTHER_STAFF_ADMIN_QUESTION,
      on: {
        'answer.yes': 'allowedWithinCourseOrClub',
        'answer.no': 'notAllowedNoOtherAdmin',
        'answer.notSure': 'checkOtherAdmin',
      },
    },

    // Outcomes
    allowedWithinCourseOrClub: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, within the course or club, with conditions',
        explanation:
          'Clause 3(e) allows a "friends" connection with a student only when the networking is part of an existing school course or school club structure and at least one other staff member has administrative access to the group. You have said both are true. The group itself must meet clauses 3(b) and 3(c), and the correspondence that follows must keep to clause 3(a).',
        conditions: [
          {
            text: 'Correspondence with students must be related to course work or school-sanctioned clubs and activities.',
            cites: ['3a'],
          },
          { text: 'It should include parents when possible.', cites: ['3a'] },
          { text: 'Keep at least one other staff member with administrative access to the group.', cites: ['3e'] },
          GROUP_REQUIREMENTS_CONDITION,
          ETHICAL_STANDARDS_CONDITION,
          CONSENT_CONDITION,
        ],
        handOff: { scenario: 'school-group', label: 'Check that the group meets its requirements' },
        readings: [
          FOLLOW_READING,
          { clause: '3e', reading: 'any-student' },
          { clause: '3a', reading: 'binds-staff' },
          ...SCHOOL_BASED_GROUP_READINGS,
        ],
        cites: ['3e', '3a', '3b', '3c', '3d', '2a'],
      },
    },
    notAllowedOutsideCourseOrClub: { type: 'final', meta: NOT_ALLOWED_OUTSIDE_COURSE_OR_CLUB },
    notAllowedNoOtherAdmin: { type: 'final', meta: NOT_ALLOWED_NO_OTHER_ADMIN },
    checkCourseOrClub: { type: 'final', meta: FIND_OUT_COURSE_OR_CLUB },
    checkOtherAdmin: { type: 'final', meta: FIND_OUT_OTHER_ADMIN },
    studentFollowsWithoutAcceptance: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        title: 'Not decided by this policy: a follow you neither send nor accept',
        explanation:
          'Clause 3(e) is about initiating or accepting "friends" invitations. A student following an account of yours that needs no acceptance is neither, and the policy says nothing else about it. Following the student back, or accepting a request later, would be a connection clause 3(e) covers. What the student can see of your posts is still covered by the other clauses.',
        askWhom: 'If you are unsure whether to keep the account public, ask your principal or supervisor.',
        nextSteps: ['Do not follow the student back, except within a school course or club as clause 3(e) allows.'],
        stillApplies: [IF_IDENTIFIABLE_STATEMENT_CONDITION, CONDUCT_CONDITION],
        readings: [FOLLOW_READING],
        cites: ['3e', '1b', '2b', '2c', '2d', '2f'],
      },
    },
    notAStudent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        title: 'Not decided by this policy: clause 3(e) is about students only',
        explanation:
          'Clause 3(e) covers "friends" invitations from students. The policy says nothing specific about connecting with parents, colleagues or former students who have left school. What you post where they can see it is still covered by the other clauses.',
        askWhom: 'If you are unsure, ask your principal or supervisor.',
        stillApplies: [IF_IDENTIFIABLE_STATEMENT_CONDITION, CONDUCT_CONDITION],
        cites: ['3e', '2b', '2c', '2d', '2f', '1b'],
      },
    },
  },
});
