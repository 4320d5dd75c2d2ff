import { setup } from 'xstate';
import type { AnswerEvent, DecisionMeta } from './types.ts';
import {
  FOIP_CONDITION,
  INDEPENDENT_STUDENT_CONSENT_REQUEST,
  IN_WRITING,
  RECORDS_CONSENT_REQUEST,
  STUDENT_CONSENT_REQUEST,
  YES_NO_NOT_SURE,
} from './wording.ts';

/** 2(a): consent is obtained first, before anything is disclosed. */
const CONSENT_FIRST_HINT = 'Consent has to come first, before anything is posted or shared.';

/**
 * "May I post a photo of my class?" Disclosing student images or information, or confidential
 * records. 2(a): written consent first, from whom depends on what is shared and the student's age;
 * 2(g): everything posted is subject to the FOIP Act. Cites 2a, 2g.
 */
export const sharingStudentContentMachine = setup({
  types: {
    events: {} as AnswerEvent<
      'images' | 'information' | 'records' | 'nothing' | 'yes' | 'no' | 'notSure' | 'spokenOnly' | 'under16' | 'sixteenOrSeventeen' | 'eighteenOrOlder'
    >,
    meta: {} as DecisionMeta,
  },
}).createMachine({
  id: 'sharing-student-content',
  initial: 'whatWillBeShared',
  states: {
    whatWillBeShared: {
      meta: {
        kind: 'question',
        prompt: 'What would you post or share?',
        hint: 'If it is more than one of these, go through the questions once for each.',
        answers: [
          { answer: 'images', label: 'Photos, video or other images of students' },
          { answer: 'information', label: 'Information about students' },
          { answer: 'records', label: 'Confidential school, department or personnel records' },
          { answer: 'nothing', label: 'None of these', hint: 'Nothing about students and no confidential records.' },
        ],
        cites: ['2a'],
      },
      on: {
        'answer.images': 'howOldIsTheStudent',
        'answer.information': 'isInformationConfidential',
        'answer.records': 'hasRecordsConsent',
        'answer.nothing': 'noConsentNeeded',
      },
    },
    isInformationConfidential: {
      meta: {
        kind: 'question',
        prompt: 'Is the student information confidential?',
        hint: 'Clause 2(a) covers confidential student information. The policy does not list what counts as confidential.',
        answers: YES_NO_NOT_SURE,
        cites: ['2a'],
      },
      on: { 'answer.yes': 'howOldIsTheStudent', 'answer.no': 'informationNotConfidential', 'answer.notSure': 'unsureIfConfidential' },
    },
    howOldIsTheStudent: {
      meta: {
        kind: 'question',
        prompt: 'How old is the student?',
        hint: 'If several students are involved, go through this once for each of them.',
        answers: [
          { answer: 'under16', label: 'Under 16' },
          { answer: 'sixteenOrSeventeen', label: '16 or 17' },
          { answer: 'eighteenOrOlder', label: '18 or older' },
        ],
        cites: ['2a'],
      },
      on: {
        'answer.under16': 'hasStaffOrGuardianConsent',
        'answer.sixteenOrSeventeen': 'isIndependentStudent',
        'answer.eighteenOrOlder': 'adultStudent',
      },
    },
    isIndependentStudent: {
      meta: {
        kind: 'question',
        prompt: 'Is the student independent: have they removed themselves from parental control?',
        hint: 'An independent student aged 16 or 17 can give written consent themselves. If you are not sure, consent from the principal, a supervisor or the guardian works either way.',
        answers: [
          { answer: 'yes', label: 'Yes, the student is independent' },
          { answer: 'no', label: 'No' },
          { answer: 'notSure', label: "I'm not sure" },
        ],
        cites: ['2a'],
      },
      on: { 'answer.yes': 'hasIndependentStudentConsent', 'answer.no': 'hasStaffOrGuardianConsent', 'answer.notSure': 'hasStaffOrGuardianConsent' },
    },
    hasStaffOrGuardianConsent: {
      meta: {
        kind: 'question',
        prompt: "Do you already have written consent from the principal, a supervisor or the student's guardian?",
        hint: CONSENT_FIRST_HINT,
        answers: IN_WRITING,
        cites: ['2a'],
      },
      on: { 'answer.yes': 'allowedWithConsent', 'answer.spokenOnly': 'spokenConsentIsNotEnough', 'answer.no': 'notAllowedWithoutConsent' },
    },
    hasIndependentStudentConsent: {
      meta: {
        kind: 'question',
        prompt: 'Do you already have written consent from the student, or from the principal, a supervisor or a guardian?',
        hint: CONSENT_FIRST_HINT,
        answers: IN_WRITING,
        cites: ['2a'],
      },
      on: {
        'answer.yes': 'allowedWithConsent',
        'answer.spokenOnly': 'spokenIndependentStudentConsentIsNotEnough',
        'answer.no': 'notAllowedWithoutIndependentStudentConsent',
      },
    },
    hasRecordsConsent: {
      meta: {
        kind: 'question',
        prompt: 'Do you already have written consent from the principal or a supervisor?',
        hint: 'Consent has to come first, before anything is disclosed.',
        answers: IN_WRITING,
        cites: ['2a'],
      },
      on: { 'answer.yes': 'allowedWithConsent', 'answer.spokenOnly': 'spokenRecordsConsentIsNotEnough', 'answer.no': 'notAllowedWithoutRecordsConsent' },
    },

    // Outcomes
    allowedWithConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, with the written consent you have',
        explanation:
          'Clause 2(a) allows disclosure once written consent has been obtained first from the right person, which you have said you have. Whatever you post is subject to the Freedom of Information and Protection of Privacy Act (2g).',
        conditions: [{ text: 'Share only what the written consent was given for; obtain it before anything is posted.', cites: ['2a'] }, FOIP_CONDITION],
        cites: ['2a', '2g'],
      },
    },
    spokenConsentIsNotEnough: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed yet: spoken consent is not written consent',
        explanation: 'Clause 2(a) requires written consent, obtained first. A spoken yes, however clear, does not meet it.',
        wouldAllow: 'The same consent, given in writing, before you post.',
        request: STUDENT_CONSENT_REQUEST,
        cites: ['2a'],
      },
    },
    spokenIndependentStudentConsentIsNotEnough: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed yet: spoken consent is not written consent',
        explanation: 'Clause 2(a) requires written consent, obtained first. A spoken yes from the student, however clear, does not meet it.',
        wouldAllow: 'The same consent, given in writing by the student (or the principal, a supervisor or a guardian), before you post.',
        request: INDEPENDENT_STUDENT_CONSENT_REQUEST,
        cites: ['2a'],
      },
    },
    spokenRecordsConsentIsNotEnough: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed yet: spoken consent is not written consent',
        explanation:
          'Clause 2(a) requires written consent, obtained first, before confidential school, department or personnel records are disclosed. Spoken consent does not meet it.',
        wouldAllow: 'The same consent, given in writing by the principal or a supervisor, before anything is disclosed.',
        request: RECORDS_CONSENT_REQUEST,
        cites: ['2a'],
      },
    },
    notAllowedWithoutConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed without written consent',
        explanation:
          'Clause 2(a) says staff will not disclose student images or confidential student information without first obtaining written consent: from the principal, a supervisor or the guardian for students under 18, or from independent students aged 16 or 17 who have removed themselves from parental control.',
        wouldAllow: 'Written consent from one of those people, obtained before you post.',
        request: STUDENT_CONSENT_REQUEST,
        cites: ['2a'],
      },
    },
    notAllowedWithoutIndependentStudentConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed without written consent',
        explanation:
          'Clause 2(a) says staff will not disclose student images or confidential student information without first obtaining written consent. An independent student aged 16 or 17 who has removed themselves from parental control can give it; so can the principal, a supervisor or the guardian of a student under 18.',
        wouldAllow: 'Written consent from the student or one of those people, obtained before you post.',
        request: INDEPENDENT_STUDENT_CONSENT_REQUEST,
        cites: ['2a'],
      },
    },
    notAllowedWithoutRecordsConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed without written consent from the principal or a supervisor',
        explanation: 'Clause 2(a) says staff will not disclose confidential school, department or personnel records without first obtaining written consent.',
        wouldAllow: 'Written consent from the principal or a supervisor, obtained before anything is disclosed.',
        request: RECORDS_CONSENT_REQUEST,
        cites: ['2a'],
      },
    },
    adultStudent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        title: 'Not decided by this policy: it names no one who can consent for students 18 or older',
        explanation:
          'Clause 2(a) names who gives written consent for students under 18 and for independent students aged 16 or 17. It names no one for students aged 18 or older, so the policy does not settle this case. What you post is still subject to the Freedom of Information and Protection of Privacy Act (2g).',
        askWhom: 'Ask your principal before you post or share anything.',
        cites: ['2a', '2g'],
      },
    },
    informationNotConfidential: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        title: 'Not decided by this policy: 2(a) covers confidential information only',
        explanation:
          'Clause 2(a) requires written consent for confidential student information. The policy says nothing else about sharing student information that is not confidential. Whatever you post is subject to the Freedom of Information and Protection of Privacy Act (2g).',
        askWhom: 'If you have any doubt whether the information is confidential, ask your principal first.',
        cites: ['2a', '2g'],
      },
    },
    unsureIfConfidential: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        title: 'Find out first whether the information is confidential',
        explanation:
          'If the information is confidential, clause 2(a) requires written consent before it is disclosed. The policy does not say which student information is confidential, so this is a question for your school.',
        askWhom: 'Ask your principal whether the information is confidential. If it is, come back and answer "Yes".',
        cites: ['2a', '2g'],
      },
    },
    noConsentNeeded: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed',
        title: 'No consent is needed under 2(a)',
        explanation:
          'Clause 2(a) is about confidential student information, images and confidential school, department or personnel records. Content with none of these does not need consent under it. Everything posted is still subject to the Freedom of Information and Protection of Privacy Act (2g), and the general conduct clauses still apply.',
        handOff: { scenario: 'personal-post', label: 'Check the rest of the post' },
        cites: ['2a', '2g'],
      },
    },
  },
});
