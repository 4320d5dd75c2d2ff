import { setup } from 'xstate';
import type { AnswerEvent, DecisionMeta } from './types.ts';

/**
 * "May I message a student online?" Online correspondence with students must be about course work
 * or school-sanctioned clubs or activities, and should include parents when possible (3a); the
 * profession's ethical standards apply (3d). Cites 3a, 3d.
 */
export const messagingAStudentMachine = setup({
  types: {
    events: {} as AnswerEvent<'yes' | 'no' | 'notSure'>,
    meta: {} as DecisionMeta,
  },
}).createMachine({
  id: 'messaging-a-student',
  initial: 'isAboutCourseOrClub',
  states: {
    isAboutCourseOrClub: {
      meta: {
        kind: 'question',
        prompt: 'Is the message about course work, or about a school-sanctioned club or activity?',
        answers: [
          { answer: 'yes', label: 'Yes' },
          { answer: 'no', label: 'No, it is about something else' },
          { answer: 'notSure', label: "I'm not sure the club or activity is school-sanctioned" },
        ],
        cites: ['3a'],
      },
      on: { 'answer.yes': 'canIncludeParents', 'answer.no': 'notAllowedOffTopic', 'answer.notSure': 'checkIfSanctioned' },
    },
    canIncludeParents: {
      meta: {
        kind: 'question',
        prompt: "Is it possible to include the student's parents in the correspondence?",
        hint: 'For example by copying them in, or by using a channel they can see.',
        answers: [
          { answer: 'yes', label: 'Yes' },
          { answer: 'no', label: 'No, not in this case' },
        ],
        cites: ['3a'],
      },
      on: { 'answer.yes': 'allowedIncludingParents', 'answer.no': 'allowedWithoutParents' },
    },

    // Outcomes
    allowedIncludingParents: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, with parents included',
        explanation:
          'Clause 3(a) says online correspondence between staff and students must be related to course work or school-sanctioned clubs or activities, and should include parents when possible. Yours is, and including parents is possible, so include them.',
        conditions: [
          { text: "Include the student's parents in the correspondence.", cites: ['3a'] },
          { text: 'Keep to course work or the school-sanctioned club or activity.', cites: ['3a'] },
          { text: 'The ethical standards for the teaching profession apply online as in school.', cites: ['3d'] },
        ],
        cites: ['3a', '3d'],
      },
    },
    allowedWithoutParents: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, keeping to course work or the club or activity',
        explanation:
          'Clause 3(a) asks that parents be included when possible; where it is not possible, the correspondence is still allowed as long as it is related to course work or school-sanctioned clubs or activities.',
        conditions: [
          { text: 'Keep to course work or the school-sanctioned club or activity.', cites: ['3a'] },
          { text: 'Include parents as soon as it becomes possible.', cites: ['3a'] },
          { text: 'The ethical standards for the teaching profession apply online as in school.', cites: ['3d'] },
        ],
        cites: ['3a', '3d'],
      },
    },
    notAllowedOffTopic: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed: correspondence must be about course work or school clubs and activities',
        explanation: 'Clause 3(a) says online correspondence between staff and students must be related to course work, or school sanctioned clubs/activities.',
        wouldAllow: 'Only a message about course work or a school-sanctioned club or activity.',
        cites: ['3a'],
      },
    },
    checkIfSanctioned: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not yet: find out whether the club or activity is school-sanctioned',
        explanation:
          'Clause 3(a) allows correspondence about school-sanctioned clubs or activities. Until you know this one is sanctioned, the message is not covered.',
        askWhom: 'Ask your principal whether the club or activity is school-sanctioned.',
        cites: ['3a'],
      },
    },
  },
});
