import { setup } from 'xstate';
import {
  ASK_WHETHER_TO_LEAVE_IT,
  CHECK_THE_CONDITIONS_NOW,
  NOT_DONE_YET,
  timingImplementations,
  timingQuestion,
  timingTransitions,
  type TimingContext,
} from '../after-the-fact.ts';
import {
  COURSE_OR_CLUB_QUESTION,
  FIND_OUT_COURSE_OR_CLUB,
  FIND_OUT_OTHER_ADMIN,
  FOLLOW_READING,
  NOT_ALLOWED_NO_OTHER_ADMIN,
  NOT_ALLOWED_OUTSIDE_COURSE_OR_CLUB,
  OTHER_STAFF_ADMIN_QUESTION,
} from '../connection-rules.ts';
import {
  NO_GROUP_YET,
  SCHOOL_BASED_GROUP_READINGS,
  groupRequirementImplementations,
  groupRequirementStates,
  type GroupRequirementContext,
} from '../group-requirements.ts';
import type { AnswerEvent, DecisionMeta } from '../types.ts';
import {
  CONDUCT_CONDITION,
  CONSENT_CONDITION,
  COURSE_GROUP_READING,
  ETHICAL_STANDARDS_CONDITION,
  GROUP_REQUIREMENTS_CONDITION,
  IF_IDENTIFIABLE_STATEMENT_CONDITION,
  OWN_NAME_IN_GROUP_CONDITION,
  fact,
} from '../wording.ts';

/**
 * "A student sent me a friend request — may I accept?" Friend, follow and connection requests
 * between staff and students. 3(e) says "students" (at any school), treats initiating and accepting
 * alike, and allows them only within an existing school course or club structure with another staff
 * member administering the group; the group itself must meet 3(b) and 3(c) (asked as the group
 * decisions ask them), and 3(a), 3(d), 2(e) and 2(a) govern its use. For people who are not
 * students, and for follows that need nobody's acceptance, the policy is silent.
 */
type FriendRequestEvent = AnswerEvent<
  | 'notYet'
  | 'already'
  | 'beforeEmployment'
  | 'student'
  | 'notStudent'
  | 'request'
  | 'followsMe'
  | 'yes'
  | 'no'
  | 'notSure'
>;

export default setup({
  types: {
    context: {} as GroupRequirementContext & TimingContext,
    events: {} as FriendRequestEvent,
    meta: {} as DecisionMeta,
  },
  actions: {
    ...groupRequirementImplementations<GroupRequirementContext & TimingContext, FriendRequestEvent>().actions,
    ...timingImplementations<GroupRequirementContext & TimingContext, FriendRequestEvent>(),
  },
  guards: groupRequirementImplementations<GroupRequirementContext & TimingContext, FriendRequestEvent>().guards,
}).createMachine({
  id: 'friend-request',
  context: { ...NO_GROUP_YET, inGroup: true, ...NOT_DONE_YET },
  initial: 'hasItHappened',
  states: {
    hasItHappened: {
      meta: timingQuestion({
        prompt: 'Have you already accepted or sent the request?',
        notYet: 'Not yet: I am deciding what to do',
        already: 'Yes, I have already accepted it, sent one, or followed the student',
        beforeEmployment: 'We were connected before I worked for the Division, or before the person was a student',
        // 3(e)'s exception is networking within a group of a course or club.
        premise: fact('activity', 'connect', 'join-group'),
      }),
      on: { ...timingTransitions('isCurrentStudent'), 'answer.beforeEmployment': 'connectedBefore' },
    },
    isCurrentStudent: {
      meta: {
        kind: 'question',
        prompt: 'Is the other person a student, at any school?',
        hint: 'Clause 3(e) speaks of "students", not only yours: this site reads it as a student at any school (kindergarten to grade 12), including a former student of yours who now attends another school, and a student who is your own child or relative.',
        answers: [
          { answer: 'student', label: 'Yes, a school student', facts: fact('otherPerson', 'student') },
          {
            answer: 'notStudent',
            label: 'No, not a school student',
            hint: 'For example a parent, a colleague, a former student who has left school, or a college or university student.',
            facts: fact('otherPerson', 'not-student'),
          },
          {
            answer: 'notSure',
            label: "I'm not sure whether they are a student",
            hint: 'For example an account that does not say who is behind it.',
            facts: fact('otherPerson', 'unsure'),
          },
        ],
        cites: ['3e'],
      },
      on: {
        'answer.student': 'whatKindOfConnection',
        'answer.notStudent': 'notAStudent',
        'answer.notSure': 'checkIfStudent',
      },
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
        // The group the networking happens in must itself meet 3(b) and 3(c), as the group decisions ask.
        'answer.yes': 'hasPrincipalApproval',
        'answer.no': 'notAllowedNoOtherAdmin',
        'answer.notSure': 'checkOtherAdmin',
      },
    },
    ...groupRequirementStates('allowedWithinCourseOrClub'),

    // Outcomes
    allowedWithinCourseOrClub: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, within the course or club, with conditions',
        explanation:
          'Clause 3(e) allows a "friends" connection with a student only when the networking is part of an existing school course or school club structure and at least one other staff member has administrative access to the group. You have said both are true, and that the group meets what clauses 3(b) and 3(c) ask of it. The correspondence that follows must keep to clause 3(a).',
        conditions: [
          {
            text: 'Correspondence with students must be related to course work or school-sanctioned clubs and activities.',
            cites: ['3a'],
          },
          { text: 'Keep at least one other staff member with administrative access to the group.', cites: ['3e'] },
          GROUP_REQUIREMENTS_CONDITION,
          ETHICAL_STANDARDS_CONDITION,
          OWN_NAME_IN_GROUP_CONDITION,
          CONSENT_CONDITION,
          IF_IDENTIFIABLE_STATEMENT_CONDITION,
        ],
        nextSteps: [
          {
            says: 'policy',
            text: 'Correspondence with students should include parents, when possible.',
            cites: ['3a'],
          },
        ],
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
        readings: [
          FOLLOW_READING,
          { clause: '3e', reading: 'any-student' },
          { clause: '3a', reading: 'binds-staff' },
          ...SCHOOL_BASED_GROUP_READINGS,
          COURSE_GROUP_READING,
        ],
        cites: ['3e', '3a', '3b', '3c', '3d', '2e', '2a'],
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
        nextSteps: [
          {
            says: 'advice',
            text: 'Do not follow the student back: this site reads following a student as initiating a "friends" invitation, which clause 3(e) allows only within a school course or club structure.',
          },
        ],
        afterTheFact: [ASK_WHETHER_TO_LEAVE_IT],
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
          'Clause 3(e) covers "friends" invitations from students. The policy says nothing specific about connecting with parents, colleagues, former students who have left school, or college and university students. What you post where they can see it is still covered by the other clauses.',
        askWhom: 'If you are unsure, ask your principal or supervisor.',
        stillApplies: [IF_IDENTIFIABLE_STATEMENT_CONDITION, CONDUCT_CONDITION],
        afterTheFact: [ASK_WHETHER_TO_LEAVE_IT],
        readings: [{ clause: '3e', reading: 'any-student' }],
        cites: ['3e', '2b', '2c', '2d', '2f', '1b'],
      },
    },
    connectedBefore: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        title:
          'Not decided by this policy: a connection made before you worked for the Division, or before they were a student',
        explanation:
          'Clause 3(e) says Divisional staff shall not initiate or accept "friends" invitations from students, except as it allows. It does not say whether a connection made before you were staff, or before the person was a student, must be undone. What you write to the student, and what you post where they can see it, are covered by the other clauses.',
        stillApplies: [
          {
            text: 'Online correspondence with students must be related to course work or school-sanctioned clubs/activities, and should include parents when possible.',
            cites: ['3a'],
          },
          IF_IDENTIFIABLE_STATEMENT_CONDITION,
          CONDUCT_CONDITION,
        ],
        askWhom: 'Ask your principal whether to keep the connection.',
        nextSteps: [
          {
            says: 'advice',
            text: 'Until your principal has answered, do not write to the student through the connection about anything but course work or a school-sanctioned club or activity.',
          },
        ],
        readings: [{ clause: '3e', reading: 'any-student' }],
        cites: ['3e', '3a', '1b', '2b', '2c', '2d', '2f'],
      },
    },
    checkIfStudent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        title: 'Find out first whether the person is a student',
        explanation:
          'Clause 3(e) says staff shall not initiate or accept "friends" invitations from students unless the networking is part of an existing school course or school club structure, with another staff member administering the group. If the person is a student at any school, that applies.',
        askWhom:
          'Leave the request unanswered until you know who it is. If you cannot tell, treat the person as a student, or ask your principal.',
        afterTheFact: [
          {
            says: 'advice',
            text: 'Find out now. If the person turns out to be a student, undo the connection unless clause 3(e)’s exception covers it.',
          },
        ],
        readings: [FOLLOW_READING, { clause: '3e', reading: 'any-student' }],
        cites: ['3e'],
      },
    },
  },
});
