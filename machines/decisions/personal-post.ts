import { assign, setup } from 'xstate';
import {
  NOT_DONE_YET,
  timingImplementations,
  timingQuestion,
  timingTransitions,
  type TimingContext,
} from '../after-the-fact.ts';
import {
  ADDRESSED_TO_STUDENT_QUESTION,
  COURSE_OR_CLUB_TOPIC_QUESTION,
  FIND_OUT_IF_COURSE_OR_CLUB,
  FIND_OUT_IF_STUDENT,
  NOT_ALLOWED_OFF_TOPIC,
  STUDENT_REACHED_OUT_ABOUT_SAFETY,
} from '../student-correspondence.ts';
import type { AnswerEvent, DecisionRouting } from '../types.ts';
import {
  CONSENT_NOT_FIRST,
  EMAIL_OR_TEXT_CONSENT,
  NOT_DECIDED_CONSENT_BY_EMAIL,
  NOT_DECIDED_GUARDIAN_OF_INDEPENDENT_STUDENT,
  NOT_DECIDED_PERMISSION_BY_EMAIL,
  IDENTIFIABLE_QUESTION,
  NOT_DECIDED_WHO_CONSENTS_FOR_ADULTS,
  PERMISSION_QUESTION,
  PERMISSION_TO_REPRESENT_REQUEST,
  SPOKEN_CONSENT_IS_NOT_ENOUGH,
  UNSURE_IF_REPRESENTING,
  VOICE_QUESTION,
  fact,
  yesNoNotSure,
} from '../shared-states.ts';

/**
 * "Is this post all right?" Checks one post, comment, reply or share against every clause that
 * governs posting, the "will not" and "must" clauses before the "may be disciplined" ones so that
 * the strictest answer wins: written to a student, it must be about course work or a
 * school-sanctioned club or activity (3a); written consent first for student images, confidential
 * information and records (2a); nothing defamatory towards students, employees or policies (2b);
 * nothing that reflects negatively on a school or the Division (2c); discipline for defamatory,
 * pornographic, proprietary or harassing content (2f) and for posts that result in disruption (2d);
 * then whose name the post speaks in (1a, written permission) or, for oneself, the statement 1(b)
 * asks for. Whether a like or reaction counts as posting or promoting, the policy does not say.
 */
type PersonalPostEvent = AnswerEvent<
  | 'crisis'
  | 'notYet'
  | 'already'
  | 'beforeEmployment'
  | 'yes'
  | 'no'
  | 'notSure'
  | 'afterPosting'
  | 'spokenOnly'
  | 'ownOrLicensed'
  | 'adultStudentOnly'
  | 'guardianOfIndependentOnly'
  | 'emailOrText'
  | 'onlyReacting'
  | 'post'
>;

/** What the decision remembers: when it happened, and content shared under a written consent. */
type PersonalPostContext = TimingContext & { hasConsentedContent: boolean };

export default setup({
  types: {
    context: {} as PersonalPostContext,
    events: {} as PersonalPostEvent,
    meta: {} as DecisionRouting,
  },
  actions: {
    ...timingImplementations<PersonalPostContext, PersonalPostEvent>(),
    /** Remembers that the post carries content shared under a written consent, which then limits it. */
    recordConsentedContent: assign({ hasConsentedContent: true }),
  },
  guards: { hasConsentedContent: ({ context }) => context.hasConsentedContent },
}).createMachine({
  id: 'personal-post',
  context: { ...NOT_DONE_YET, hasConsentedContent: false },
  initial: 'hasItHappened',
  states: {
    hasItHappened: {
      meta: timingQuestion({
        beforeEmployment: true,
        // Written to a student, a post is also correspondence with that student (3a).
        premise: fact('activity', 'post', 'correspond'),
      }),
      on: { ...timingTransitions('isOnlyAReaction'), 'answer.beforeEmployment': 'postedBeforeEmployment' },
    },
    isOnlyAReaction: {
      meta: {
        kind: 'question',
        answers: [
          { answer: 'post', facts: fact('onlyReacting', 'no') },
          { answer: 'onlyReacting', facts: fact('onlyReacting', 'yes') },
        ],
        cites: ['2f', '2c'],
      },
      on: { 'answer.post': 'isWrittenToStudent', 'answer.onlyReacting': 'wouldReactionReflectNegatively' },
    },
    wouldReactionReflectNegatively: {
      meta: { kind: 'question', answers: yesNoNotSure('reputation'), cites: ['2c'] },
      on: {
        'answer.yes': 'notAllowedReactionReputation',
        'answer.no': 'notDecidedReaction',
        'answer.notSure': 'unsureIfReputation',
      },
    },
    isWrittenToStudent: {
      meta: ADDRESSED_TO_STUDENT_QUESTION,
      on: {
        'answer.yes': 'isAboutCourseOrClub',
        'answer.no': 'includesStudentContent',
        'answer.notSure': 'unsureIfStudent',
      },
    },
    isAboutCourseOrClub: {
      meta: COURSE_OR_CLUB_TOPIC_QUESTION,
      on: {
        'answer.yes': 'includesStudentContent',
        'answer.no': 'notAllowedOffTopic',
        'answer.crisis': 'studentInCrisis',
        'answer.notSure': 'checkIfCourseOrClub',
      },
    },
    includesStudentContent: {
      meta: {
        kind: 'question',
        answers: [
          { answer: 'yes', facts: fact('content', 'images', 'confidential-information', 'records') },
          { answer: 'no', facts: fact('content', 'other-information', 'none') },
          { answer: 'notSure', facts: fact('content', 'unsure') },
        ],
        cites: ['2a'],
      },
      on: {
        'answer.yes': 'hasWrittenConsent',
        'answer.no': 'isDefamatory',
        'answer.notSure': 'unsureIfStudentContent',
      },
    },
    hasWrittenConsent: {
      meta: {
        kind: 'question',
        answers: [
          {
            answer: 'yes',
            facts: { ...fact('consent', 'written-from-named'), ...fact('consentTiming', 'before') },
          },
          {
            answer: 'afterPosting',
            facts: {
              ...fact('consent', 'written-from-named', 'written-none-named'),
              ...fact('consentTiming', 'after'),
            },
          },
          {
            answer: 'adultStudentOnly',
            facts: {
              ...fact('consent', 'written-none-named'),
              ...fact('consentTiming', 'before'),
              ...fact('age', '18-or-older'),
            },
          },
          {
            answer: 'guardianOfIndependentOnly',
            facts: {
              ...fact('consent', 'written-giver-unsettled'),
              ...fact('consentTiming', 'before'),
              ...fact('age', '16-or-17'),
              ...fact('independent', 'yes'),
            },
          },
          EMAIL_OR_TEXT_CONSENT,
          { answer: 'spokenOnly', facts: fact('consent', 'spoken') },
          { answer: 'no', facts: fact('consent', 'none') },
          { answer: 'notSure', facts: fact('consent', 'unsure') },
        ],
        cites: ['2a'],
      },
      on: {
        'answer.yes': { target: 'isDefamatory', actions: 'recordConsentedContent' },
        'answer.afterPosting': 'consentNotFirst',
        'answer.adultStudentOnly': 'adultConsentNotNamed',
        'answer.guardianOfIndependentOnly': 'notDecidedGuardianOfIndependentStudent',
        'answer.emailOrText': 'notDecidedConsentByEmail',
        'answer.spokenOnly': 'spokenConsentIsNotEnough',
        'answer.no': 'needsConsentFirst',
        'answer.notSure': 'findOutWhoseConsent',
      },
    },
    isDefamatory: {
      meta: { kind: 'question', answers: yesNoNotSure('defamatoryOfSchool'), cites: ['2b'] },
      on: {
        'answer.yes': 'notAllowedDefamatory',
        'answer.no': 'reflectsNegatively',
        'answer.notSure': 'unsureIfDefamatory',
      },
    },
    reflectsNegatively: {
      meta: { kind: 'question', answers: yesNoNotSure('reputation'), cites: ['2c'] },
      on: {
        'answer.yes': 'notAllowedReputation',
        'answer.no': 'isHarmfulContent',
        'answer.notSure': 'unsureIfReputation',
      },
    },
    isHarmfulContent: {
      meta: { kind: 'question', answers: yesNoNotSure('harmful'), cites: ['2f'] },
      on: {
        'answer.yes': 'mayLeadToDisciplineHarmful',
        'answer.no': 'isProprietary',
        'answer.notSure': 'unsureIfHarmful',
      },
    },
    isProprietary: {
      meta: {
        kind: 'question',
        answers: [
          { answer: 'yes', facts: fact('proprietary', 'yes') },
          { answer: 'ownOrLicensed', facts: fact('proprietary', 'own-or-licensed') },
          { answer: 'no', facts: fact('proprietary', 'no') },
          { answer: 'notSure', facts: fact('proprietary', 'unsure') },
        ],
        cites: ['2f'],
      },
      on: {
        'answer.yes': 'mayLeadToDisciplineProprietary',
        'answer.ownOrLicensed': 'notDecidedOwnContent',
        'answer.no': 'couldDisrupt',
        'answer.notSure': 'unsureIfProprietary',
      },
    },
    couldDisrupt: {
      meta: { kind: 'question', answers: yesNoNotSure('disruption'), cites: ['2d'] },
      on: {
        'answer.yes': 'mayLeadToDisciplineDisruption',
        'answer.no': 'isSpeakingForTheSchool',
        'answer.notSure': 'unsureIfDisruptive',
      },
    },
    isSpeakingForTheSchool: {
      meta: VOICE_QUESTION,
      on: {
        'answer.yes': 'hasWrittenPermission',
        'answer.no': 'isIdentifiableAsEmployee',
        'answer.notSure': 'unsureIfRepresenting',
      },
    },
    hasWrittenPermission: {
      meta: PERMISSION_QUESTION,
      on: {
        'answer.yes': 'allowedInTheSchoolsName',
        'answer.emailOrText': 'notDecidedPermissionByEmail',
        'answer.spokenOnly': 'spokenPermissionIsNotEnough',
        'answer.no': 'notAllowedWithoutPermission',
      },
    },
    isIdentifiableAsEmployee: {
      meta: IDENTIFIABLE_QUESTION,
      on: {
        'answer.yes': 'allowedWithStatement',
        'answer.notSure': 'unsureIfIdentifiable',
        'answer.no': [
          {
            guard: 'hasConsentedContent',
            target: 'allowedWithinConsent',
            description: 'with student content shared under consent',
          },
          { target: 'allowed', description: 'with no student content' },
        ],
      },
    },

    // Outcomes: before employment, and what is written to a student (3a)
    postedBeforeEmployment: {
      type: 'final',
      meta: { kind: 'outcome', verdict: 'not-decided', cites: ['2d', '2a', '2b', '2c', '2f'] },
    },
    unsureIfStudent: { type: 'final', meta: FIND_OUT_IF_STUDENT },
    notAllowedOffTopic: { type: 'final', meta: NOT_ALLOWED_OFF_TOPIC },
    studentInCrisis: { type: 'final', meta: STUDENT_REACHED_OUT_ABOUT_SAFETY },
    checkIfCourseOrClub: { type: 'final', meta: FIND_OUT_IF_COURSE_OR_CLUB },

    // Outcomes: clause 2(a)
    consentNotFirst: { type: 'final', meta: CONSENT_NOT_FIRST },
    unsureIfStudentContent: { type: 'final', meta: { kind: 'outcome', verdict: 'find-out-first', cites: ['2a'] } },
    adultConsentNotNamed: { type: 'final', meta: NOT_DECIDED_WHO_CONSENTS_FOR_ADULTS },
    notDecidedGuardianOfIndependentStudent: { type: 'final', meta: NOT_DECIDED_GUARDIAN_OF_INDEPENDENT_STUDENT },
    notDecidedConsentByEmail: { type: 'final', meta: NOT_DECIDED_CONSENT_BY_EMAIL },
    needsConsentFirst: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        readings: [
          { clause: '2a', reading: 'images-of-students' },
          { clause: '2a', reading: 'who-is-named' },
        ],
        cites: ['2a'],
      },
    },
    spokenConsentIsNotEnough: {
      type: 'final',
      meta: {
        ...SPOKEN_CONSENT_IS_NOT_ENOUGH,
        readings: [{ clause: '2a', reading: 'images-of-students' }],
      },
    },
    findOutWhoseConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        readings: [{ clause: '2a', reading: 'who-is-named' }],
        cites: ['2a'],
      },
    },

    // Outcomes: the conduct clauses
    notAllowedDefamatory: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        readings: [{ clause: '2b', reading: 'sharing-counts' }],
        cites: ['2b', '2f'],
      },
    },
    unsureIfDefamatory: { type: 'final', meta: { kind: 'outcome', verdict: 'find-out-first', cites: ['2b'] } },
    notAllowedReputation: { type: 'final', meta: { kind: 'outcome', verdict: 'not-allowed', cites: ['2c'] } },
    unsureIfReputation: { type: 'final', meta: { kind: 'outcome', verdict: 'find-out-first', cites: ['2c'] } },
    mayLeadToDisciplineHarmful: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'may-lead-to-discipline',
        readings: [{ clause: '2f', reading: 'promoting-includes-sharing' }],
        cites: ['2f'],
      },
    },
    notAllowedReactionReputation: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        readings: [{ clause: '2c', reading: 'reactions-are-behaviour' }],
        cites: ['2c'],
      },
    },
    notDecidedReaction: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        readings: [{ clause: '2c', reading: 'reactions-are-behaviour' }],
        cites: ['2a', '2b', '2f', '3a', '2c', '2d'],
      },
    },
    unsureIfHarmful: { type: 'final', meta: { kind: 'outcome', verdict: 'find-out-first', cites: ['2f'] } },
    mayLeadToDisciplineProprietary: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'may-lead-to-discipline',
        readings: [{ clause: '2f', reading: 'proprietary' }],
        cites: ['2f'],
      },
    },
    unsureIfProprietary: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        readings: [{ clause: '2f', reading: 'proprietary' }],
        cites: ['2f'],
      },
    },
    notDecidedOwnContent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        readings: [{ clause: '2f', reading: 'proprietary' }],
        cites: ['2f'],
      },
    },
    mayLeadToDisciplineDisruption: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'may-lead-to-discipline',
        readings: [{ clause: '2d', reading: 'expected-result' }],
        cites: ['2d'],
      },
    },
    unsureIfDisruptive: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        readings: [{ clause: '2d', reading: 'expected-result' }],
        cites: ['2d'],
      },
    },

    // Outcomes: whose name the post speaks in
    unsureIfRepresenting: { type: 'final', meta: UNSURE_IF_REPRESENTING },
    notDecidedPermissionByEmail: { type: 'final', meta: NOT_DECIDED_PERMISSION_BY_EMAIL },
    spokenPermissionIsNotEnough: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        request: PERMISSION_TO_REPRESENT_REQUEST,
        cites: ['1a'],
      },
    },
    notAllowedWithoutPermission: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        request: PERMISSION_TO_REPRESENT_REQUEST,
        readings: [{ clause: '1a', reading: 'speaking-in-the-name-of' }],
        cites: ['1a'],
      },
    },
    allowedInTheSchoolsName: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        readings: [
          { clause: '1a', reading: 'speaking-in-the-name-of' },
          { clause: '1b', reading: 'not-when-speaking-for-the-school' },
        ],
        cites: ['1a', '2a', '2b', '2c', '2d', '2e', '2f', '1b', '2g', '3a'],
      },
    },
    allowedWithStatement: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        cites: ['1b', '2a', '2b', '2c', '2d', '2e', '2f', '2g', '3a'],
      },
    },
    unsureIfIdentifiable: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        cites: ['1b', '2a', '2b', '2c', '2d', '2e', '2f', '2g', '3a'],
      },
    },
    allowedWithinConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        cites: ['2a', '1b', '2b', '2c', '2d', '2e', '2f', '2g', '3a'],
      },
    },
    allowed: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        cites: ['2a', '2b', '2c', '2d', '2e', '2f', '1b', '2g', '3a'],
      },
    },
  },
});
