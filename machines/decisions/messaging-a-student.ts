import { assign, setup } from 'xstate';
import {
  NOT_DONE_YET,
  timingImplementations,
  timingQuestion,
  timingTransitions,
  type TimingContext,
} from '../after-the-fact.ts';
import {
  BINDS_STAFF_READING,
  FIND_OUT_IF_COURSE_OR_CLUB,
  NOT_ALLOWED_OFF_TOPIC,
  STUDENT_REACHED_OUT_ABOUT_SAFETY,
} from '../student-correspondence.ts';
import { final, outcome } from '../routing.ts';
import type { DecisionEvent, DecisionRouting } from '../types.ts';
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
import { COURSE_GROUP_READING, fact } from '../shared-states.ts';

/** What the decision remembers: the group and its requirements, when it happened, a connection made in a group. */
type MessagingContext = GroupRequirementContext & TimingContext & { connectsInGroup: boolean };

/**
 * "May I message a student online?" Online correspondence with students must be related to
 * course work or school-sanctioned clubs or activities, and should include parents when possible
 * (3a). In a group that includes students, the group must meet 3(b) and 3(c) and 3(d) applies; on
 * an app that needs a friend or follow connection first, 3(e) decides whether that connection is
 * allowed. 3(a)'s "must" makes no exception for a student who reaches out about their safety: the
 * outcome says so, and gives the site's advice (emergency services, the principal or counsellor)
 * apart from the policy's words.
 */
export default setup({
  types: {
    context: {} as MessagingContext,
    events: {} as DecisionEvent,
    meta: {} as DecisionRouting,
  },
  actions: {
    ...groupRequirementImplementations<MessagingContext, DecisionEvent>().actions,
    ...timingImplementations<MessagingContext, DecisionEvent>(),
    /** Records a one-to-one connection made within a course or club group, whose requirements are asked next. */
    recordConnectionInGroup: assign({ connectsInGroup: true }),
  },
  guards: {
    ...groupRequirementImplementations<MessagingContext, DecisionEvent>().guards,
    connectsInGroup: ({ context }) => context.connectsInGroup,
  },
}).createMachine({
  id: 'messaging-a-student',
  context: { ...NO_GROUP_YET, ...NOT_DONE_YET, connectsInGroup: false },
  initial: 'hasItHappened',
  states: {
    hasItHappened: {
      meta: timingQuestion({
        premise: {
          // Messaging can happen in a group, and on an app that needs a connection first (3e).
          ...fact('activity', 'correspond', 'join-group', 'connect'),
          ...fact('otherPerson', 'student'),
          ...fact('addressedToStudent', 'yes'),
        },
      }),
      on: timingTransitions('isAboutCourseOrClub'),
    },
    isAboutCourseOrClub: {
      meta: {
        kind: 'question',
        answers: [
          { answer: 'yes', facts: fact('topic', 'course-or-club') },
          { answer: 'no', facts: fact('topic', 'other') },
          { answer: 'crisis', facts: fact('topic', 'crisis') },
          { answer: 'notSure', facts: fact('topic', 'unsure') },
        ],
        cites: ['3a'],
      },
      on: {
        'answer.yes': 'isGroupConversation',
        'answer.no': 'notAllowedOffTopic',
        'answer.crisis': 'studentInCrisis',
        'answer.notSure': 'checkIfSanctioned',
      },
    },
    isGroupConversation: {
      meta: {
        kind: 'question',
        answers: [
          { answer: 'group', facts: fact('channel', 'group') },
          {
            answer: 'oneToOne',
            facts: { ...fact('channel', 'one-to-one'), ...fact('activity', 'correspond', 'connect') },
          },
        ],
        cites: ['3b', '3c'],
      },
      on: {
        'answer.group': { target: 'hasPrincipalApproval', actions: 'recordGroup' },
        'answer.oneToOne': 'needsConnection',
      },
    },
    // The requirements are asked for a group conversation, and for the group a one-to-one connection is made in (3e).
    ...groupRequirementStates([
      {
        guard: 'connectsInGroup',
        target: 'canIncludeParents',
        description: 'Yes: all three, for the group the connection is made in',
      },
      { target: 'needsConnection', description: 'Yes: all three' },
    ]),
    needsConnection: {
      meta: {
        kind: 'question',
        answers: [
          {
            answer: 'yes',
            facts: { ...fact('needsConnection', 'yes'), ...fact('connection', 'request-or-follow') },
          },
          {
            answer: 'no',
            facts: { ...fact('needsConnection', 'no'), ...fact('activity', 'correspond', 'join-group') },
          },
          { answer: 'notSure', facts: fact('needsConnection', 'unsure') },
        ],
        cites: ['3e'],
      },
      on: {
        'answer.yes': 'isPartOfCourseOrClub',
        'answer.no': 'canIncludeParents',
        'answer.notSure': 'checkIfConnectionNeeded',
      },
    },
    isPartOfCourseOrClub: {
      meta: COURSE_OR_CLUB_QUESTION,
      on: {
        // A group that meets 3(c) has at least two staff administrators: 3(e)'s "one other" is met.
        'answer.yes': [
          { guard: 'isInGroup', target: 'canIncludeParents', description: 'in a group with two staff administrators' },
          { target: 'hasOtherStaffAdmin', description: 'one to one' },
        ],
        'answer.no': 'notAllowedOutsideCourseOrClub',
        'answer.notSure': 'checkCourseOrClub',
      },
    },
    hasOtherStaffAdmin: {
      meta: OTHER_STAFF_ADMIN_QUESTION,
      on: {
        // The group the connection is made in must itself meet 3(b) and 3(c), as the friend-request decision asks.
        'answer.yes': { target: 'hasPrincipalApproval', actions: 'recordConnectionInGroup' },
        'answer.no': 'notAllowedNoOtherAdmin',
        'answer.notSure': 'checkOtherAdmin',
      },
    },
    canIncludeParents: {
      meta: {
        kind: 'question',
        answers: [
          { answer: 'yes', facts: fact('parentsPossible', 'yes') },
          { answer: 'no', facts: fact('parentsPossible', 'no') },
        ],
        cites: ['3a'],
      },
      on: {
        // A connection made within a course or club group brings in that group's requirements and 3(d), 2(e).
        'answer.yes': [
          { guard: 'isInGroup', target: 'allowedInGroupIncludingParents', description: 'in a group' },
          { guard: 'connectsInGroup', target: 'allowedInGroupIncludingParents', description: 'connected in a group' },
          { target: 'allowedIncludingParents', description: 'one to one' },
        ],
        'answer.no': [
          { guard: 'isInGroup', target: 'allowedInGroupWithoutParents', description: 'in a group' },
          { guard: 'connectsInGroup', target: 'allowedInGroupWithoutParents', description: 'connected in a group' },
          { target: 'allowedWithoutParents', description: 'one to one' },
        ],
      },
    },

    // Outcomes (the two for a group that falls short come with the requirement questions)
    allowedIncludingParents: outcome('allowed-with-conditions', ['3a', '3e'], {
      readings: [BINDS_STAFF_READING, FOLLOW_READING],
    }),
    allowedWithoutParents: outcome('allowed-with-conditions', ['3a', '3e'], {
      readings: [BINDS_STAFF_READING, FOLLOW_READING],
    }),
    allowedInGroupIncludingParents: outcome('allowed-with-conditions', ['3a', '3b', '3c', '3d', '3e', '2e'], {
      readings: [BINDS_STAFF_READING, FOLLOW_READING, ...SCHOOL_BASED_GROUP_READINGS, COURSE_GROUP_READING],
    }),
    allowedInGroupWithoutParents: outcome('allowed-with-conditions', ['3a', '3b', '3c', '3d', '3e', '2e'], {
      readings: [BINDS_STAFF_READING, FOLLOW_READING, ...SCHOOL_BASED_GROUP_READINGS, COURSE_GROUP_READING],
    }),
    notAllowedOffTopic: final(NOT_ALLOWED_OFF_TOPIC),
    checkIfSanctioned: final(FIND_OUT_IF_COURSE_OR_CLUB),
    studentInCrisis: final(STUDENT_REACHED_OUT_ABOUT_SAFETY),
    checkIfConnectionNeeded: outcome('find-out-first', ['3e'], { readings: [{ clause: '3e', reading: 'follows' }] }),
    notAllowedOutsideCourseOrClub: final(NOT_ALLOWED_OUTSIDE_COURSE_OR_CLUB),
    notAllowedNoOtherAdmin: final(NOT_ALLOWED_NO_OTHER_ADMIN),
    checkCourseOrClub: final(FIND_OUT_COURSE_OR_CLUB),
    checkOtherAdmin: final(FIND_OUT_OTHER_ADMIN),
  },
});
