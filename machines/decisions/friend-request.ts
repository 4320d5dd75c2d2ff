import { setup } from 'xstate';
import {
  NOT_DONE_YET,
  timingImplementations,
  timingQuestion,
  timingTransitions,
  type TimingContext,
} from '../after-the-fact.ts';
import {
  ANY_STUDENT_READING,
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
import { final, outcome } from '../routing.ts';
import type { DecisionEvent, DecisionRouting } from '../types.ts';
import { COURSE_GROUP_READING, fact } from '../shared-states.ts';
import { BINDS_STAFF_READING } from '../student-correspondence.ts';

/**
 * "A student sent me a friend request — may I accept?" Friend, follow and connection requests
 * between staff and students. 3(e) says "students" (at any school), treats initiating and accepting
 * alike, and allows them only within an existing school course or club structure with another staff
 * member administering the group; the group itself must meet 3(b) and 3(c) (asked as the group
 * decisions ask them), and 3(a), 3(d), 2(e) and 2(a) govern its use. For people who are not
 * students, and for follows that need nobody's acceptance, the policy is silent.
 */
export default setup({
  types: {
    context: {} as GroupRequirementContext & TimingContext,
    events: {} as DecisionEvent,
    meta: {} as DecisionRouting,
  },
  actions: {
    ...groupRequirementImplementations<GroupRequirementContext & TimingContext, DecisionEvent>().actions,
    ...timingImplementations<GroupRequirementContext & TimingContext, DecisionEvent>(),
  },
  guards: groupRequirementImplementations<GroupRequirementContext & TimingContext, DecisionEvent>().guards,
}).createMachine({
  id: 'friend-request',
  context: { ...NO_GROUP_YET, inGroup: true, ...NOT_DONE_YET },
  initial: 'hasItHappened',
  states: {
    hasItHappened: {
      meta: timingQuestion({
        beforeEmployment: true,
        // 3(e)'s exception is networking within a group of a course or club.
        premise: fact('activity', 'connect', 'join-group'),
      }),
      on: { ...timingTransitions('isCurrentStudent'), 'answer.beforeEmployment': 'connectedBefore' },
    },
    isCurrentStudent: {
      meta: {
        kind: 'question',
        answers: [
          { answer: 'student', facts: fact('otherPerson', 'student') },
          { answer: 'notStudent', facts: fact('otherPerson', 'not-student') },
          { answer: 'notSure', facts: fact('otherPerson', 'unsure') },
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
        answers: [
          { answer: 'request', facts: fact('connection', 'request-or-follow') },
          { answer: 'followsMe', facts: fact('connection', 'followed-without-acceptance') },
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
    allowedWithinCourseOrClub: outcome('allowed-with-conditions', ['3e', '3a', '3b', '3c', '3d', '2e', '2a'], {
      readings: [
        FOLLOW_READING,
        ANY_STUDENT_READING,
        BINDS_STAFF_READING,
        ...SCHOOL_BASED_GROUP_READINGS,
        COURSE_GROUP_READING,
      ],
    }),
    notAllowedOutsideCourseOrClub: final(NOT_ALLOWED_OUTSIDE_COURSE_OR_CLUB),
    notAllowedNoOtherAdmin: final(NOT_ALLOWED_NO_OTHER_ADMIN),
    checkCourseOrClub: final(FIND_OUT_COURSE_OR_CLUB),
    checkOtherAdmin: final(FIND_OUT_OTHER_ADMIN),
    studentFollowsWithoutAcceptance: outcome('not-decided', ['3e', '1b', '2b', '2c', '2d', '2f'], {
      readings: [FOLLOW_READING],
    }),
    notAStudent: outcome('not-decided', ['3e', '2b', '2c', '2d', '2f', '1b'], {
      readings: [ANY_STUDENT_READING],
    }),
    connectedBefore: outcome('not-decided', ['3e', '3a', '1b', '2b', '2c', '2d', '2f'], {
      readings: [ANY_STUDENT_READING],
    }),
    checkIfStudent: outcome('find-out-first', ['3e'], {
      readings: [FOLLOW_READING, ANY_STUDENT_READING],
    }),
  },
});
