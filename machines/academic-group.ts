import { setup } from 'xstate';
import type { AnswerEvent, DecisionMeta } from './types.ts';
import { FOIP_CONDITION, YES_NO } from './wording.ts';

/**
 * "May I join an online group for professional learning under a nickname?" In an online social
 * media group for academic purposes staff use only their own name (2e); 1(b) and 2(g) apply to
 * what they post there. Cites 2e, 1b, 2g.
 */
export const academicGroupMachine = setup({
  types: {
    events: {} as AnswerEvent<'yes' | 'no' | 'ownName' | 'otherName' | 'anonymous'>,
    meta: {} as DecisionMeta,
  },
}).createMachine({
  id: 'academic-group',
  initial: 'isForAcademicPurposes',
  states: {
    isForAcademicPurposes: {
      meta: {
        kind: 'question',
        prompt: 'Is the group for academic purposes?',
        hint: 'For example a subject network, a professional learning community or a course discussion group.',
        answers: YES_NO,
        cites: ['2e'],
      },
      on: { 'answer.yes': 'whichName', 'answer.no': 'notAnAcademicGroup' },
    },
    whichName: {
      meta: {
        kind: 'question',
        prompt: 'Under what name would you take part?',
        answers: [
          { answer: 'ownName', label: 'My own name' },
          { answer: 'otherName', label: "A nickname, a made-up name or someone else's name" },
          { answer: 'anonymous', label: 'Anonymously' },
        ],
        cites: ['2e'],
      },
      on: { 'answer.ownName': 'allowedUnderOwnName', 'answer.otherName': 'notAllowedOtherName', 'answer.anonymous': 'notAllowedOtherName' },
    },

    // Outcomes
    allowedUnderOwnName: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, under your own name',
        explanation:
          'Clause 2(e) says staff will use only their own name when participating in an online social media group for academic purposes. Under your own name you may well be identifiable as a Division employee, which brings in clause 1(b); and what you post is subject to the Freedom of Information and Protection of Privacy Act (2g).',
        conditions: [
          { text: 'Use only your own name in the group.', cites: ['2e'] },
          {
            text: 'If you are identified as a Division employee, state clearly in your profile or post that you are not representing the views of a school, department or the Division.',
            cites: ['1b'],
          },
          FOIP_CONDITION,
        ],
        cites: ['2e', '1b', '2g'],
      },
    },
    notAllowedOtherName: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed: use only your own name',
        explanation:
          "Clause 2(e) says staff will use only their own name when participating in an online social media group for academic purposes. A nickname, a made-up name, someone else's name or an anonymous account is not your own name.",
        wouldAllow: 'Taking part under your own name.',
        cites: ['2e'],
      },
    },
    notAnAcademicGroup: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        title: 'Not decided by this policy: 2(e) is about academic groups',
        explanation:
          'Clause 2(e) is about online social media groups for academic purposes. The policy does not say which name to use in other groups. If you can be identified as a Division employee, clause 1(b) still applies, and what you post is subject to the Freedom of Information and Protection of Privacy Act (2g).',
        askWhom: 'If you are unsure whether the group counts as academic, ask your principal or supervisor.',
        cites: ['2e', '1b', '2g'],
      },
    },
  },
});
