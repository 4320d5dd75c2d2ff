import { setup } from 'xstate';
import {
  NOT_DONE_YET,
  timingImplementations,
  timingQuestion,
  timingTransitions,
  type TimingContext,
} from '../after-the-fact.ts';
import type { DecisionEvent, DecisionRouting } from '../types.ts';
import {
  NO_GROUP_YET,
  SCHOOL_BASED_GROUP_READINGS,
  groupRequirementImplementations,
  groupRequirementStates,
  type GroupRequirementContext,
} from '../group-requirements.ts';
import { FOLLOW_READING } from '../connection-rules.ts';
import { outcome } from '../routing.ts';
import { COURSE_GROUP_READING, fact } from '../shared-states.ts';
import { BINDS_STAFF_READING } from '../student-correspondence.ts';

/**
 * "May I set up a social media group for my class or club?" Every requirement is asked, so that
 * when any is missing the outcome lists all of them: the principal's approval and a teacher
 * supervising and monitoring (3b), at least two staff administrators (3c). When all are met, the
 * group is used within 3(a), 3(d) and 3(e), staff take part under their own name (2e), what is
 * posted in it is within 2(a) and the conduct clauses, and speaking for the school within 1(a).
 */
/** What the decision remembers: the group's requirements, and when it happened. */
type SchoolGroupContext = GroupRequirementContext & TimingContext;

export default setup({
  types: {
    context: {} as SchoolGroupContext,
    events: {} as DecisionEvent,
    meta: {} as DecisionRouting,
  },
  actions: {
    ...groupRequirementImplementations<SchoolGroupContext, DecisionEvent>().actions,
    ...timingImplementations<SchoolGroupContext, DecisionEvent>(),
  },
  guards: groupRequirementImplementations<SchoolGroupContext, DecisionEvent>().guards,
}).createMachine({
  id: 'school-group',
  context: { ...NO_GROUP_YET, inGroup: true, ...NOT_DONE_YET },
  initial: 'hasItHappened',
  states: {
    hasItHappened: {
      meta: timingQuestion({
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
    allowedWithConditions: outcome('allowed-with-conditions', ['3b', '3c', '3d', '3a', '3e', '2e', '2a', '1a'], {
      readings: [...SCHOOL_BASED_GROUP_READINGS, BINDS_STAFF_READING, FOLLOW_READING, COURSE_GROUP_READING],
    }),
  },
});
