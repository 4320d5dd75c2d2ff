import { setup } from 'xstate';
import {
  CHECK_THE_CONDITIONS_NOW,
  CONSENT_CANNOT_COME_FIRST_NOW,
  NOT_DONE_YET,
  TAKE_IT_DOWN,
  TELL_YOUR_PRINCIPAL,
  timingImplementations,
  timingQuestion,
  timingTransitions,
  type TimingContext,
} from '../after-the-fact.ts';
import type { ActionStep, AnswerEvent, Condition, DecisionMeta, QuestionMeta, ReadingRef } from '../types.ts';
import {
  ACKNOWLEDGEMENT_2G,
  CONSENT_FIRST_HINT,
  CONSENT_NOT_FIRST,
  EMAIL_OR_TEXT_CONSENT,
  FIND_OUT_WHETHER_CONSENT_COVERS,
  NOT_DECIDED_CONSENT_BY_EMAIL,
  NOT_DECIDED_GUARDIAN_OF_INDEPENDENT_STUDENT,
  NOT_SURE_CONSENT_COVERS,
  INDEPENDENT_STUDENT_CONSENT_REQUEST,
  NOT_DECIDED_WHO_CONSENTS_FOR_ADULTS,
  RECORDS_CONSENT_REQUEST,
  REST_OF_POST_CONDITIONS,
  SPOKEN_CONSENT_IS_NOT_ENOUGH,
  STUDENT_CONSENT_REQUEST,
  consentInWriting,
  fact,
  yesNoNotSure,
} from '../wording.ts';

/** What the consent allows: 2(a) asks for consent to a disclosure, so it covers what it was given for. */
const WITHIN_CONSENT_CONDITION: Condition = {
  text: 'Share only what the written consent was given for, and only once you hold it. A release form signed at registration covers what it says, and no more.',
  cites: ['2a'],
};

/**
 * "Whose written consent do you have?", asked where a fact that decides whom 2(a) names is not known
 * (the student's age, or whether a student of 16 or 17 is independent): the principal's or a
 * supervisor's meets the clause either way, the guardian's or the student's own depends on it.
 */
function whoseConsentWhileUnknown(why: string): QuestionMeta {
  return {
    kind: 'question',
    prompt: 'Whose written consent do you have, obtained before it is posted or shared?',
    hint: `${CONSENT_FIRST_HINT} ${why}`,
    answers: [
      {
        answer: 'principalOrSupervisor',
        label: 'The principal’s or a supervisor’s',
        facts: { ...fact('consent', 'written-from-named'), ...fact('consentTiming', 'before') },
      },
      {
        answer: 'guardianOrStudent',
        label: 'Only the guardian’s, or only the student’s own',
        facts: { ...fact('consent', 'written-giver-unsettled'), ...fact('consentTiming', 'before') },
      },
      {
        answer: 'afterPosting',
        label: 'Written consent, but only after it was posted or shared',
        facts: {
          ...fact('consent', 'written-from-named', 'written-giver-unsettled'),
          ...fact('consentTiming', 'after'),
        },
      },
      EMAIL_OR_TEXT_CONSENT,
      { answer: 'spokenOnly', label: 'Only spoken (verbal)', facts: fact('consent', 'spoken') },
      { answer: 'no', label: 'None', facts: fact('consent', 'none') },
      NOT_SURE_CONSENT_COVERS,
    ],
    cites: ['2a'],
  };
}

/** The clauses every outcome that lets a post go ahead still points to. */
const REST_OF_POST_CITES = ['1a', '1b', '2b', '2c', '2d', '2f', '2g'];

/** Where the site reads "images" in 2(a) as any image of a student. */
const IMAGES_READING: ReadingRef = { clause: '2a', reading: 'images-of-students' };
/** Where the site reads who 2(a) names, for records and for students of 18 or older. */
const WHO_IS_NAMED_READING: ReadingRef = { clause: '2a', reading: 'who-is-named' };

/** After the fact, where the disclosure lacked the written consent first. */
const WITHOUT_CONSENT_AFTER_THE_FACT: ActionStep[] = [
  ...CONSENT_CANNOT_COME_FIRST_NOW,
  TAKE_IT_DOWN,
  TELL_YOUR_PRINCIPAL,
];

/** After the fact, where it turns on a fact not known yet. */
const FIND_OUT_AFTER_THE_FACT: ActionStep[] = [
  {
    says: 'advice',
    text: 'Find out now. Until you know, take the post down or make it private; then come back and answer again.',
  },
  TELL_YOUR_PRINCIPAL,
];

/**
 * "May I post a photo of my class?" Disclosing student images or information, or confidential
 * records. 2(a): written consent first, from whom depends on what is shared and the student's age;
 * for students aged 18 or older it names no one, but still asks for written consent first. What is
 * posted must still meet 1(a), 1(b) and the conduct clauses 2(b)–2(f). Cites 2a and, where a post
 * may go ahead, 1a, 1b, 2b–2f and 2g.
 */
type SharingEvent = AnswerEvent<
  | 'notYet'
  | 'already'
  | 'images'
  | 'information'
  | 'records'
  | 'nothing'
  | 'yes'
  | 'no'
  | 'notSure'
  | 'afterPosting'
  | 'spokenOnly'
  | 'under16'
  | 'sixteenOrSeventeen'
  | 'eighteenOrOlder'
  | 'principalOrSupervisor'
  | 'guardianOrStudent'
  | 'studentOrParentOnly'
  | 'guardianOnly'
  | 'emailOrText'
>;

export default setup({
  types: {
    context: {} as TimingContext,
    events: {} as SharingEvent,
    meta: {} as DecisionMeta,
  },
  actions: timingImplementations<TimingContext, SharingEvent>(),
}).createMachine({
  id: 'sharing-student-content',
  context: NOT_DONE_YET,
  initial: 'hasItHappened',
  states: {
    hasItHappened: {
      meta: timingQuestion({
        prompt: 'Have you already posted or shared it?',
        notYet: 'Not yet: I am deciding whether to post or share it',
        already: 'Yes, I have already posted or shared it',
        premise: fact('activity', 'post'),
      }),
      on: timingTransitions('whatWillBeShared'),
    },
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
            answer: 'notSure',
            label: "I'm not sure whether what I would share is confidential",
            facts: fact('content', 'unsure'),
          },
          {
            answer: 'nothing',
            label: 'None of these',
            hint: 'No images of students, nothing about students and no confidential records.',
            facts: fact('content', 'none'),
          },
        ],
        cites: ['2a'],
      },
      on: {
        'answer.images': 'howOldIsTheStudent',
        'answer.information': 'isInformationConfidential',
        'answer.records': 'hasRecordsConsent',
        'answer.nothing': 'noConsentNeeded',
        'answer.notSure': 'unsureIfConfidential',
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
          { answer: 'notSure', label: "I'm not sure", facts: fact('age', 'unsure') },
        ],
        cites: ['2a'],
      },
      on: {
        'answer.under16': 'hasStaffOrGuardianConsent',
        'answer.sixteenOrSeventeen': 'isIndependentStudent',
        'answer.eighteenOrOlder': 'hasAdultStudentConsent',
        'answer.notSure': 'whoseConsentWhileAgeUnknown',
      },
    },
    isIndependentStudent: {
      meta: {
        kind: 'question',
        prompt: 'Is the student independent: have they removed themselves from parental control?',
        hint: 'An independent student aged 16 or 17 can give written consent themselves.',
        answers: yesNoNotSure('independent', { yes: 'Yes, the student is independent' }),
        cites: ['2a'],
      },
      on: {
        'answer.yes': 'hasIndependentStudentConsent',
        'answer.no': 'hasStaffOrGuardianConsent',
        'answer.notSure': 'whoseConsentWhileIndependenceUnknown',
      },
    },
    whoseConsentWhileIndependenceUnknown: {
      meta: whoseConsentWhileUnknown(
        "The principal's or a supervisor's consent meets clause 2(a) whether or not the student is independent; the guardian's or the student's own depends on it.",
      ),
      on: {
        'answer.principalOrSupervisor': 'allowedWithConsentEitherWay',
        'answer.guardianOrStudent': 'findOutIfIndependent',
        'answer.afterPosting': 'consentNotFirst',
        'answer.emailOrText': 'notDecidedConsentByEmail',
        'answer.spokenOnly': 'spokenConsentIsNotEnough',
        'answer.no': 'notAllowedWithoutConsent',
        'answer.notSure': 'findOutWhetherConsentCovers',
      },
    },
    whoseConsentWhileAgeUnknown: {
      meta: whoseConsentWhileUnknown(
        "On this site's reading of who clause 2(a) names, the principal's or a supervisor's consent meets it at any age; the guardian's or the student's own depends on the student's age.",
      ),
      on: {
        'answer.principalOrSupervisor': 'allowedWithConsentEitherWay',
        'answer.guardianOrStudent': 'findOutAge',
        'answer.afterPosting': 'consentNotFirst',
        'answer.emailOrText': 'notDecidedConsentByEmail',
        'answer.spokenOnly': 'spokenConsentIsNotEnough',
        'answer.no': 'notAllowedWithoutConsent',
        'answer.notSure': 'findOutWhetherConsentCovers',
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
        'answer.afterPosting': 'consentNotFirst',
        'answer.emailOrText': 'notDecidedConsentByEmail',
        'answer.spokenOnly': 'spokenConsentIsNotEnough',
        'answer.no': 'notAllowedWithoutConsent',
        'answer.notSure': 'findOutWhetherConsentCovers',
      },
    },
    hasIndependentStudentConsent: {
      meta: {
        kind: 'question',
        prompt: 'Whose written consent do you have, obtained before it is posted or shared?',
        hint: `${CONSENT_FIRST_HINT} Clause 2(a) names the independent student, and the principal, a supervisor or the guardian for students under 18.`,
        answers: [
          {
            answer: 'yes',
            label: 'The student’s own, the principal’s or a supervisor’s',
            facts: { ...fact('consent', 'written-from-named'), ...fact('consentTiming', 'before') },
          },
          {
            answer: 'guardianOnly',
            label: 'Only the guardian’s',
            facts: { ...fact('consent', 'written-giver-unsettled'), ...fact('consentTiming', 'before') },
          },
          {
            answer: 'afterPosting',
            label: 'Written consent, but only after it was posted or shared',
            facts: {
              ...fact('consent', 'written-from-named', 'written-giver-unsettled'),
              ...fact('consentTiming', 'after'),
            },
          },
          EMAIL_OR_TEXT_CONSENT,
          { answer: 'spokenOnly', label: 'Only spoken (verbal)', facts: fact('consent', 'spoken') },
          { answer: 'no', label: 'None', facts: fact('consent', 'none') },
          NOT_SURE_CONSENT_COVERS,
        ],
        cites: ['2a'],
      },
      on: {
        'answer.yes': 'allowedWithConsent',
        'answer.guardianOnly': 'notDecidedGuardianOfIndependentStudent',
        'answer.afterPosting': 'consentNotFirst',
        'answer.emailOrText': 'notDecidedConsentByEmail',
        'answer.notSure': 'findOutWhetherConsentCovers',
        'answer.spokenOnly': 'spokenIndependentStudentConsentIsNotEnough',
        'answer.no': 'notAllowedWithoutIndependentStudentConsent',
      },
    },
    hasAdultStudentConsent: {
      meta: {
        kind: 'question',
        prompt: 'Whose written consent do you have, obtained before it is posted or shared?',
        hint: `${CONSENT_FIRST_HINT} This site reads clause 2(a) as asking for written consent first for every student. It does not name a student aged 18 or older among those who consent; this site reads its words as naming the principal and a supervisor for a student of any age.`,
        answers: [
          {
            answer: 'principalOrSupervisor',
            label: 'The principal’s or a supervisor’s',
            facts: { ...fact('consent', 'written-from-named'), ...fact('consentTiming', 'before') },
          },
          {
            answer: 'studentOrParentOnly',
            label: 'Only the student’s own, or a parent’s',
            facts: { ...fact('consent', 'written-none-named'), ...fact('consentTiming', 'before') },
          },
          {
            answer: 'afterPosting',
            label: 'Written consent, but only after it was posted or shared',
            facts: {
              ...fact('consent', 'written-from-named', 'written-none-named'),
              ...fact('consentTiming', 'after'),
            },
          },
          EMAIL_OR_TEXT_CONSENT,
          { answer: 'spokenOnly', label: 'Only spoken (verbal)', facts: fact('consent', 'spoken') },
          { answer: 'no', label: 'None', facts: fact('consent', 'none') },
          NOT_SURE_CONSENT_COVERS,
        ],
        cites: ['2a'],
      },
      on: {
        'answer.emailOrText': 'notDecidedConsentByEmail',
        'answer.notSure': 'findOutWhetherConsentCovers',
        'answer.principalOrSupervisor': 'allowedWithAdultStudentConsent',
        'answer.studentOrParentOnly': 'notDecidedWhoConsentsForAdults',
        'answer.afterPosting': 'consentNotFirst',
        'answer.spokenOnly': 'spokenAdultConsentIsNotEnough',
        'answer.no': 'notAllowedWithoutAdultConsent',
      },
    },
    hasRecordsConsent: {
      meta: {
        kind: 'question',
        prompt: 'Do you already have written consent from the principal or a supervisor?',
        hint: `${CONSENT_FIRST_HINT} This site reads clause 2(a) as naming the principal or a supervisor for records.`,
        answers: [
          ...consentInWriting('written-from-named'),
          {
            answer: 'guardianOnly',
            label: 'Only a student’s guardian’s, for a record about their child',
            facts: { ...fact('consent', 'written-giver-unsettled'), ...fact('consentTiming', 'before') },
          },
        ],
        cites: ['2a'],
      },
      on: {
        'answer.yes': 'allowedWithRecordsConsent',
        'answer.guardianOnly': 'notDecidedGuardianForRecords',
        'answer.emailOrText': 'notDecidedConsentByEmail',
        'answer.notSure': 'findOutWhetherConsentCovers',
        'answer.afterPosting': 'consentNotFirst',
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
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
        cites: ['2a', ...REST_OF_POST_CITES],
      },
    },
    allowedWithRecordsConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, with the written consent of the principal or a supervisor',
        explanation: `Clause 2(a) allows confidential school, department or personnel records to be disclosed once written consent has been obtained first. On this site's reading the principal's or a supervisor's written consent meets it for records. The rest of the post must still meet the other clauses. ${ACKNOWLEDGEMENT_2G}`,
        conditions: [WITHIN_CONSENT_CONDITION, ...REST_OF_POST_CONDITIONS],
        handOff: { scenario: 'personal-post', label: 'Check the rest of the post' },
        readings: [WHO_IS_NAMED_READING],
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
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
          'Clause 2(a) requires written consent, obtained first; this site reads it as applying to a student of any age. A spoken yes, however clear, does not meet it.',
        wouldAllow: 'Written consent from the principal or a supervisor, obtained before you post.',
        askWhom: 'Ask your principal for written consent, or whether the student’s own written consent is enough.',
        readings: [WHO_IS_NAMED_READING],
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
        readings: [WHO_IS_NAMED_READING],
      },
    },
    notAllowedWithoutConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed without written consent',
        explanation:
          'Clause 2(a) says staff will not disclose confidential student information or images without first obtaining written consent: from the principal, a supervisor or the guardian for students under 18, or from independent students aged 16 or 17 who have removed themselves from parental control.',
        wouldAllow: 'Written consent from one of those people, obtained before you post.',
        request: STUDENT_CONSENT_REQUEST,
        readings: [IMAGES_READING],
        afterTheFact: WITHOUT_CONSENT_AFTER_THE_FACT,
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
          'Clause 2(a) says staff will not disclose confidential student information or images without first obtaining written consent. An independent student aged 16 or 17 who has removed themselves from parental control can give it; so can the principal, a supervisor or the guardian of a student under 18.',
        wouldAllow: 'Written consent from the student or one of those people, obtained before you post.',
        request: INDEPENDENT_STUDENT_CONSENT_REQUEST,
        readings: [IMAGES_READING],
        afterTheFact: WITHOUT_CONSENT_AFTER_THE_FACT,
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
          'Clause 2(a) says staff will not disclose confidential student information or images without first obtaining written consent. This site reads the requirement of written consent first as applying to a student of any age. On its reading of who the clause names, the principal’s or a supervisor’s written consent meets it for a student aged 18 or older; whether the student’s own consent does, the clause does not say.',
        wouldAllow: 'Written consent from the principal or a supervisor, obtained before you post.',
        askWhom:
          'Ask your principal for written consent, or whether the student’s own written consent is enough, before you post.',
        readings: [IMAGES_READING, WHO_IS_NAMED_READING],
        afterTheFact: WITHOUT_CONSENT_AFTER_THE_FACT,
        cites: ['2a'],
      },
    },
    notDecidedWhoConsentsForAdults: { type: 'final', meta: NOT_DECIDED_WHO_CONSENTS_FOR_ADULTS },
    consentNotFirst: { type: 'final', meta: CONSENT_NOT_FIRST },
    allowedWithAdultStudentConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, with the written consent of the principal or a supervisor',
        explanation: `Clause 2(a) asks for written consent first. For a student aged 18 or older it names no one in so many words; on this site's reading of who the clause names, the principal's or a supervisor's written consent meets it for a student of any age. The rest of the post must still meet the other clauses. ${ACKNOWLEDGEMENT_2G}`,
        conditions: [WITHIN_CONSENT_CONDITION, ...REST_OF_POST_CONDITIONS],
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
        handOff: { scenario: 'personal-post', label: 'Check the rest of the post' },
        readings: [IMAGES_READING, WHO_IS_NAMED_READING],
        cites: ['2a', ...REST_OF_POST_CITES],
      },
    },
    allowedWithConsentEitherWay: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, with the written consent of the principal or a supervisor',
        explanation: `Clause 2(a) allows disclosure once written consent has been obtained first. The principal or a supervisor can give it for a student under 18, whether or not the student is independent, and, on this site's reading of who the clause names, for a student of any age. The rest of the post must still meet the other clauses. ${ACKNOWLEDGEMENT_2G}`,
        eitherWay:
          'You do not need to find out the student’s age, or whether they are independent: the principal’s or a supervisor’s written consent meets clause 2(a) either way.',
        conditions: [WITHIN_CONSENT_CONDITION, ...REST_OF_POST_CONDITIONS],
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
        handOff: { scenario: 'personal-post', label: 'Check the rest of the post' },
        readings: [IMAGES_READING, WHO_IS_NAMED_READING],
        cites: ['2a', ...REST_OF_POST_CITES],
      },
    },
    findOutAge: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        title: 'Find out first how old the student is',
        explanation:
          'Clause 2(a) names who gives written consent by the student’s age: the principal, a supervisor or the guardian for students under 18, and independent students aged 16 or 17 for themselves. Whether the guardian’s or the student’s own consent is one the clause names depends on the student’s age, which you are not sure of.',
        askWhom:
          'Ask the school office for the student’s age; or ask the principal or a supervisor for written consent, which meets clause 2(a) at any age on this site’s reading.',
        afterTheFact: FIND_OUT_AFTER_THE_FACT,
        readings: [WHO_IS_NAMED_READING],
        cites: ['2a'],
      },
    },
    findOutIfIndependent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        title: 'Find out first whether the student is independent',
        explanation:
          'Clause 2(a) lets an independent student aged 16 or 17, who has removed themself from parental control, give written consent; for other students under 18 it names the principal, a supervisor or the guardian. Whether the consent you hold is one the clause names depends on whether the student is independent, which you are not sure of.',
        askWhom:
          'Ask your principal or the school office whether the student is independent; or ask the principal or a supervisor for written consent, which meets clause 2(a) either way.',
        afterTheFact: FIND_OUT_AFTER_THE_FACT,
        readings: [WHO_IS_NAMED_READING],
        cites: ['2a'],
      },
    },
    notDecidedGuardianOfIndependentStudent: { type: 'final', meta: NOT_DECIDED_GUARDIAN_OF_INDEPENDENT_STUDENT },
    notDecidedConsentByEmail: { type: 'final', meta: NOT_DECIDED_CONSENT_BY_EMAIL },
    findOutWhetherConsentCovers: { type: 'final', meta: FIND_OUT_WHETHER_CONSENT_COVERS },
    notDecidedGuardianForRecords: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        title: 'Not decided by this policy: a guardian’s consent to disclose a school record',
        explanation:
          'Clause 2(a) names the principal, supervisor or guardian "for students under the age of 18". It does not say whether a guardian can consent to disclose a confidential school, department or personnel record, even one about their own child; this site reads the principal or a supervisor as able to.',
        askWhom:
          'Ask the principal or a supervisor for written consent, which meets clause 2(a) on this site’s reading.',
        afterTheFact: [{ says: 'advice', text: 'Ask your principal or supervisor now whether to leave it as it is.' }],
        request: RECORDS_CONSENT_REQUEST,
        readings: [WHO_IS_NAMED_READING],
        cites: ['2a'],
      },
    },
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
        readings: [WHO_IS_NAMED_READING],
        afterTheFact: WITHOUT_CONSENT_AFTER_THE_FACT,
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
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
        cites: ['2a', ...REST_OF_POST_CITES],
      },
    },
    unsureIfConfidential: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        title: 'Find out first whether it is confidential',
        explanation:
          'If the information or record is confidential, clause 2(a) requires written consent before it is disclosed. The policy does not say which student information or which records are confidential, so this is a question for your school.',
        askWhom: 'Ask your principal whether the information is confidential. If it is, come back and answer "Yes".',
        afterTheFact: FIND_OUT_AFTER_THE_FACT,
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
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
        cites: ['2a', ...REST_OF_POST_CITES],
      },
    },
  },
});
