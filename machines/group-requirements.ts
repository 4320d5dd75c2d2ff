/**
 * The requirements for a group with students, asked the same way wherever a decision meets such a
 * group (setting one up, or messaging students in one): the principal's approval and a teacher who
 * supervises and monitors it (3b), at least two staff members with administrative privileges (3c).
 * Every requirement is asked, so that an outcome lists all that are missing, not only the first.
 *
 * 3(b) and 3(c) are written as duties of principals; this site reads them as what any school-based
 * group with students needs (the reading is shown with the clauses). A decision spreads
 * `groupRequirementStates(next)` into its states and `groupRequirementImplementations()` into its
 * setup, with `GroupRequirementContext` as its context.
 */
import { assign, type EventObject } from 'xstate';
import type { OutcomeRouting, QuestionRouting, ReadingRef } from './types.ts';
import { GROUP_APPROVAL_REQUEST, yesNoNotSure } from './shared-states.ts';

/** A requirement, named after the question that confirms it. */
type Requirement = 'hasPrincipalApproval' | 'isSupervisedByTeacher' | 'hasTwoStaffAdmins';

/** What a decision remembers about a group with students. */
export interface GroupRequirementContext {
  /** The decision has met a group (it then asks the requirements, and 3(d) applies). */
  inGroup: boolean;
  /** Requirements answered "No". */
  missing: Requirement[];
  /** Requirements answered "I'm not sure". */
  unsure: Requirement[];
}

/** The context before any group is met. */
export const NO_GROUP_YET: GroupRequirementContext = { inGroup: false, missing: [], unsure: [] };

/** The site's reading of 3(b) and 3(c) that every group outcome relies on. */
export const SCHOOL_BASED_GROUP_READINGS: ReadingRef[] = [
  { clause: '3b', reading: 'school-based-groups' },
  { clause: '3c', reading: 'school-based-groups' },
];

/**
 * The actions and guards the states below name, typed for the decision's own events; spread into
 * its setup(): `...groupRequirementImplementations<Context, Events>()`.
 */
export function groupRequirementImplementations<Context extends GroupRequirementContext, Event extends EventObject>() {
  return {
    actions: {
      /** Records that the correspondence happens in a group with students. */
      recordGroup: assign<Context, Event, undefined, Event, never>(() => ({ inGroup: true }) as Partial<Context>),
      /** Records a requirement answered "No". */
      recordMissing: assign<Context, Event, { requirement: Requirement }, Event, never>(
        ({ context }, params) => ({ missing: [...context.missing, params.requirement] }) as Partial<Context>,
      ),
      /** Records a requirement answered "I'm not sure". */
      recordUnsure: assign<Context, Event, { requirement: Requirement }, Event, never>(
        ({ context }, params) => ({ unsure: [...context.unsure, params.requirement] }) as Partial<Context>,
      ),
    },
    guards: {
      isInGroup: ({ context }: { context: Context }) => context.inGroup,
      hasMissingRequirements: ({ context }: { context: Context }) => context.missing.length > 0,
      hasUnsureRequirements: ({ context }: { context: Context }) => context.unsure.length > 0,
    },
  };
}

/** One requirement question: "Yes" goes on, "No" and "I'm not sure" are recorded and go on too. */
function requirementQuestion(requirement: Requirement, meta: QuestionRouting, next: string) {
  return {
    meta,
    on: {
      'answer.yes': next,
      'answer.no': { target: next, actions: { type: 'recordMissing', params: { requirement } } },
      'answer.notSure': { target: next, actions: { type: 'recordUnsure', params: { requirement } } },
    },
  } as const;
}

const NOT_ALLOWED_REQUIREMENTS_MISSING: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'not-allowed',
  listsUnmetRequirements: true,
  request: GROUP_APPROVAL_REQUEST,
  readings: SCHOOL_BASED_GROUP_READINGS,
  cites: ['3b', '3c'],
};

const FIND_OUT_REQUIREMENTS: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'find-out-first',
  listsUnmetRequirements: true,
  readings: SCHOOL_BASED_GROUP_READINGS,
  cites: ['3b', '3c'],
};

/** Where a group that meets every requirement goes: a state, or guarded choices ending in one without a guard. */
type GroupNext<Guard extends string> = string | readonly { guard?: Guard; target: string; description: string }[];

/**
 * The requirement questions, the check, and the two outcomes for a group that falls short.
 * `next` is where a group that meets every requirement goes.
 */
export function groupRequirementStates<const Guard extends string = never>(next: GroupNext<Guard>) {
  return {
    hasPrincipalApproval: requirementQuestion(
      'hasPrincipalApproval',
      {
        kind: 'question',
        answers: yesNoNotSure('approval'),
        cites: ['3b'],
        requirement: { cites: ['3b'] },
      },
      'isSupervisedByTeacher',
    ),
    isSupervisedByTeacher: requirementQuestion(
      'isSupervisedByTeacher',
      {
        kind: 'question',
        answers: yesNoNotSure('supervision'),
        cites: ['3b'],
        requirement: { cites: ['3b'] },
      },
      'hasTwoStaffAdmins',
    ),
    hasTwoStaffAdmins: requirementQuestion(
      'hasTwoStaffAdmins',
      {
        kind: 'question',
        answers: yesNoNotSure('twoStaffAdmins'),
        cites: ['3c'],
        requirement: { cites: ['3c'] },
      },
      'checkGroupRequirements',
    ),
    // Decides once every requirement has been asked; never rests here. A "No" outweighs an "I'm not sure".
    checkGroupRequirements: {
      description: 'Is every requirement met?',
      always: [
        {
          guard: 'hasMissingRequirements',
          target: 'notAllowedGroupRequirementsMissing',
          description: 'No: one or more missing',
        },
        { guard: 'hasUnsureRequirements', target: 'findOutGroupRequirements', description: 'Not sure of one or more' },
        ...(typeof next === 'string' ? [{ target: next, description: 'Yes: all three' }] : next),
      ],
    },
    notAllowedGroupRequirementsMissing: { type: 'final', meta: NOT_ALLOWED_REQUIREMENTS_MISSING },
    findOutGroupRequirements: { type: 'final', meta: FIND_OUT_REQUIREMENTS },
  } as const;
}
