import { assign, setup } from 'xstate';
import {
  NOT_DONE_YET,
  timingImplementations,
  timingQuestion,
  timingTransitions,
  type TimingContext,
} from '../after-the-fact.ts';
import { studentCorrespondenceStates } from '../student-correspondence.ts';
import { answer, final, outcome, question, reading } from '../routing.ts';
import type { DecisionEvent, DecisionRouting } from '../types.ts';
import {
  CONSENT_NOT_FIRST,
  EMAIL_OR_TEXT_CONSENT,
  IDENTIFIABLE_QUESTION,
  IMAGES_READING,
  NOT_DECIDED_CONSENT_BY_EMAIL,
  NOT_DECIDED_GUARDIAN_OF_INDEPENDENT_STUDENT,
  NOT_DECIDED_PERMISSION_BY_EMAIL,
  NOT_DECIDED_WHO_CONSENTS_FOR_ADULTS,
  PERMISSION_QUESTION,
  NOT_ALLOWED_WITHOUT_PERMISSION,
  SPEAKING_IN_THE_NAME_OF_READING,
  SPOKEN_CONSENT_IS_NOT_ENOUGH,
  SPOKEN_PERMISSION_IS_NOT_ENOUGH,
  UNSURE_IF_REPRESENTING,
  VOICE_QUESTION,
  WHO_IS_NAMED_READING,
  fact,
  writtenConsent,
  yesNoNotSure,
} from '../shared-states.ts';

/** The site's readings this decision relies on: a like or share is behaviour (2c); own or licensed work (2f); a result that can be expected (2d). */
const REACTIONS_READING = reading('2c', 'reactions-are-behaviour');
const PROPRIETARY_READING = reading('2f', 'proprietary');
const EXPECTED_RESULT_READING = reading('2d', 'expected-result');

/** What the decision remembers: when it happened, and content shared under a written consent. */
type PersonalPostContext = TimingContext & { hasConsentedContent: boolean };

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
export default setup({
  types: {
    context: {} as PersonalPostContext,
    events: {} as DecisionEvent,
    meta: {} as DecisionRouting,
  },
  actions: {
    ...timingImplementations<PersonalPostContext, DecisionEvent>(),
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
      meta: question(
        [answer('post', fact('onlyReacting', 'no')), answer('onlyReacting', fact('onlyReacting', 'yes'))],
        ['2f', '2c'],
      ),
      on: { 'answer.post': 'isWrittenToStudent', 'answer.onlyReacting': 'wouldReactionReflectNegatively' },
    },
    wouldReactionReflectNegatively: {
      meta: question(yesNoNotSure('reputation'), ['2c']),
      on: {
        'answer.yes': 'notAllowedReactionReputation',
        'answer.no': 'notDecidedReaction',
        'answer.notSure': 'unsureIfReputation',
      },
    },

    // Written to a student, it must be about course work or a sanctioned club or activity (3a)
    ...studentCorrespondenceStates('includesStudentContent'),

    // Student images, confidential information and records need written consent first (2a)
    includesStudentContent: {
      meta: question(
        [
          answer('yes', fact('content', 'images', 'confidential-information', 'records')),
          answer('no', fact('content', 'other-information', 'none')),
          answer('notSure', fact('content', 'unsure')),
        ],
        ['2a'],
      ),
      on: {
        'answer.yes': 'hasWrittenConsent',
        'answer.no': 'isDefamatory',
        'answer.notSure': 'unsureIfStudentContent',
      },
    },
    hasWrittenConsent: {
      meta: question(
        [
          answer('yes', writtenConsent('before', 'written-from-named')),
          answer('afterPosting', writtenConsent('after', 'written-from-named', 'written-none-named')),
          answer('adultStudentOnly', writtenConsent('before', 'written-none-named'), fact('age', '18-or-older')),
          answer(
            'guardianOfIndependentOnly',
            writtenConsent('before', 'written-giver-unsettled'),
            fact('age', '16-or-17'),
            fact('independent', 'yes'),
          ),
          EMAIL_OR_TEXT_CONSENT,
          answer('spokenOnly', fact('consent', 'spoken')),
          answer('no', fact('consent', 'none')),
          answer('notSure', fact('consent', 'unsure')),
        ],
        ['2a'],
      ),
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

    // The conduct clauses: "will not" (2b, 2c) before "may be disciplined" (2f, 2d)
    isDefamatory: {
      meta: question(yesNoNotSure('defamatoryOfSchool'), ['2b']),
      on: {
        'answer.yes': 'notAllowedDefamatory',
        'answer.no': 'reflectsNegatively',
        'answer.notSure': 'unsureIfDefamatory',
      },
    },
    reflectsNegatively: {
      meta: question(yesNoNotSure('reputation'), ['2c']),
      on: {
        'answer.yes': 'notAllowedReputation',
        'answer.no': 'isHarmfulContent',
        'answer.notSure': 'unsureIfReputation',
      },
    },
    isHarmfulContent: {
      meta: question(yesNoNotSure('harmful'), ['2f']),
      on: {
        'answer.yes': 'mayLeadToDisciplineHarmful',
        'answer.no': 'isProprietary',
        'answer.notSure': 'unsureIfHarmful',
      },
    },
    isProprietary: {
      meta: question(
        [
          answer('yes', fact('proprietary', 'yes')),
          answer('ownOrLicensed', fact('proprietary', 'own-or-licensed')),
          answer('no', fact('proprietary', 'no')),
          answer('notSure', fact('proprietary', 'unsure')),
        ],
        ['2f'],
      ),
      on: {
        'answer.yes': 'mayLeadToDisciplineProprietary',
        'answer.ownOrLicensed': 'notDecidedOwnContent',
        'answer.no': 'couldDisrupt',
        'answer.notSure': 'unsureIfProprietary',
      },
    },
    couldDisrupt: {
      meta: question(yesNoNotSure('disruption'), ['2d']),
      on: {
        'answer.yes': 'mayLeadToDisciplineDisruption',
        'answer.no': 'isSpeakingForTheSchool',
        'answer.notSure': 'unsureIfDisruptive',
      },
    },

    // Whose name the post speaks in: written permission (1a), or the statement for oneself (1b)
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

    // Outcomes: before employment
    postedBeforeEmployment: outcome('not-decided', ['2d', '2a', '2b', '2c', '2f']),

    // Outcomes: clause 2(a)
    consentNotFirst: final(CONSENT_NOT_FIRST),
    unsureIfStudentContent: outcome('find-out-first', ['2a']),
    adultConsentNotNamed: final(NOT_DECIDED_WHO_CONSENTS_FOR_ADULTS),
    notDecidedGuardianOfIndependentStudent: final(NOT_DECIDED_GUARDIAN_OF_INDEPENDENT_STUDENT),
    notDecidedConsentByEmail: final(NOT_DECIDED_CONSENT_BY_EMAIL),
    needsConsentFirst: outcome('not-allowed', ['2a'], { readings: [IMAGES_READING, WHO_IS_NAMED_READING] }),
    spokenConsentIsNotEnough: final({ ...SPOKEN_CONSENT_IS_NOT_ENOUGH, readings: [IMAGES_READING] }),
    findOutWhoseConsent: outcome('find-out-first', ['2a'], { readings: [WHO_IS_NAMED_READING] }),

    // Outcomes: the conduct clauses
    notAllowedDefamatory: outcome('not-allowed', ['2b', '2f'], { readings: [reading('2b', 'sharing-counts')] }),
    unsureIfDefamatory: outcome('find-out-first', ['2b']),
    notAllowedReputation: outcome('not-allowed', ['2c']),
    unsureIfReputation: outcome('find-out-first', ['2c']),
    mayLeadToDisciplineHarmful: outcome('may-lead-to-discipline', ['2f'], {
      readings: [reading('2f', 'promoting-includes-sharing')],
    }),
    notAllowedReactionReputation: outcome('not-allowed', ['2c'], { readings: [REACTIONS_READING] }),
    notDecidedReaction: outcome('not-decided', ['2a', '2b', '2f', '3a', '2c', '2d'], { readings: [REACTIONS_READING] }),
    unsureIfHarmful: outcome('find-out-first', ['2f']),
    mayLeadToDisciplineProprietary: outcome('may-lead-to-discipline', ['2f'], { readings: [PROPRIETARY_READING] }),
    unsureIfProprietary: outcome('find-out-first', ['2f'], { readings: [PROPRIETARY_READING] }),
    notDecidedOwnContent: outcome('not-decided', ['2f'], { readings: [PROPRIETARY_READING] }),
    mayLeadToDisciplineDisruption: outcome('may-lead-to-discipline', ['2d'], { readings: [EXPECTED_RESULT_READING] }),
    unsureIfDisruptive: outcome('find-out-first', ['2d'], { readings: [EXPECTED_RESULT_READING] }),

    // Outcomes: whose name the post speaks in
    unsureIfRepresenting: final(UNSURE_IF_REPRESENTING),
    notDecidedPermissionByEmail: final(NOT_DECIDED_PERMISSION_BY_EMAIL),
    spokenPermissionIsNotEnough: final(SPOKEN_PERMISSION_IS_NOT_ENOUGH),
    notAllowedWithoutPermission: final(NOT_ALLOWED_WITHOUT_PERMISSION),
    allowedInTheSchoolsName: outcome(
      'allowed-with-conditions',
      ['1a', '2a', '2b', '2c', '2d', '2e', '2f', '1b', '2g', '3a'],
      {
        readings: [SPEAKING_IN_THE_NAME_OF_READING, reading('1b', 'not-when-speaking-for-the-school')],
      },
    ),
    allowedWithStatement: outcome('allowed-with-conditions', ['1b', '2a', '2b', '2c', '2d', '2e', '2f', '2g', '3a']),
    unsureIfIdentifiable: outcome('allowed-with-conditions', ['1b', '2a', '2b', '2c', '2d', '2e', '2f', '2g', '3a']),
    allowedWithinConsent: outcome('allowed-with-conditions', ['2a', '1b', '2b', '2c', '2d', '2e', '2f', '2g', '3a']),
    allowed: outcome('allowed-with-conditions', ['2a', '2b', '2c', '2d', '2e', '2f', '1b', '2g', '3a']),
  },
});
