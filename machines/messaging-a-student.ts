import { setup } from 'xstate';
import type { AnswerEvent, Condition, DecisionMeta } from './types.ts';
import {
  COURSE_OR_CLUB_QUESTION,
  FIND_OUT_COURSE_OR_CLUB,
  FIND_OUT_OTHER_ADMIN,
  FOLLOW_READING,
  NOT_ALLOWED_NO_OTHER_ADMIN,
  NOT_ALLOWED_OUTSIDE_COURSE_OR_CLUB,
  OTHER_STAFF_ADMIN_QUESTION,
} from './connection-rules.ts';
import {
  NO_GROUP_YET,
  SCHOOL_BASED_GROUP_READINGS,
  groupRequirementImplementations,
  groupRequirementStates,
  type GroupRequirementContext,
} from './group-requirements.ts';
import {
  CONDUCT_CONDITION,
  CONNECTION_CONDITION,
  CONSENT_CONDITION,
  ETHICAL_STANDARDS_CONDITION,
  GROUP_REQUIREMENTS_CONDITION,
  fact,
} from './wording.ts';

/** 3(a)'s "must", as a condition. */
const ON_TOPIC_CONDITION: Condition = {
  text: 'The correspondence must be related to course work or the school-sanctioned club or activity.',
  cites: ['3a'],
};
/** 3(a)'s "should … when possible", where the person says it is possible: a "should", kept as one. */
const PARENTS_POSSIBLE_CONDITION: Condition = {
  text: 'It should include parents when possible, and you have said it is possible here.',
  cites: ['3a'],
};
/** 3(a)'s "should … when possible", where the person says it is not possible now. */
const PARENTS_NOT_POSSIBLE_CONDITION: Condition = {
  text: 'It should include parents when possible; you have said it is not possible now.',
  cites: ['3a'],
};
/** The policy does not say which channels to use; a school may. */
const CHANNEL_STEP =
  'If your school approves particular channels for writing to students, use one of them; the policy does not name any.';
/** The site's reading that 3(a), a principal's duty to inform, binds staff. */
const BINDS_STAFF_READING = { clause: '3a', reading: 'binds-staff' };

/**
 * "May I message a student online?" Online correspondence with students must be related to
 * course work or school-sanctioned clubs or activities, and should include parents when possible
 * (3a). In a group that includes students, the group must meet 3(b) and 3(c) and 3(d) applies; on
 * an app that needs a friend or follow connection first, 3(e) decides whether that connection is
 * allowed. The policy says nothing about a student who reaches out in a crisis.
 */
type MessagingEvent = AnswerEvent<'yes' | 'no' | 'notSure' | 'crisis' | 'group' | 'oneToOne'>;

export const messagingAStudentMachine = setup({
  types: {
    context: {} as GroupRequirementContext,
    events: {} as MessagingEvent,
    meta: {} as DecisionMeta,
  },
  ...groupRequirementImplementations<MessagingEvent>(),
}).createMachine({
  id: 'messaging-a-student',
  context: NO_GROUP_YET,
  initial: 'isAboutCourseOrClub',
  states: {
    isAboutCourseOrClub: {
      meta: {
        kind: 'question',
        prompt: 'Is the message about course work, or about a school-sanctioned club or activity?',
        answers: [
          { answer: 'yes', label: 'Yes', facts: fact('topic', 'course-or-club') },
          { answer: 'no', label: 'No, it is about something else', facts: fact('topic', 'other') },
          {
            answer: 'crisis',
            label: 'A student has reached out to me about their safety or wellbeing',
            facts: fact('topic', 'crisis'),
          },
          {
            answer: 'notSure',
            label: "I'm not sure the club or activity is school-sanctioned",
            facts: fact('topic', 'unsure'),
          },
        ],
        cites: ['3a'],
        premise: { ...fact('activity', 'correspond'), ...fact('otherPerson', 'student') },
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
        prompt: 'Will you message in a group that includes students, or one to one?',
        answers: [
          {
            answer: 'group',
            label: 'In a group that includes students',
            hint: 'A class, team or club group or chat on any app, even a small one.',
            facts: fact('channel', 'group'),
          },
          { answer: 'oneToOne', label: 'One to one, with one student', facts: fact('channel', 'one-to-one') },
        ],
        cites: ['3b', '3c'],
      },
      on: {
        'answer.group': { target: 'hasPrincipalApproval', actions: 'recordGroup' },
        'answer.oneToOne': 'needsConnection',
      },
    },
    ...groupRequirementStates('needsConnection'),
    needsConnection: {
      meta: {
        kind: 'question',
        prompt:
          'To message this way, do you and the student have to be connected first: friends, followers or accepted contacts?',
        hint: 'For example becoming friends on Facebook, or accepting a follow before you can send direct messages. School email, Microsoft Teams and Google Classroom need no such connection.',
        answers: [
          {
            answer: 'yes',
            label: 'Yes',
            facts: { ...fact('needsConnection', 'yes'), ...fact('connection', 'request-or-follow') },
          },
          { answer: 'no', label: 'No', facts: fact('needsConnection', 'no') },
          { answer: 'notSure', label: "I'm not sure", facts: fact('needsConnection', 'unsure') },
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
        'answer.yes': 'canIncludeParents',
        'answer.no': 'notAllowedNoOtherAdmin',
        'answer.notSure': 'checkOtherAdmin',
      },
    },
    canIncludeParents: {
      meta: {
        kind: 'question',
        prompt: "Is it possible to include the student's parents in the correspondence?",
        hint: 'For example by copying them in, or by using a channel they can see.',
        answers: [
          { answer: 'yes', label: 'Yes', facts: fact('parentsPossible', 'yes') },
          { answer: 'no', label: 'No, not in this case', facts: fact('parentsPossible', 'no') },
        ],
        cites: ['3a'],
      },
      on: {
        'answer.yes': [
          { guard: 'isInGroup', target: 'allowedInGroupIncludingParents', description: 'in a group' },
          { target: 'allowedIncludingParents', description: 'one to one' },
        ],
        'answer.no': [
          { guard: 'isInGroup', target: 'allowedInGroupWithoutParents', description: 'in a group' },
          { target: 'allowedWithoutParents', description: 'one to one' },
        ],
      },
    },

    // Outcomes (the two for a group that falls short come with the requirement questions)
    allowedIncludingParents: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed: keep to course work or the club or activity; parents should be included when possible',
        explanation:
          'Clause 3(a) says online correspondence between staff and students must be related to course work or school-sanctioned clubs or activities, and should include parents when possible. Yours is on that subject, and including parents is possible.',
        conditions: [
          ON_TOPIC_CONDITION,
          PARENTS_POSSIBLE_CONDITION,
          CONNECTION_CONDITION,
          CONSENT_CONDITION,
          CONDUCT_CONDITION,
        ],
        nextSteps: [CHANNEL_STEP],
        readings: [BINDS_STAFF_READING, FOLLOW_READING],
        cites: ['3a', '3e'],
      },
    },
    allowedWithoutParents: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed: keep to course work or the club or activity',
        explanation:
          'Clause 3(a) says online correspondence between staff and students must be related to course work or school-sanctioned clubs or activities, and should include parents when possible. Including parents is a "should", and only when possible: where it is not, the correspondence is still allowed if it keeps to its subject.',
        conditions: [
          ON_TOPIC_CONDITION,
          PARENTS_NOT_POSSIBLE_CONDITION,
          CONNECTION_CONDITION,
          CONSENT_CONDITION,
          CONDUCT_CONDITION,
        ],
        nextSteps: [CHANNEL_STEP],
        readings: [BINDS_STAFF_READING, FOLLOW_READING],
        cites: ['3a', '3e'],
      },
    },
    allowedInGroupIncludingParents: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title:
          'Allowed in the group: keep to course work or the club or activity; parents should be included when possible',
        explanation:
          'The group meets clauses 3(b) and 3(c). Clause 3(a) says online correspondence between staff and students must be related to course work or school-sanctioned clubs or activities, and should include parents when possible; including them is possible here. In a school-created group with students, clause 3(d) applies.',
        conditions: [
          ON_TOPIC_CONDITION,
          PARENTS_POSSIBLE_CONDITION,
          ETHICAL_STANDARDS_CONDITION,
          GROUP_REQUIREMENTS_CONDITION,
          CONNECTION_CONDITION,
          CONSENT_CONDITION,
          CONDUCT_CONDITION,
        ],
        readings: [BINDS_STAFF_READING, FOLLOW_READING, ...SCHOOL_BASED_GROUP_READINGS],
        cites: ['3a', '3b', '3c', '3d', '3e'],
      },
    },
    allowedInGroupWithoutParents: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed in the group: keep to course work or the club or activity',
        explanation:
          'The group meets clauses 3(b) and 3(c). Clause 3(a) says online correspondence between staff and students must be related to course work or school-sanctioned clubs or activities, and should include parents when possible; where that is not possible, it is still allowed if it keeps to its subject. In a school-created group with students, clause 3(d) applies.',
        conditions: [
          ON_TOPIC_CONDITION,
          PARENTS_NOT_POSSIBLE_CONDITION,
          ETHICAL_STANDARDS_CONDITION,
          GROUP_REQUIREMENTS_CONDITION,
          CONNECTION_CONDITION,
          CONSENT_CONDITION,
          CONDUCT_CONDITION,
        ],
        readings: [BINDS_STAFF_READING, FOLLOW_READING, ...SCHOOL_BASED_GROUP_READINGS],
        cites: ['3a', '3b', '3c', '3d', '3e'],
      },
    },
    notAllowedOffTopic: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed: correspondence must be about course work or school clubs and activities',
        explanation:
          'Clause 3(a) says online correspondence between staff and students must be related to course work, or school sanctioned clubs/activities.',
        wouldAllow: 'Only a message about course work or a school-sanctioned club or activity.',
        readings: [BINDS_STAFF_READING],
        cites: ['3a'],
      },
    },
    checkIfSanctioned: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        title: 'Find out first whether the club or activity is school-sanctioned',
        explanation:
          'Clause 3(a) allows correspondence about school-sanctioned clubs or activities. Until you know this one is sanctioned, the message is not covered.',
        askWhom: 'Ask your principal whether the club or activity is school-sanctioned.',
        readings: [BINDS_STAFF_READING],
        cites: ['3a'],
      },
    },
    studentInCrisis: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        title: 'Not decided by this policy: a student who reaches out about their safety or wellbeing',
        explanation:
          "Clause 3(a) says online correspondence between staff and students must be related to course work or school-sanctioned clubs and activities, and should include parents when possible. The policy has no provision for a student who reaches out about their safety or wellbeing. What you do is decided by your school's procedures for student safety and your other duties, not by this policy.",
        askWhom: 'Tell your principal or your school counsellor at once.',
        nextSteps: [
          'If anyone may be in immediate danger, call 911.',
          "Follow your school's procedures for student safety, and tell your principal or school counsellor now.",
          "Your school's safety procedures say how to respond. A friend or follow connection with the student is still one clause 3(e) governs.",
        ],
        stillApplies: [CONNECTION_CONDITION],
        readings: [{ clause: '3a', reading: 'safety' }],
        cites: ['3a', '3e'],
      },
    },
    checkIfConnectionNeeded: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        title: 'Find out first whether the app needs a friend or follow connection',
        explanation:
          'If the app needs you and the student to be connected first, that connection is a "friends" invitation under clause 3(e), allowed only within an existing school course or club structure with another staff member administering the group.',
        askWhom: 'Check the app’s settings, or ask your principal which apps your school uses to message students.',
        nextSteps: ['Come back and answer again once you know.'],
        readings: [{ clause: '3e', reading: 'follows' }],
        cites: ['3e'],
      },
    },
    notAllowedOutsideCourseOrClub: { type: 'final', meta: NOT_ALLOWED_OUTSIDE_COURSE_OR_CLUB },
    notAllowedNoOtherAdmin: { type: 'final', meta: NOT_ALLOWED_NO_OTHER_ADMIN },
    checkCourseOrClub: { type: 'final', meta: FIND_OUT_COURSE_OR_CLUB },
    checkOtherAdmin: { type: 'final', meta: FIND_OUT_OTHER_ADMIN },
  },
});
