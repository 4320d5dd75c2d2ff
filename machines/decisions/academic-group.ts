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
import { IF_THE_GROUP_HAS_STUDENTS_CONDITION } from '../student-correspondence.ts';
import type { AnswerEvent, DecisionMeta } from '../types.ts';
import {
  ACKNOWLEDGEMENT_2G,
  ACKNOWLEDGEMENT_2G_CONDITION,
  CONDUCT_CONDITION,
  CONSENT_CONDITION,
  IF_IDENTIFIABLE_STATEMENT_CONDITION,
  fact,
  yesNoNotSure,
} from '../wording.ts';

/**
 * "May I join an online group for professional learning under a nickname?" In an online social
 * media group for academic purposes staff use only their own name (2e). The name is asked first:
 * under one's own name 2(e) is met whether or not the group counts. "Academic purposes" is not
 * defined, so not knowing, with another name, is "find out first". What staff post in any group is
 * covered by 1(b), 2(a) and the conduct clauses, and a group with students is one 3(a) to 3(e)
 * cover; 2(g) is quoted with its status note. Cites 2e, 1b, 2a–2d, 2f, 2g.
 */
type AcademicGroupEvent = AnswerEvent<
  'notYet' | 'already' | 'yes' | 'no' | 'notSure' | 'ownName' | 'otherName' | 'anonymous'
>;

export default setup({
  types: {
    context: {} as TimingContext,
    events: {} as AcademicGroupEvent,
    meta: {} as DecisionMeta,
  },
  actions: timingImplementations<TimingContext, AcademicGroupEvent>(),
}).createMachine({
  id: 'academic-group',
  context: NOT_DONE_YET,
  initial: 'hasItHappened',
  states: {
    hasItHappened: {
      meta: timingQuestion({
        prompt: 'Have you already joined the group?',
        notYet: 'Not yet: I am deciding whether to join, and under what name',
        already: 'Yes, I already take part in it',
        premise: fact('activity', 'join-group'),
      }),
      on: timingTransitions('whichName'),
    },
    // The name first: under your own name 2(e) is met whether or not the group is academic.
    whichName: {
      meta: {
        kind: 'question',
        prompt: 'Under what name would you take part?',
        answers: [
          { answer: 'ownName', label: 'My own name', facts: fact('name', 'own') },
          {
            answer: 'otherName',
            label: "A nickname, a made-up name or someone else's name",
            facts: fact('name', 'other'),
          },
          { answer: 'anonymous', label: 'Anonymously', facts: fact('name', 'anonymous') },
        ],
        cites: ['2e'],
      },
      on: {
        'answer.ownName': 'allowedUnderOwnName',
        'answer.otherName': 'isForAcademicPurposes',
        'answer.anonymous': 'isForAcademicPurposes',
      },
    },
    isForAcademicPurposes: {
      meta: {
        kind: 'question',
        prompt: 'Is the group for academic purposes?',
        hint: 'The policy does not define "academic purposes". This site reads a group for a course or class as one. If you cannot tell whether a group counts, for example a professional network or a teachers’ forum, choose "I\'m not sure".',
        answers: yesNoNotSure('academicPurpose'),
        cites: ['2e'],
      },
      on: {
        'answer.yes': 'notAllowedOtherName',
        'answer.no': 'notAnAcademicGroup',
        'answer.notSure': 'checkIfAcademic',
      },
    },

    // Outcomes
    allowedUnderOwnName: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, under your own name',
        explanation: `Clause 2(e) says staff will use only their own name when participating in an online social media group for academic purposes. Under your own name you meet it whether or not this group counts as one. You may well be identifiable as a Division employee, which brings in clause 1(b); what you post in the group is covered by clause 2(a) and the conduct clauses. ${ACKNOWLEDGEMENT_2G}`,
        conditions: [
          { text: 'Use only your own name in the group.', cites: ['2e'] },
          IF_IDENTIFIABLE_STATEMENT_CONDITION,
          CONSENT_CONDITION,
          CONDUCT_CONDITION,
          IF_THE_GROUP_HAS_STUDENTS_CONDITION,
        ],
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
        cites: ['2e', '1b', '2a', '2b', '2c', '2d', '2f', '2g'],
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
        afterTheFact: [
          {
            says: 'policy',
            text: 'Staff "will use only their own name" when participating in an online social media group for academic purposes.',
            cites: ['2e'],
          },
          {
            says: 'advice',
            text: 'Change the name you take part under to your own, or leave the group, and tell your principal if you posted under the other name.',
          },
        ],
        cites: ['2e'],
      },
    },
    checkIfAcademic: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        title: 'Find out first whether the group counts as academic',
        explanation:
          'Clause 2(e) says staff will use only their own name when participating in an online social media group for academic purposes, and the policy does not define "academic purposes". Until you know, the name you would use is not covered.',
        askWhom: 'Ask your principal or supervisor whether the group counts as one for academic purposes.',
        nextSteps: [{ says: 'advice', text: 'Or take part under your own name, which meets clause 2(e) either way.' }],
        afterTheFact: [{ says: 'advice', text: 'Find out now; until you know, take part only under your own name.' }],
        cites: ['2e'],
      },
    },
    notAnAcademicGroup: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        title: 'Not decided by this policy: which name to use in a group that is not for academic purposes',
        explanation: `Clause 2(e) is about online social media groups for academic purposes. The policy does not say which name to use in other groups. What you post there is still covered by the other clauses. ${ACKNOWLEDGEMENT_2G}`,
        askWhom: 'If you are unsure whether the group counts as academic, ask your principal or supervisor.',
        stillApplies: [
          IF_IDENTIFIABLE_STATEMENT_CONDITION,
          CONSENT_CONDITION,
          CONDUCT_CONDITION,
          ACKNOWLEDGEMENT_2G_CONDITION,
        ],
        afterTheFact: [ASK_WHETHER_TO_LEAVE_IT],
        cites: ['2e', '1b', '2a', '2b', '2c', '2d', '2f', '2g'],
      },
    },
  },
});
