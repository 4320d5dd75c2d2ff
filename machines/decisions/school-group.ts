import { setup } from 'xstate';
import {
  CHECK_THE_CONDITIONS_NOW,
  NOT_DONE_YET,
  timingImplementations,
  timingQuestion,
  timingTransitions,
  type TimingContext,
} from '../after-the-fact.ts';
import type { AnswerEvent, DecisionMeta } from '../types.ts';
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

/**
 * "May I set up a social media group for my class or club?" Every requirement is asked, so that
 * when any is missing the outcome lists all of them: the principal's approval and a teacher
 * supervising and monitoring (3b), at least two staff administrators (3c). When all are met, the
 * group is used within 3(a), 3(d) and 3(e), staff take part under their own name (2e), what is
 * posted in it is within 2(a) and the conduct clauses, and speaking for the school within 1(a).
 */
type SchoolGroupEvent = AnswerEvent<'notYet' | 'already' | 'yes' | 'no' | 'notSure'>;
/** What the decision remembers: the group's requirements, and when it happened. */
type SchoolGroupContext = GroupRequirementContext & TimingContext;

export default setup({
  types: {
    context: {} as SchoolGroupContext,
    events: {} as SchoolGroupEvent,
    meta: {} as DecisionMeta,
  },
  actions: {
    ...groupRequirementImplementations<SchoolGroupContext, SchoolGroupEvent>().actions,
    ...timingImplementations<SchoolGroupContext, SchoolGroupEvent>(),
  },
  guards: groupRequirementImplementations<SchoolGroupContext, SchoolGroupEvent>().guards,
}).createMachine({
  id: 'school-group',
  context: { ...NO_GROUP_YET, inGroup: true, ...NOT_DONE_YET },
  initial: 'hasItHappened',
  states: {
    hasItHappened: {
      meta: timingQuestion({
        prompt: 'Have you already set up the group, or used it with students?',
        notYet: 'Not yet: I am deciding whether to set it up',
        already: 'Yes, the group is already running',
        // A group for a class or club is a group with students, used to correspond with them.
        premise: {
          ...fact('activity', 'correspond', 'join-group'),
          ...fact('addressedToStudent', 'yes'),
          ...fact('otherPerson', 'student'),
          ...fact('channel', 'group'),
        },
      }),
      on: timingTransitions('hasPrincipalApproval'),
    },
    ...groupRequirementStates('allowedWithConditions'),

    // Outcomes (the two for a group that falls short come with the requirement questions)
    allowedWithConditions: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, with conditions that last as long as the group',
        explanation:
          'The group meets what clauses 3(b) and 3(c) ask of a school group: the principal approves it, a teacher supervises and monitors it, and at least two staff members have administrative privileges. Clauses 3(a), 3(d) and 3(e) then govern how staff use it, clause 2(e) the name they use in it, and clause 2(a) and the conduct clauses what is posted in it.',
        conditions: [
          ETHICAL_STANDARDS_CONDITION,
          {
            text: 'Correspondence with students must be related to course work or school-sanctioned clubs and activities.',
            cites: ['3a'],
          },
          GROUP_REQUIREMENTS_CONDITION,
          OWN_NAME_IN_GROUP_CONDITION,
          CONNECTION_CONDITION,
          CONSENT_CONDITION,
          CONDUCT_CONDITION,
          SCHOOL_VOICE_CONDITION,
          IF_IDENTIFIABLE_STATEMENT_CONDITION,
        ],
        readings: [
          ...SCHOOL_BASED_GROUP_READINGS,
          { clause: '3a', reading: 'binds-staff' },
          { clause: '3e', reading: 'follows' },
          COURSE_GROUP_READING,
        ],
        nextSteps: [
          {
            says: 'policy',
            text: 'Correspondence with students should include parents, when possible.',
            cites: ['3a'],
          },
        ],
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
        cites: ['3b', '3c', '3d', '3a', '3e', '2e', '2a', '1a'],
      },
    },
  },
});
