import { setup } from 'xstate';
import {
  NOT_DONE_YET,
  timingImplementations,
  timingQuestion,
  timingTransitions,
  type TimingContext,
} from '../after-the-fact.ts';
import type { AnswerEvent, DecisionRouting, QuestionRouting, ReadingRef } from '../types.ts';
import {
  CONSENT_NOT_FIRST,
  EMAIL_OR_TEXT_CONSENT,
  FIND_OUT_WHETHER_CONSENT_COVERS,
  NOT_DECIDED_CONSENT_BY_EMAIL,
  NOT_DECIDED_GUARDIAN_OF_INDEPENDENT_STUDENT,
  NOT_SURE_CONSENT_COVERS,
  INDEPENDENT_STUDENT_CONSENT_REQUEST,
  NOT_DECIDED_WHO_CONSENTS_FOR_ADULTS,
  RECORDS_CONSENT_REQUEST,
  SPOKEN_CONSENT_IS_NOT_ENOUGH,
  STUDENT_CONSENT_REQUEST,
  consentInWriting,
  fact,
  yesNoNotSure,
} from '../shared-states.ts';

/**
 * "Whose written consent do you have?", asked where a fact that decides whom 2(a) names is not known
 * (the student's age, or whether a student of 16 or 17 is independent): the principal's or a
 * supervisor's meets the clause either way, the guardian's or the student's own depends on it.
 */
function whoseConsentWhileUnknown(): QuestionRouting {
  return {
    kind: 'question',
    answers: [
      {
        answer: 'principalOrSupervisor',
        facts: { ...fact('consent', 'written-from-named'), ...fact('consentTiming', 'before') },
      },
      {
        answer: 'guardianOrStudent',
        facts: { ...fact('consent', 'written-giver-unsettled'), ...fact('consentTiming', 'before') },
      },
      {
        answer: 'afterPosting',
        facts: {
          ...fact('consent', 'written-from-named', 'written-giver-unsettled'),
          ...fact('consentTiming', 'after'),
        },
      },
      EMAIL_OR_TEXT_CONSENT,
      { answer: 'spokenOnly', facts: fact('consent', 'spoken') },
      { answer: 'no', facts: fact('consent', 'none') },
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
  types: { context: {} as TimingContext, events: {} as SharingEvent, meta: {} as DecisionRouting },
  actions: timingImplementations<TimingContext, SharingEvent>(),
}).createMachine({
  id: 'sharing-student-content',
  context: NOT_DONE_YET,
  initial: 'hasItHappened',
  states: {
    hasItHappened: {
      meta: timingQuestion({ premise: fact('activity', 'post') }),
      on: timingTransitions('whatWillBeShared'),
    },
    whatWillBeShared: {
      meta: {
        kind: 'question',
        answers: [
          { answer: 'images', facts: fact('content', 'images') },
          {
            answer: 'information',
            facts: fact('content', 'confidential-information', 'other-information', 'unsure'),
          },
          { answer: 'records', facts: fact('content', 'records') },
          { answer: 'notSure', facts: fact('content', 'unsure') },
          { answer: 'nothing', facts: fact('content', 'none') },
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
        answers: [
          { answer: 'yes', facts: fact('content', 'confidential-information') },
          { answer: 'no', facts: fact('content', 'other-information') },
          { answer: 'notSure', facts: fact('content', 'unsure') },
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
        answers: [
          { answer: 'under16', facts: fact('age', 'under-16') },
          { answer: 'sixteenOrSeventeen', facts: fact('age', '16-or-17') },
          { answer: 'eighteenOrOlder', facts: fact('age', '18-or-older') },
          { answer: 'notSure', facts: fact('age', 'unsure') },
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
      meta: { kind: 'question', answers: yesNoNotSure('independent'), cites: ['2a'] },
      on: {
        'answer.yes': 'hasIndependentStudentConsent',
        'answer.no': 'hasStaffOrGuardianConsent',
        'answer.notSure': 'whoseConsentWhileIndependenceUnknown',
      },
    },
    whoseConsentWhileIndependenceUnknown: {
      meta: whoseConsentWhileUnknown(),
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
      meta: whoseConsentWhileUnknown(),
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
      meta: { kind: 'question', answers: consentInWriting('written-from-named'), cites: ['2a'] },
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
        answers: [
          {
            answer: 'yes',
            facts: { ...fact('consent', 'written-from-named'), ...fact('consentTiming', 'before') },
          },
          {
            answer: 'guardianOnly',
            facts: { ...fact('consent', 'written-giver-unsettled'), ...fact('consentTiming', 'before') },
          },
          {
            answer: 'afterPosting',
            facts: {
              ...fact('consent', 'written-from-named', 'written-giver-unsettled'),
              ...fact('consentTiming', 'after'),
            },
          },
          EMAIL_OR_TEXT_CONSENT,
          { answer: 'spokenOnly', facts: fact('consent', 'spoken') },
          { answer: 'no', facts: fact('consent', 'none') },
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
        answers: [
          {
            answer: 'principalOrSupervisor',
            facts: { ...fact('consent', 'written-from-named'), ...fact('consentTiming', 'before') },
          },
          {
            answer: 'studentOrParentOnly',
            facts: { ...fact('consent', 'written-none-named'), ...fact('consentTiming', 'before') },
          },
          {
            answer: 'afterPosting',
            facts: {
              ...fact('consent', 'written-from-named', 'written-none-named'),
              ...fact('consentTiming', 'after'),
            },
          },
          EMAIL_OR_TEXT_CONSENT,
          { answer: 'spokenOnly', facts: fact('consent', 'spoken') },
          { answer: 'no', facts: fact('consent', 'none') },
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
        answers: [
          ...consentInWriting('written-from-named'),
          {
            answer: 'guardianOnly',
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
        readings: [IMAGES_READING],
        cites: ['2a', ...REST_OF_POST_CITES],
      },
    },
    allowedWithRecordsConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        readings: [WHO_IS_NAMED_READING],
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
      meta: { ...SPOKEN_CONSENT_IS_NOT_ENOUGH, request: INDEPENDENT_STUDENT_CONSENT_REQUEST },
    },
    spokenAdultConsentIsNotEnough: {
      type: 'final',
      meta: { ...SPOKEN_CONSENT_IS_NOT_ENOUGH, readings: [WHO_IS_NAMED_READING] },
    },
    spokenRecordsConsentIsNotEnough: {
      type: 'final',
      meta: {
        ...SPOKEN_CONSENT_IS_NOT_ENOUGH,
        request: RECORDS_CONSENT_REQUEST,
        readings: [WHO_IS_NAMED_READING],
      },
    },
    notAllowedWithoutConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
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
        readings: [IMAGES_READING, WHO_IS_NAMED_READING],
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
        readings: [IMAGES_READING, WHO_IS_NAMED_READING],
        cites: ['2a', ...REST_OF_POST_CITES],
      },
    },
    allowedWithConsentEitherWay: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        readings: [IMAGES_READING, WHO_IS_NAMED_READING],
        cites: ['2a', ...REST_OF_POST_CITES],
      },
    },
    findOutAge: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        readings: [WHO_IS_NAMED_READING],
        cites: ['2a'],
      },
    },
    findOutIfIndependent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
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
        request: RECORDS_CONSENT_REQUEST,
        readings: [WHO_IS_NAMED_READING],
        cites: ['2a'],
      },
    },
    informationNotConfidential: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        readings: [{ clause: '2a', reading: 'student-work' }],
        cites: ['2a', ...REST_OF_POST_CITES],
      },
    },
    unsureIfConfidential: { type: 'final', meta: { kind: 'outcome', verdict: 'find-out-first', cites: ['2a'] } },
    noConsentNeeded: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        readings: [IMAGES_READING],
        cites: ['2a', ...REST_OF_POST_CITES],
      },
    },
  },
});
