import { setup } from 'xstate';
import type { AnswerEvent, DecisionMeta } from './types.ts';
import { FOIP_CONDITION, IDENTIFIABLE_HINT, IDENTIFIABLE_PROMPT, NOT_REPRESENTING_STATEMENT, STATEMENT_CONDITION, YES_NO } from './wording.ts';

/**
 * "Is this personal post all right?" Checks a post against each conduct clause in turn: student
 * content goes to the consent scenario (2a); defamatory (2b, 2f), harmful (2f), reputation (2c) and
 * disruption (2d) each stop it; otherwise it is allowed with 1(b) and 2(g) as reminders.
 */
export const personalPostMachine = setup({
  types: {
    events: {} as AnswerEvent<'yes' | 'no'>,
    meta: {} as DecisionMeta,
  },
}).createMachine({
  id: 'personal-post',
  initial: 'includesStudentContent',
  states: {
    includesStudentContent: {
      meta: {
        kind: 'question',
        prompt: 'Does the post include images of students, confidential student information, or confidential school, department or personnel records?',
        answers: YES_NO,
        cites: ['2a'],
      },
      on: { 'answer.yes': 'needsConsentFirst', 'answer.no': 'isDefamatory' },
    },
    isDefamatory: {
      meta: {
        kind: 'question',
        prompt: 'Is it defamatory towards students, Division employees, or Division policies and regulations?',
        hint: 'The policy does not define "defamatory". If you have doubts, treat that as a reason to ask before posting.',
        answers: YES_NO,
        cites: ['2b', '2f'],
      },
      on: { 'answer.yes': 'notAllowedDefamatory', 'answer.no': 'isHarmfulContent' },
    },
    isHarmfulContent: {
      meta: {
        kind: 'question',
        prompt: 'Is it pornographic, proprietary or harassing, or would it create a negative work environment?',
        hint: 'This covers promoting such content too, for example sharing or reposting it.',
        answers: YES_NO,
        cites: ['2f'],
      },
      on: { 'answer.yes': 'notAllowedHarmful', 'answer.no': 'reflectsNegatively' },
    },
    reflectsNegatively: {
      meta: {
        kind: 'question',
        prompt: "Would it reflect negatively on a school's or the Division's reputation?",
        answers: YES_NO,
        cites: ['2c'],
      },
      on: { 'answer.yes': 'notAllowedReputation', 'answer.no': 'couldDisrupt' },
    },
    couldDisrupt: {
      meta: {
        kind: 'question',
        prompt: "Could it disrupt a school or the Division's environment, or harm your ability to do your job?",
        answers: YES_NO,
        cites: ['2d'],
      },
      on: { 'answer.yes': 'disruptionRisksDiscipline', 'answer.no': 'isIdentifiableAsEmployee' },
    },
    isIdentifiableAsEmployee: {
      meta: {
        kind: 'question',
        prompt: IDENTIFIABLE_PROMPT,
        hint: IDENTIFIABLE_HINT,
        answers: YES_NO,
        cites: ['1b'],
      },
      on: { 'answer.yes': 'allowedWithStatement', 'answer.no': 'allowed' },
    },

    // Outcomes
    needsConsentFirst: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not without written consent first',
        explanation:
          "Clause 2(a) says staff will not disclose student images, confidential student information or confidential school, department or personnel records without first obtaining written consent. Who can give it depends on what you share and on the student's age.",
        wouldAllow: 'Written consent from the right person, obtained before you post.',
        handOff: { scenario: 'sharing-student-content', label: 'Find out whose written consent you need' },
        cites: ['2a'],
      },
    },
    notAllowedDefamatory: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed: it is defamatory, and can lead to discipline',
        explanation:
          'Clause 2(b) says staff will not use social media to be defamatory towards students, Divisional employees or Divisional policies and regulations, and clause 2(f) says staff may be disciplined for posting or promoting defamatory content.',
        wouldAllow: 'Nothing would make a defamatory post allowed. Raise a concern about a policy or a colleague through your principal or supervisor instead.',
        cites: ['2b', '2f'],
      },
    },
    notAllowedHarmful: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed: this content can lead to discipline',
        explanation:
          'Clause 2(f) says staff may be disciplined for posting or promoting electronic commentary, content or images that are defamatory, pornographic, proprietary, harassing or that create a negative work environment.',
        wouldAllow: 'Nothing would make such a post allowed.',
        cites: ['2f'],
      },
    },
    notAllowedReputation: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: "Not allowed: it would reflect negatively on the school's or Division's reputation",
        explanation:
          "Clause 2(c) says staff will not engage electronically in behaviour or comments that would reflect negatively on a school or the Division's reputation.",
        wouldAllow: 'A post that would not reflect negatively on a school or the Division.',
        cites: ['2c'],
      },
    },
    disruptionRisksDiscipline: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed if it disrupts: you may be disciplined',
        explanation:
          "Clause 2(d) says staff may be disciplined if their social media comments and postings, whether personal or school/Division related, result in a disruption to a school or the Divisional environment, or negatively impact the staff member's ability to perform their duties. A post you expect to have that result is one the policy disciplines.",
        wouldAllow: 'A post that will not disrupt a school or the Division, or affect your work.',
        askWhom: 'If you are unsure how a post will land, ask your principal or supervisor first.',
        cites: ['2d'],
      },
    },
    allowedWithStatement: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, with a statement that you do not speak for the Division',
        explanation:
          'Nothing you have described is ruled out by clauses 2(a) to 2(f). Because people can tell you work for the Division, clause 1(b) asks your profile or post to say clearly that you are not representing its views. What you post is subject to the Freedom of Information and Protection of Privacy Act (2g).',
        conditions: [STATEMENT_CONDITION, FOIP_CONDITION],
        copyText: NOT_REPRESENTING_STATEMENT,
        cites: ['1b', '2g', '2b', '2c', '2d', '2f'],
      },
    },
    allowed: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed',
        title: 'Allowed',
        explanation:
          'Nothing you have described is ruled out by clauses 2(a) to 2(f), and because you are not identifiable as a Division employee, clause 1(b) does not ask for a statement. Remember that what you post is subject to the Freedom of Information and Protection of Privacy Act (2g).',
        cites: ['2g', '1b', '2b', '2c', '2d', '2f'],
      },
    },
  },
});
