import { assign, setup } from 'xstate';
import {
  CHECK_THE_CONDITIONS_NOW,
  NOT_DONE_YET,
  TELL_YOUR_PRINCIPAL,
  timingImplementations,
  timingQuestion,
  timingTransitions,
  type TimingContext,
} from '../after-the-fact.ts';
import {
  BINDS_STAFF_READING,
  FIND_OUT_IF_COURSE_OR_CLUB,
  NOT_ALLOWED_OFF_TOPIC,
  ON_TOPIC_CONDITION,
  STUDENT_REACHED_OUT_ABOUT_SAFETY,
} from '../student-correspondence.ts';
import type { ActionStep, AnswerEvent, DecisionMeta } from '../types.ts';
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
import {
  CONDUCT_CONDITION,
  CONNECTION_CONDITION,
  CONSENT_CONDITION,
  COURSE_GROUP_READING,
  ETHICAL_STANDARDS_CONDITION,
  GROUP_REQUIREMENTS_CONDITION,
  IF_IDENTIFIABLE_STATEMENT_CONDITION,
  OWN_NAME_IN_GROUP_CONDITION,
  SCHOOL_VOICE_CONDITION,
  fact,
} from '../wording.ts';

/** 3(a)'s "should … when possible", where the person says it is possible: a "should", kept as one, and never a condition of "allowed". */
const PARENTS_POSSIBLE_STEP: ActionStep = {
  says: 'policy',
  text: 'It should include parents when possible, and you have said it is possible here.',
  cites: ['3a'],
};
/** 3(a)'s "should … when possible", where the person says it is not possible now. */
const PARENTS_NOT_POSSIBLE_STEP: ActionStep = {
  says: 'policy',
  text: 'It should include parents when possible; you have said it is not possible now.',
  cites: ['3a'],
};
/** The policy does not say which channels to use; a school may. */
const CHANNEL_STEP: ActionStep = {
  says: 'advice',
  text: 'If your school approves particular channels for writing to students, use one of them; the policy does not name any.',
};

/**
 * "May I message a student online?" Online correspondence with students must be related to
 * course work or school-sanctioned clubs or activities, and should include parents when possible
 * (3a). In a group that includes students, the group must meet 3(b) and 3(c) and 3(d) applies; on
 * an app that needs a friend or follow connection first, 3(e) decides whether that connection is
 * allowed. 3(a)'s "must" makes no exception for a student who reaches out about their safety: the
 * outcome says so, and gives the site's advice (emergency services, the principal or counsellor)
 * apart from the policy's words.
 */
type MessagingEvent = AnswerEvent<'notYet' | 'already' | 'yes' | 'no' | 'notSure' | 'crisis' | 'group' | 'oneToOne'>;

/** What the decision remembers: the group and its requirements, when it happened, a connection made in a group. */
type MessagingContext = GroupRequirementContext & TimingContext & { connectsInGroup: boolean };

export default setup({
  types: {
    context: {} as MessagingContext,
    events: {} as MessagingEvent,
    meta: {} as DecisionMeta,
  },
  actions: {
    ...groupRequirementImplementations<MessagingContext, MessagingEvent>().actions,
    ...timingImplementations<MessagingContext, MessagingEvent>(),
    /** Records a one-to-one connection made within a course or club group, whose requirements are asked next. */
    recordConnectionInGroup: assign({ connectsInGroup: true }),
  },
  guards: {
    ...groupRequirementImplementations<MessagingContext, MessagingEvent>().guards,
    connectsInGroup: ({ context }) => context.connectsInGroup,
  },
}).createMachine({
  id: 'messaging-a-student',
  context: { ...NO_GROUP_YET, ...NOT_DONE_YET, connectsInGroup: false },
  initial: 'hasItHappened',
  states: {
    hasItHappened: {
      meta: timingQuestion({
        prompt: 'Have you already sent it?',
        notYet: 'Not yet: I am deciding whether to write',
        already: 'Yes, I have already written to the student',
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
            label: "I'm not sure",
            hint: 'For example you do not know whether the club or activity is school-sanctioned, or whether what you would write is related to it.',
            facts: fact('topic', 'unsure'),
          },
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
        prompt: 'Will you write in an online group that includes students, or directly?',
        answers: [
          {
            answer: 'group',
            label: 'In an online group or group chat that includes students',
            hint: 'A class, team or club group or chat on a social media or messaging app, even a small one. An email or a message sent to several students is not a group: answer "Directly".',
            facts: fact('channel', 'group'),
          },
          {
            answer: 'oneToOne',
            label: 'Directly: to one student, or an email or message to several',
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
        prompt:
          'To message this way, do you and the student have to be connected first: friends, followers or accepted contacts?',
        hint: 'For example becoming friends on Facebook, or accepting a follow before you can send direct messages. School email, Microsoft Teams and Google Classroom need no such connection.',
        answers: [
          {
            answer: 'yes',
            label: 'Yes',
            facts: { ...fact('needsConnection', 'yes'), ...fact('connection', 'request-or-follow') },
          },
          {
            answer: 'no',
            label: 'No',
            facts: { ...fact('needsConnection', 'no'), ...fact('activity', 'correspond', 'join-group') },
          },
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
        // The group the connection is made in must itself meet 3(b) and 3(c), as the friend-request decision asks.
        'answer.yes': { target: 'hasPrincipalApproval', actions: 'recordConnectionInGroup' },
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
          CONNECTION_CONDITION,
          CONSENT_CONDITION,
          CONDUCT_CONDITION,
          SCHOOL_VOICE_CONDITION,
          IF_IDENTIFIABLE_STATEMENT_CONDITION,
        ],
        nextSteps: [PARENTS_POSSIBLE_STEP, CHANNEL_STEP],
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
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
          CONNECTION_CONDITION,
          CONSENT_CONDITION,
          CONDUCT_CONDITION,
          SCHOOL_VOICE_CONDITION,
          IF_IDENTIFIABLE_STATEMENT_CONDITION,
        ],
        nextSteps: [PARENTS_NOT_POSSIBLE_STEP, CHANNEL_STEP],
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
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
          'Allowed, in or through the group: keep to course work or the club or activity; parents should be included when possible',
        explanation:
          'The group you write in, or make the connection in, meets clauses 3(b) and 3(c) as this site reads them. Clause 3(a) says online correspondence between staff and students must be related to course work or school-sanctioned clubs or activities, and should include parents when possible; including them is possible here. In a school-created group with students, clause 3(d) applies.',
        conditions: [
          ON_TOPIC_CONDITION,
          ETHICAL_STANDARDS_CONDITION,
          GROUP_REQUIREMENTS_CONDITION,
          OWN_NAME_IN_GROUP_CONDITION,
          CONNECTION_CONDITION,
          CONSENT_CONDITION,
          CONDUCT_CONDITION,
          SCHOOL_VOICE_CONDITION,
          IF_IDENTIFIABLE_STATEMENT_CONDITION,
        ],
        nextSteps: [PARENTS_POSSIBLE_STEP],
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
        readings: [BINDS_STAFF_READING, FOLLOW_READING, ...SCHOOL_BASED_GROUP_READINGS, COURSE_GROUP_READING],
        cites: ['3a', '3b', '3c', '3d', '3e', '2e'],
      },
    },
    allowedInGroupWithoutParents: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, in or through the group: keep to course work or the club or activity',
        explanation:
          'The group you write in, or make the connection in, meets clauses 3(b) and 3(c) as this site reads them. Clause 3(a) says online correspondence between staff and students must be related to course work or school-sanctioned clubs or activities, and should include parents when possible; where that is not possible, it is still allowed if it keeps to its subject. In a school-created group with students, clause 3(d) applies.',
        conditions: [
          ON_TOPIC_CONDITION,
          ETHICAL_STANDARDS_CONDITION,
          GROUP_REQUIREMENTS_CONDITION,
          OWN_NAME_IN_GROUP_CONDITION,
          CONNECTION_CONDITION,
          CONSENT_CONDITION,
          CONDUCT_CONDITION,
          SCHOOL_VOICE_CONDITION,
          IF_IDENTIFIABLE_STATEMENT_CONDITION,
        ],
        nextSteps: [PARENTS_NOT_POSSIBLE_STEP],
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
        readings: [BINDS_STAFF_READING, FOLLOW_READING, ...SCHOOL_BASED_GROUP_READINGS, COURSE_GROUP_READING],
        cites: ['3a', '3b', '3c', '3d', '3e', '2e'],
      },
    },
    notAllowedOffTopic: { type: 'final', meta: NOT_ALLOWED_OFF_TOPIC },
    checkIfSanctioned: { type: 'final', meta: FIND_OUT_IF_COURSE_OR_CLUB },
    studentInCrisis: { type: 'final', meta: STUDENT_REACHED_OUT_ABOUT_SAFETY },
    checkIfConnectionNeeded: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        title: 'Find out first whether the app needs a friend or follow connection',
        explanation:
          'If the app needs you and the student to be connected first, that connection is a "friends" invitation under clause 3(e), allowed only within an existing school course or club structure with another staff member administering the group.',
        askWhom: 'Check the app’s settings, or ask your principal which apps your school uses to message students.',
        nextSteps: [{ says: 'advice', text: 'Come back and answer again once you know.' }],
        readings: [{ clause: '3e', reading: 'follows' }],
        afterTheFact: [
          {
            says: 'advice',
            text: 'Find out now. If the app did connect you as friends or followers, the connection is one clause 3(e) covers: answer again with "Yes".',
          },
          TELL_YOUR_PRINCIPAL,
        ],
        cites: ['3e'],
      },
    },
    notAllowedOutsideCourseOrClub: { type: 'final', meta: NOT_ALLOWED_OUTSIDE_COURSE_OR_CLUB },
    notAllowedNoOtherAdmin: { type: 'final', meta: NOT_ALLOWED_NO_OTHER_ADMIN },
    checkCourseOrClub: { type: 'final', meta: FIND_OUT_COURSE_OR_CLUB },
    checkOtherAdmin: { type: 'final', meta: FIND_OUT_OTHER_ADMIN },
  },
});
