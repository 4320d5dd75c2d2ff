import { setup } from 'xstate';
import {
  NOT_DONE_YET,
  timingImplementations,
  timingQuestion,
  timingTransitions,
  type TimingContext,
} from '../after-the-fact.ts';
import { answer, final, outcome, question, reading } from '../routing.ts';
import type { DecisionEvent, DecisionRouting } from '../types.ts';
import {
  ADULT_STUDENT_CONSENT_REQUEST,
  CONSENT_NOT_FIRST,
  FIND_OUT_WHETHER_CONSENT_COVERS,
  IMAGES_READING,
  INDEPENDENT_STUDENT_CONSENT_REQUEST,
  NOT_DECIDED_CONSENT_BY_EMAIL,
  NOT_DECIDED_GUARDIAN_OF_INDEPENDENT_STUDENT,
  NOT_DECIDED_WHO_CONSENTS_FOR_ADULTS,
  RECORDS_CONSENT_REQUEST,
  SPOKEN_CONSENT_IS_NOT_ENOUGH,
  STUDENT_CONSENT_REQUEST,
  WHO_IS_NAMED_READING,
  consentAnswers,
  consentInWriting,
  fact,
  writtenConsent,
  yesNoNotSure,
} from '../shared-states.ts';

/**
 * "Whose written consent do you have?", asked where a fact that decides whom 2(a) names is not known
 * (the student's age, or whether a student of 16 or 17 is independent): the principal's or a
 * supervisor's meets the clause either way, the guardian's or the student's own depends on it.
 */
const WHOSE_CONSENT_WHILE_UNKNOWN = question(
  consentAnswers(
    [
      answer('principalOrSupervisor', writtenConsent('before', 'written-from-named')),
      answer('guardianOrStudent', writtenConsent('before', 'written-giver-unsettled')),
    ],
    ['written-from-named', 'written-giver-unsettled'],
  ),
  ['2a'],
);

/** The clauses every outcome that lets a post go ahead still points to. */
const GO_AHEAD_CITES = ['2a', '1a', '1b', '2b', '2c', '2d', '2f', '2g'];

/**
 * "May I post a photo of my class?" Disclosing student images or information, or confidential
 * records. 2(a): written consent first, from whom depends on what is shared and the student's age;
 * for students aged 18 or older it names no one, but still asks for written consent first. What is
 * posted must still meet 1(a), 1(b) and the conduct clauses 2(b)–2(f). Cites 2a and, where a post
 * may go ahead, 1a, 1b, 2b–2f and 2g.
 */
export default setup({
  types: { context: {} as TimingContext, events: {} as DecisionEvent, meta: {} as DecisionRouting },
  actions: timingImplementations<TimingContext, DecisionEvent>(),
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
      meta: question(
        [
          answer('images', fact('content', 'images')),
          answer('information', fact('content', 'confidential-information', 'other-information', 'unsure')),
          answer('records', fact('content', 'records')),
          answer('notSure', fact('content', 'unsure')),
          answer('nothing', fact('content', 'none')),
        ],
        ['2a'],
      ),
      on: {
        'answer.images': 'howOldIsTheStudent',
        'answer.information': 'isInformationConfidential',
        'answer.records': 'hasRecordsConsent',
        'answer.nothing': 'noConsentNeeded',
        'answer.notSure': 'unsureIfConfidential',
      },
    },
    isInformationConfidential: {
      meta: question(
        [
          answer('yes', fact('content', 'confidential-information')),
          answer('no', fact('content', 'other-information')),
          answer('notSure', fact('content', 'unsure')),
        ],
        ['2a'],
      ),
      on: {
        'answer.yes': 'howOldIsTheStudent',
        'answer.no': 'informationNotConfidential',
        'answer.notSure': 'unsureIfConfidential',
      },
    },

    // Whom 2(a) names depends on the student's age and, at 16 or 17, on whether they are independent
    howOldIsTheStudent: {
      meta: question(
        [
          answer('under16', fact('age', 'under-16')),
          answer('sixteenOrSeventeen', fact('age', '16-or-17')),
          answer('eighteenOrOlder', fact('age', '18-or-older')),
          answer('notSure', fact('age', 'unsure')),
        ],
        ['2a'],
      ),
      on: {
        'answer.under16': 'hasStaffOrGuardianConsent',
        'answer.sixteenOrSeventeen': 'isIndependentStudent',
        'answer.eighteenOrOlder': 'hasAdultStudentConsent',
        'answer.notSure': 'whoseConsentWhileAgeUnknown',
      },
    },
    isIndependentStudent: {
      meta: question(yesNoNotSure('independent'), ['2a']),
      on: {
        'answer.yes': 'hasIndependentStudentConsent',
        'answer.no': 'hasStaffOrGuardianConsent',
        'answer.notSure': 'whoseConsentWhileIndependenceUnknown',
      },
    },

    // Whose written consent, given first (2a)
    whoseConsentWhileIndependenceUnknown: {
      meta: WHOSE_CONSENT_WHILE_UNKNOWN,
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
      meta: WHOSE_CONSENT_WHILE_UNKNOWN,
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
      meta: question(consentInWriting('written-from-named'), ['2a']),
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
      meta: question(
        consentAnswers(
          [
            answer('yes', writtenConsent('before', 'written-from-named')),
            answer('guardianOnly', writtenConsent('before', 'written-giver-unsettled')),
          ],
          ['written-from-named', 'written-giver-unsettled'],
        ),
        ['2a'],
      ),
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
      meta: question(
        consentAnswers(
          [
            answer('principalOrSupervisor', writtenConsent('before', 'written-from-named')),
            answer('studentOrParentOnly', writtenConsent('before', 'written-none-named')),
          ],
          ['written-from-named', 'written-none-named'],
        ),
        ['2a'],
      ),
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
      meta: question(
        [
          ...consentInWriting('written-from-named'),
          answer('guardianOnly', writtenConsent('before', 'written-giver-unsettled')),
        ],
        ['2a'],
      ),
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

    // Outcomes: written consent held first, or nothing 2(a) covers
    allowedWithConsent: outcome('allowed-with-conditions', GO_AHEAD_CITES, { readings: [IMAGES_READING] }),
    allowedWithRecordsConsent: outcome('allowed-with-conditions', GO_AHEAD_CITES, { readings: [WHO_IS_NAMED_READING] }),
    allowedWithAdultStudentConsent: outcome('allowed-with-conditions', GO_AHEAD_CITES, {
      readings: [IMAGES_READING, WHO_IS_NAMED_READING],
    }),
    allowedWithConsentEitherWay: outcome('allowed-with-conditions', GO_AHEAD_CITES, {
      readings: [IMAGES_READING, WHO_IS_NAMED_READING],
    }),
    informationNotConfidential: outcome('allowed-with-conditions', GO_AHEAD_CITES, {
      readings: [reading('2a', 'student-work')],
    }),
    noConsentNeeded: outcome('allowed-with-conditions', GO_AHEAD_CITES, { readings: [IMAGES_READING] }),

    // Outcomes: no written consent, or not first
    spokenConsentIsNotEnough: final({
      ...SPOKEN_CONSENT_IS_NOT_ENOUGH,
      readings: [IMAGES_READING],
      request: STUDENT_CONSENT_REQUEST,
    }),
    spokenIndependentStudentConsentIsNotEnough: final({
      ...SPOKEN_CONSENT_IS_NOT_ENOUGH,
      readings: [IMAGES_READING],
      request: INDEPENDENT_STUDENT_CONSENT_REQUEST,
    }),
    spokenAdultConsentIsNotEnough: final({
      ...SPOKEN_CONSENT_IS_NOT_ENOUGH,
      readings: [IMAGES_READING, WHO_IS_NAMED_READING],
      request: ADULT_STUDENT_CONSENT_REQUEST,
    }),
    spokenRecordsConsentIsNotEnough: final({
      ...SPOKEN_CONSENT_IS_NOT_ENOUGH,
      request: RECORDS_CONSENT_REQUEST,
      readings: [WHO_IS_NAMED_READING],
    }),
    notAllowedWithoutConsent: outcome('not-allowed', ['2a'], {
      request: STUDENT_CONSENT_REQUEST,
      readings: [IMAGES_READING],
    }),
    notAllowedWithoutIndependentStudentConsent: outcome('not-allowed', ['2a'], {
      request: INDEPENDENT_STUDENT_CONSENT_REQUEST,
      readings: [IMAGES_READING],
    }),
    notAllowedWithoutAdultConsent: outcome('not-allowed', ['2a'], {
      request: ADULT_STUDENT_CONSENT_REQUEST,
      readings: [IMAGES_READING, WHO_IS_NAMED_READING],
    }),
    notAllowedWithoutRecordsConsent: outcome('not-allowed', ['2a'], {
      request: RECORDS_CONSENT_REQUEST,
      readings: [WHO_IS_NAMED_READING],
    }),
    consentNotFirst: final(CONSENT_NOT_FIRST),

    // Outcomes: the policy does not say, or the person has to find out first
    notDecidedWhoConsentsForAdults: final(NOT_DECIDED_WHO_CONSENTS_FOR_ADULTS),
    notDecidedGuardianOfIndependentStudent: final(NOT_DECIDED_GUARDIAN_OF_INDEPENDENT_STUDENT),
    notDecidedConsentByEmail: final(NOT_DECIDED_CONSENT_BY_EMAIL),
    notDecidedGuardianForRecords: outcome('not-decided', ['2a'], {
      request: RECORDS_CONSENT_REQUEST,
      readings: [WHO_IS_NAMED_READING],
    }),
    findOutAge: outcome('find-out-first', ['2a'], { readings: [WHO_IS_NAMED_READING] }),
    findOutIfIndependent: outcome('find-out-first', ['2a'], { readings: [WHO_IS_NAMED_READING] }),
    findOutWhetherConsentCovers: final(FIND_OUT_WHETHER_CONSENT_COVERS),
    unsureIfConfidential: outcome('find-out-first', ['2a']),
  },
});
