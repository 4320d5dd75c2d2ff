import { setup } from 'xstate';
import type { AnswerEvent, Condition, DecisionMeta, ReadingRef } from './types.ts';
import {
  ACKNOWLEDGEMENT_2G,
  CONSENT_FIRST_HINT,
  INDEPENDENT_STUDENT_CONSENT_REQUEST,
  NOT_DECIDED_WHO_CONSENTS_FOR_ADULTS,
  RECORDS_CONSENT_REQUEST,
  REST_OF_POST_CONDITIONS,
  SPOKEN_CONSENT_IS_NOT_ENOUGH,
  STUDENT_CONSENT_REQUEST,
  consentInWriting,
  fact,
  yesNoNotSure,
} from './wording.ts';

/** What the consent allows: 2(a) asks for consent to a disclosure, so it covers what it was given for. */
const WITHIN_CONSENT_CONDITION: Condition = {
  text: 'Share only what the written consent was given for, and only once you hold it. A release form signed at registration covers what it says, and no more.',
  cites: ['2a'],
};

/** The clauses every outcome that lets a post go ahead still points to. */
const REST_OF_POST_CITES = ['1a', '1b', '2b', '2c', '2d', '2f', '2g'];

/** Where the site reads "images" in 2(a) as any image of a student. */
const IMAGES_READING: ReadingRef = { clause: '2a', reading: 'images-of-students' };

/**
 * "May I post a photo of my class?" Disclosing student images or information, or confidential
 * records. 2(a): written consent first, from whom depends on what is shared and the student's age;
 * for students aged 18 or older it names no one, but still asks for written consent first. What is
 * posted must still meet 1(a), 1(b) and the conduct clauses 2(b)–2(f). Cites 2a and, where a post
 * may go ahead, 1a, 1b, 2b–2f and 2g.
 */
export const sharingStudentContentMachine = setup({
  types: {
    events: {} as AnswerEvent<
      | 'images'
      | 'information'
      | 'records'
      | 'nothing'
      | 'yes'
      | 'no'
      | 'notSure'
      | 'spokenOnly'
      | 'under16'
      | 'sixteenOrSeventeen'
      | 'eighteenOrOlder'
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
          {
            answer: 'images',
            label: 'Photos, video or other images of students',
            hint: 'Any image in which a student can be seen, on any account.',
            facts: fact('content', 'images'),
          },
          {
            answer: 'information',
            label: 'Information about students',
            hint: 'Including student work, such as an essay or a drawing, that shows who made it.',
            facts: fact('content', 'confidential-information', 'other-information', 'unsure'),
          },
          {
            answer: 'records',
            label: 'Confidential school, department or personnel records',
            facts: fact('content', 'records'),
          },
          {
            answer: 'nothing',
            label: 'None of these',
            hint: 'No images of students, nothing about students and no confidential records.',
            facts: fact('content', 'none'),
          },
        ],
        cites: ['2a'],
        premise: fact('activity', 'post'),
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
        hint: 'Clause 2(a) covers confidential student information, and the policy does not list what counts as confidential. If it is about marks, health, behaviour, family or home life, or you are in any doubt, choose "I\'m not sure" and ask.',
        answers: [
          { answer: 'yes', label: 'Yes', facts: fact('content', 'confidential-information') },
          { answer: 'no', label: 'No', facts: fact('content', 'other-information') },
          { answer: 'notSure', label: "I'm not sure", facts: fact('content', 'unsure') },
        ],
        cites: ['2a'],
      },
      on: {
        'answer.yes': 'howOldIsTheStudent',
        'answer.no': 'informationNotConfidential',
        'answer.notSure': 'unsureIfConfidential',
      },
    },
    howOldIsTheStudent: {
      meta: {
        kind: 'question',
        prompt: 'How old is the student?',
        hint: 'If several students are involved, go through this once for each of them.',
        answers: [
          { answer: 'under16', label: 'Under 16', facts: fact('age', 'under-16') },
          { answer: 'sixteenOrSeventeen', label: '16 or 17', facts: fact('age', '16-or-17') },
          { answer: 'eighteenOrOlder', label: '18 or older', facts: fact('age', '18-or-older') },
        ],
        cites: ['2a'],
      },
      on: {
        'answer.under16': 'hasStaffOrGuardianConsent',
        'answer.sixteenOrSeventeen': 'isIndependentStudent',
        'answer.eighteenOrOlder': 'hasAdultStudentConsent',
      },
    },
    isIndependentStudent: {
      meta: {
        kind: 'question',
        prompt: 'Is the student independent: have they removed themselves from parental control?',
        hint: 'An independent student aged 16 or 17 can give written consent themselves. If you are not sure, consent from the principal, a supervisor or the guardian works either way.',
        answers: yesNoNotSure('independent', { yes: 'Yes, the student is independent' }),
        cites: ['2a'],
      },
      on: {
        'answer.yes': 'hasIndependentStudentConsent',
        'answer.no': 'hasStaffOrGuardianConsent',
        'answer.notSure': 'hasStaffOrGuardianConsent',
      },
    },
    hasStaffOrGuardianConsent: {
      meta: {
        kind: 'question',
        prompt: "Do you already have written consent from the principal, a supervisor or the student's guardian?",
        hint: `${CONSENT_FIRST_HINT} A release form the guardian signed counts if it covers this use: read what it covers.`,
        answers: consentInWriting('written-from-named'),
        cites: ['2a'],
      },
      on: {
        'answer.yes': 'allowedWithConsent',
        'answer.spokenOnly': 'spokenConsentIsNotEnough',
        'answer.no': 'notAllowedWithoutConsent',
      },
    },
    hasIndependentStudentConsent: {
      meta: {
        kind: 'question',
        prompt:
          'Do you already have written consent from the student, or from the principal, a supervisor or a guardian?',
        hint: CONSENT_FIRST_HINT,
        answers: consentInWriting('written-from-named'),
        cites: ['2a'],
      },
      on: {
        'answer.yes': 'allowedWithConsent',
        'answer.spokenOnly': 'spokenIndependentStudentConsentIsNotEnough',
        'answer.no': 'notAllowedWithoutIndependentStudentConsent',
      },
    },
    hasAdultStudentConsent: {
      meta: {
        kind: 'question',
        prompt: 'Do you already have written consent to share it?',
        hint: `${CONSENT_FIRST_HINT} Clause 2(a) asks for written consent first for every student, but names no one who can give it for a student aged 18 or older.`,
        answers: consentInWriting('written-none-named'),
        cites: ['2a'],
      },
      on: {
        'answer.yes': 'notDecidedWhoConsentsForAdults',
        'answer.spokenOnly': 'spokenAdultConsentIsNotEnough',
        'answer.no': 'notAllowedWithoutAdultConsent',
      },
    },
    hasRecordsConsent: {
      meta: {
        kind: 'question',
        prompt: 'Do you already have written consent from the principal or a supervisor?',
        hint: 'Consent has to come first, before anything is disclosed.',
        answers: consentInWriting('written-from-named'),
        cites: ['2a'],
      },
      on: {
        'answer.yes': 'allowedWithRecordsConsent',
        'answer.spokenOnly': 'spokenRecordsConsentIsNotEnough',
        'answer.no': 'notAllowedWithoutRecordsConsent',
      },
    },

    // Outcomes
    allowedWithConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, with the written consent you have',
        explanation: `Clause 2(a) allows disclosure once written consent has been obtained first from the right person, which you have said you have. The consent settles clause 2(a) only: the rest of the post must still meet the other clauses. ${ACKNOWLEDGEMENT_2G}`,
        conditions: [WITHIN_CONSENT_CONDITION, ...REST_OF_POST_CONDITIONS],
        handOff: { scenario: 'personal-post', label: 'Check the rest of the post' },
        readings: [IMAGES_READING],
        cites: ['2a', ...REST_OF_POST_CITES],
      },
    },
    allowedWithRecordsConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, with the written consent of the principal or a supervisor',
        explanation: `Clause 2(a) allows confidential school, department or personnel records to be disclosed once written consent has been obtained first. This site reads the principal or a supervisor as the people who can give it for records. The rest of the post must still meet the other clauses. ${ACKNOWLEDGEMENT_2G}`,
        conditions: [WITHIN_CONSENT_CONDITION, ...REST_OF_POST_CONDITIONS],
        handOff: { scenario: 'personal-post', label: 'Check the rest of the post' },
        readings: [{ clause: '2a', reading: 'who-consents-for-records' }],
        cites: ['2a', ...REST_OF_POST_CITES],
      },
    },
    spokenConsentIsNotEnough: {
      type: 'final',
      meta: {
        ...SPOKEN_CONSENT_IS_NOT_ENOUGH,
        readings: [IMAGES_READING],
        request: STUDENT_CONSENT_REQUEST,
      },
    },
    spokenIndependentStudentConsentIsNotEnough: {
      type: 'final',
      meta: {
        ...SPOKEN_CONSENT_IS_NOT_ENOUGH,
        explanation:
          'Clause 2(a) requires written consent, obtained first. A spoken yes from the student, however clear, does not meet it.',
        wouldAllow:
          'The same consent, given in writing by the student (or the principal, a supervisor or a guardian), before you post.',
        request: INDEPENDENT_STUDENT_CONSENT_REQUEST,
      },
    },
    spokenAdultConsentIsNotEnough: {
      type: 'final',
      meta: {
        ...SPOKEN_CONSENT_IS_NOT_ENOUGH,
        explanation:
          'Clause 2(a) requires written consent, obtained first, for a student of any age. A spoken yes, however clear, does not meet it. For a student aged 18 or older the policy does not name who gives it.',
        wouldAllow: 'Written consent obtained before you post, from the person your principal confirms can give it.',
        askWhom: 'Ask your principal whose written consent to obtain for a student aged 18 or older.',
        readings: [{ clause: '2a', reading: 'students-18-or-older' }],
      },
    },
    spokenRecordsConsentIsNotEnough: {
      type: 'final',
      meta: {
        ...SPOKEN_CONSENT_IS_NOT_ENOUGH,
        explanation:
          'Clause 2(a) requires written consent, obtained first, before confidential school, department or personnel records are disclosed. Spoken consent does not meet it.',
        wouldAllow:
          'The same consent, given in writing by the principal or a supervisor, before anything is disclosed.',
        request: RECORDS_CONSENT_REQUEST,
        readings: [{ clause: '2a', reading: 'who-consents-for-records' }],
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
        readings: [IMAGES_READING],
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
        readings: [IMAGES_READING],
        cites: ['2a'],
      },
    },
    notAllowedWithoutAdultConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed without written consent, even for a student aged 18 or older',
        explanation:
          'Clause 2(a) says staff will not disclose student images or confidential student information without first obtaining written consent. It names who gives consent only for students under 18 and for independent students aged 16 or 17. This site reads the requirement of written consent first as applying at any age; for a student aged 18 or older the policy does not say who can give it.',
        wouldAllow: 'Written consent obtained before you post, from the person your principal confirms can give it.',
        askWhom:
          'Ask your principal whose written consent to obtain for a student aged 18 or older, and obtain it in writing before you post.',
        readings: [IMAGES_READING, { clause: '2a', reading: 'students-18-or-older' }],
        cites: ['2a'],
      },
    },
    notDecidedWhoConsentsForAdults: { type: 'final', meta: NOT_DECIDED_WHO_CONSENTS_FOR_ADULTS },
    notAllowedWithoutRecordsConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed without written consent from the principal or a supervisor',
        explanation:
          'Clause 2(a) says staff will not disclose confidential school, department or personnel records without first obtaining written consent.',
        wouldAllow: 'Written consent from the principal or a supervisor, obtained before anything is disclosed.',
        request: RECORDS_CONSENT_REQUEST,
        readings: [{ clause: '2a', reading: 'who-consents-for-records' }],
        cites: ['2a'],
      },
    },
    informationNotConfidential: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Clause 2(a) does not ask for consent: the information is not confidential',
        explanation: `Clause 2(a) requires written consent for confidential student information, for images of students and for confidential records. Information that is not confidential, with no image, does not need consent under it. The rest of the post must still meet the other clauses. ${ACKNOWLEDGEMENT_2G}`,
        conditions: [
          {
            text: 'If the post also shows a student, or the information turns out to be confidential, written consent is needed first.',
            cites: ['2a'],
          },
          ...REST_OF_POST_CONDITIONS,
        ],
        handOff: { scenario: 'personal-post', label: 'Check the rest of the post' },
        readings: [{ clause: '2a', reading: 'student-work' }],
        cites: ['2a', ...REST_OF_POST_CITES],
      },
    },
    unsureIfConfidential: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        title: 'Find out first whether the information is confidential',
        explanation:
          'If the information is confidential, clause 2(a) requires written consent before it is disclosed. The policy does not say which student information is confidential, so this is a question for your school.',
        askWhom: 'Ask your principal whether the information is confidential. If it is, come back and answer "Yes".',
        cites: ['2a'],
      },
    },
    noConsentNeeded: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Clause 2(a) does not ask for consent: the other clauses still apply',
        explanation: `Clause 2(a) is about confidential student information, images and confidential school, department or personnel records. Content with none of these does not need consent under it. The rest of the post must still meet the other clauses. ${ACKNOWLEDGEMENT_2G}`,
        conditions: REST_OF_POST_CONDITIONS,
        handOff: { scenario: 'personal-post', label: 'Check the rest of the post' },
        readings: [IMAGES_READING],
        cites: ['2a', ...REST_OF_POST_CITES],
      },
    },
  },
});
