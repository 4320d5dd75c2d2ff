import { assign, setup } from 'xstate';
import type { AnswerEvent, DecisionMeta } from './types.ts';
import { YES_NO_NOT_SURE } from './wording.ts';

type Requirement = 'hasPrincipalApproval' | 'isSupervisedByTeacher' | 'hasTwoStaffAdmins';

/**
 * "May I set up a social media group for my class or club?" Every requirement is asked, so that
 * when any is missing the outcome lists all of them, not only the first: the principal's approval
 * and a teacher supervising and monitoring (3b), at least two staff administrators (3c). When all
 * are met, 3(d) and 3(a) apply to the group and 1(a) to speaking for the school. Cites 3b, 3c, 3d, 3a, 1a.
 */
export const schoolGroupMachine = setup({
  types: {
    context: {} as { unmet: Requirement[] },
    events: {} as AnswerEvent<'yes' | 'no' | 'notSure'>,
    meta: {} as DecisionMeta,
  },
  actions: {
    /** Records a requirement as unmet (answered "No" or "I'm not sure"). */
    recordUnmet: assign({ unmet: ({ context }, params: { requirement: Requirement }) => [...context.unmet, params.requirement] }),
  },
  guards: {
    hasUnmetRequirements: ({ context }) => context.unmet.length > 0,
  },
}).createMachine({
  id: 'school-group',
  context: { unmet: [] },
  initial: 'hasPrincipalApproval',
  states: {
    hasPrincipalApproval: {
      meta: {
        kind: 'question',
        prompt: 'Has the principal approved the group?',
        answers: YES_NO_NOT_SURE,
        cites: ['3b'],
        requirement: { text: "The principal's approval of the group.", cites: ['3b'] },
      },
      on: {
        'answer.yes': 'isSupervisedByTeacher',
        'answer.no': { target: 'isSupervisedByTeacher', actions: { type: 'recordUnmet', params: { requirement: 'hasPrincipalApproval' } } },
        'answer.notSure': { target: 'isSupervisedByTeacher', actions: { type: 'recordUnmet', params: { requirement: 'hasPrincipalApproval' } } },
      },
    },
    isSupervisedByTeacher: {
      meta: {
        kind: 'question',
        prompt: 'Will a teacher supervise and monitor the group?',
        answers: YES_NO_NOT_SURE,
        cites: ['3b'],
        requirement: { text: 'A teacher who supervises and monitors the group.', cites: ['3b'] },
      },
      on: {
        'answer.yes': 'hasTwoStaffAdmins',
        'answer.no': { target: 'hasTwoStaffAdmins', actions: { type: 'recordUnmet', params: { requirement: 'isSupervisedByTeacher' } } },
        'answer.notSure': { target: 'hasTwoStaffAdmins', actions: { type: 'recordUnmet', params: { requirement: 'isSupervisedByTeacher' } } },
      },
    },
    hasTwoStaffAdmins: {
      meta: {
        kind: 'question',
        prompt: 'Will at least two staff members have administrative privileges in the group?',
        hint: 'Students with administrative privileges do not count towards the two.',
        answers: YES_NO_NOT_SURE,
        cites: ['3c'],
        requirement: { text: 'At least two staff members with administrative privileges.', cites: ['3c'] },
      },
      on: {
        'answer.yes': 'checkRequirements',
        'answer.no': { target: 'checkRequirements', actions: { type: 'recordUnmet', params: { requirement: 'hasTwoStaffAdmins' } } },
        'answer.notSure': { target: 'checkRequirements', actions: { type: 'recordUnmet', params: { requirement: 'hasTwoStaffAdmins' } } },
      },
    },
    // Decides once every requirement has been asked; never rests here.
    checkRequirements: {
      description: 'Is every requirement met?',
      always: [
        { guard: 'hasUnmetRequirements', target: 'notAllowedRequirementsMissing', description: 'No: one or more missing' },
        { target: 'allowedWithConditions', description: 'Yes: all three' },
      ],
    },

    // Outcomes
    allowedWithConditions: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, with conditions that last as long as the group',
        explanation:
          'The group meets what clauses 3(b) and 3(c) ask of a school-sanctioned group: the principal approves it, a teacher supervises and monitors it, and at least two staff members have administrative privileges. Clauses 3(d) and 3(a) then govern how staff use it.',
        conditions: [
          { text: 'The ethical standards for the teaching profession apply at all times in the group.', cites: ['3d'] },
          {
            text: 'Correspondence with students keeps to course work or school-sanctioned clubs and activities, and includes parents when possible.',
            cites: ['3a'],
          },
          { text: 'Keep a teacher supervising and monitoring, and at least two staff administrators, for as long as the group runs.', cites: ['3b', '3c'] },
          {
            text: 'If the group will speak for the school, a department or the Division, you also need written permission from a principal or supervisor.',
            cites: ['1a'],
          },
        ],
        cites: ['3b', '3c', '3d', '3a', '1a'],
      },
    },
    notAllowedRequirementsMissing: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed until every requirement is met',
        explanation:
          'Clause 3(b) says principals will only approve school-based groups that a teacher supervises and monitors, and clause 3(c) requires at least two staff members with administrative privileges in every school-sanctioned group. The requirements below are not met yet, or you are not sure they are.',
        listsUnmetRequirements: true,
        request: { kind: 'group-approval', addressees: ['principal'], cites: ['3b', '3c'] },
        wouldAllow: 'Meeting every requirement listed, then asking the principal to approve the group.',
        askWhom: 'Your principal approves school groups and can tell you what is in place.',
        cites: ['3b', '3c'],
      },
    },
  },
});
