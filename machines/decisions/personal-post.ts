import { assign, setup } from 'xstate';
import {
  ADD_THE_STATEMENT_NOW,
  ASK_WHETHER_TO_LEAVE_IT,
  CHECK_THE_CONDITIONS_NOW,
  CONSENT_CANNOT_COME_FIRST_NOW,
  NOT_DONE_YET,
  RESULT_DECIDES,
  TAKE_IT_DOWN,
  TELL_YOUR_PRINCIPAL,
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
  WRITING_TO_STUDENTS_CONDITION,
} from '../student-correspondence.ts';
import type { ActionStep, AnswerEvent, Condition, DecisionMeta } from '../types.ts';
import {
  ACKNOWLEDGEMENT_2G,
  CONSENT_FIRST_HINT,
  CONSENT_NOT_FIRST,
  EMAIL_OR_TEXT_CONSENT,
  NOT_DECIDED_CONSENT_BY_EMAIL,
  NOT_DECIDED_GUARDIAN_OF_INDEPENDENT_STUDENT,
  NOT_DECIDED_PERMISSION_BY_EMAIL,
  IDENTIFIABLE_QUESTION,
  IF_IDENTIFIABLE_STATEMENT_CONDITION,
  NOT_DECIDED_WHO_CONSENTS_FOR_ADULTS,
  NOT_REPRESENTING_STATEMENT,
  PERMISSION_QUESTION,
  PERMISSION_TO_REPRESENT_REQUEST,
  SPOKEN_CONSENT_IS_NOT_ENOUGH,
  STATEMENT_CONDITION,
  UNSURE_IF_REPRESENTING,
  VOICE_QUESTION,
  fact,
  yesNoNotSure,
} from '../wording.ts';

/** After the fact, where a post turns on a fact not known yet: find out, and take it down meanwhile. */
const FIND_OUT_ABOUT_THE_POST: ActionStep[] = [
  {
    says: 'advice',
    text: 'Find out now. Until you know, take the post down or make it private; then come back and answer again.',
  },
  TELL_YOUR_PRINCIPAL,
];

/** 2(d) is about what a post results in: it applies after posting, whatever was expected. */
const AFTER_POSTING_CONDITION: Condition = {
  text: 'If the post does result in a disruption to a school or the Divisional environment, or negatively impacts your ability to perform your duties, you may still be disciplined.',
  cites: ['2d'],
};

/** 2(e), for a post made in an online group for academic purposes. */
const OWN_NAME_CONDITION: Condition = {
  text: 'In an online social media group for academic purposes, post only under your own name.',
  cites: ['2e'],
};

/** 2(a): the consent obtained covers what it was given for, nothing more. */
const WITHIN_CONSENT_CONDITION: Condition = {
  text: 'Where the post shows students or discloses confidential information, share only what the written consent you obtained was given for.',
  cites: ['2a'],
};

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
    meta: {} as DecisionMeta,
  },
  actions: {
    ...timingImplementations<PersonalPostContext, PersonalPostEvent>(),
    /** Remembers that the post carries content shared under a written consent, which then limits it. */
    recordConsentedContent: assign({ hasConsentedContent: true }),
  },
  guards: {
    hasConsentedContent: ({ context }) => context.hasConsentedContent,
  },
}).createMachine({
  id: 'personal-post',
  context: { ...NOT_DONE_YET, hasConsentedContent: false },
  initial: 'hasItHappened',
  states: {
    hasItHappened: {
      meta: timingQuestion({
        prompt: 'Have you already posted it?',
        notYet: 'Not yet: I am deciding whether to post it',
        already: 'Yes, I have already posted, commented or shared it',
        beforeEmployment: 'I posted it before I worked for the Division',
        // Written to a student, a post is also correspondence with that student (3a).
        premise: fact('activity', 'post', 'correspond'),
      }),
      on: { ...timingTransitions('isOnlyAReaction'), 'answer.beforeEmployment': 'postedBeforeEmployment' },
    },
    isOnlyAReaction: {
      meta: {
        kind: 'question',
        prompt: 'Would you post, comment, reply or share, or only like or react to someone else’s post?',
        hint: 'A like, a heart or an emoji reaction on someone else’s post, without sharing it, is the second.',
        answers: [
          {
            answer: 'post',
            label: 'Post, comment, reply or share',
            facts: fact('onlyReacting', 'no'),
          },
          {
            answer: 'onlyReacting',
            label: 'Only like or react to someone else’s post',
            facts: fact('onlyReacting', 'yes'),
          },
        ],
        cites: ['2f', '2c'],
      },
      on: { 'answer.post': 'isWrittenToStudent', 'answer.onlyReacting': 'wouldReactionReflectNegatively' },
    },
    wouldReactionReflectNegatively: {
      meta: {
        kind: 'question',
        prompt: "Would your like or reaction reflect negatively on a school's or the Division's reputation?",
        hint: 'Clause 2(c) covers behaviour as well as comments; this site reads a like or reaction that others can see as behaviour online.',
        answers: yesNoNotSure('reputation'),
        cites: ['2c'],
      },
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
        prompt:
          'Does the post include images of students, confidential student information, or confidential school, department or personnel records?',
        hint: 'This site reads any photo or video in which a student can be seen as an image of a student. It reads student work that shows who made it as information about that student: it needs consent only if it is confidential. If you cannot tell, choose "I\'m not sure".',
        answers: [
          { answer: 'yes', label: 'Yes', facts: fact('content', 'images', 'confidential-information', 'records') },
          { answer: 'no', label: 'No', facts: fact('content', 'other-information', 'none') },
          {
            answer: 'notSure',
            label: "I'm not sure",
            hint: 'For example you do not know whether the information is confidential.',
            facts: fact('content', 'unsure'),
          },
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
        prompt: 'Did you obtain written consent first, from a person clause 2(a) names for it?',
        hint: `${CONSENT_FIRST_HINT} On this site's reading the principal's or a supervisor's written consent meets clause 2(a) for any student and for records; a guardian's, for a student under 18; an independent student aged 16 or 17 can consent for themself.`,
        answers: [
          {
            answer: 'yes',
            label: 'Yes, in writing, before posting, from one of those people',
            facts: { ...fact('consent', 'written-from-named'), ...fact('consentTiming', 'before') },
          },
          {
            answer: 'afterPosting',
            label: 'In writing, but only after it was posted',
            facts: {
              ...fact('consent', 'written-from-named', 'written-none-named'),
              ...fact('consentTiming', 'after'),
            },
          },
          {
            answer: 'adultStudentOnly',
            label: 'In writing, before posting, but only from the student, who is 18 or older',
            facts: {
              ...fact('consent', 'written-none-named'),
              ...fact('consentTiming', 'before'),
              ...fact('age', '18-or-older'),
            },
          },
          {
            answer: 'guardianOfIndependentOnly',
            label:
              'In writing, before posting, but only from the guardian of a 16- or 17-year-old who has removed themself from parental control',
            facts: {
              ...fact('consent', 'written-giver-unsettled'),
              ...fact('consentTiming', 'before'),
              ...fact('age', '16-or-17'),
              ...fact('independent', 'yes'),
            },
          },
          EMAIL_OR_TEXT_CONSENT,
          { answer: 'spokenOnly', label: 'Only spoken (verbal)', facts: fact('consent', 'spoken') },
          { answer: 'no', label: 'No', facts: fact('consent', 'none') },
          {
            answer: 'notSure',
            label: "I'm not sure whose consent I need, whether I have it, or what it covers",
            facts: fact('consent', 'unsure'),
          },
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
      meta: {
        kind: 'question',
        prompt: 'Is it defamatory towards students, Division employees, or Division policies and regulations?',
        hint: 'This site reads sharing or reposting someone else’s post as posting it. The policy does not define "defamatory"; if you cannot tell, choose "I\'m not sure".',
        answers: yesNoNotSure('defamatoryOfSchool'),
        cites: ['2b'],
      },
      on: {
        'answer.yes': 'notAllowedDefamatory',
        'answer.no': 'reflectsNegatively',
        'answer.notSure': 'unsureIfDefamatory',
      },
    },
    reflectsNegatively: {
      meta: {
        kind: 'question',
        prompt: "Would it reflect negatively on a school's or the Division's reputation?",
        answers: yesNoNotSure('reputation'),
        cites: ['2c'],
      },
      on: {
        'answer.yes': 'notAllowedReputation',
        'answer.no': 'isHarmfulContent',
        'answer.notSure': 'unsureIfReputation',
      },
    },
    isHarmfulContent: {
      meta: {
        kind: 'question',
        prompt:
          'Is it defamatory about anyone else, pornographic or harassing, or would it create a negative work environment?',
        hint: 'Anyone else: a parent, a member of the public, another organisation. Sharing or reposting such content counts: clause 2(f) covers promoting it.',
        answers: yesNoNotSure('harmful'),
        cites: ['2f'],
      },
      on: {
        'answer.yes': 'mayLeadToDisciplineHarmful',
        'answer.no': 'isProprietary',
        'answer.notSure': 'unsureIfHarmful',
      },
    },
    isProprietary: {
      meta: {
        kind: 'question',
        prompt: 'Does it include proprietary content?',
        hint: 'The policy does not define "proprietary". This site asks about material someone owns and controls, such as published or paid teaching resources, another person’s photos or writing, or the Division’s internal documents.',
        answers: [
          {
            answer: 'yes',
            label: 'Yes, and I have no licence or permission to share it',
            facts: fact('proprietary', 'yes'),
          },
          {
            answer: 'ownOrLicensed',
            label: 'Yes, but it is my own, or I am licensed or allowed to share it',
            facts: fact('proprietary', 'own-or-licensed'),
          },
          { answer: 'no', label: 'No', facts: fact('proprietary', 'no') },
          { answer: 'notSure', label: "I'm not sure", facts: fact('proprietary', 'unsure') },
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
      meta: {
        kind: 'question',
        prompt:
          'Do you expect it to result in a disruption to a school or the Divisional environment, or to negatively impact your ability to perform your duties?',
        hint: 'Clause 2(d) is about what a post results in, whether it is personal or school related.',
        answers: yesNoNotSure('disruption'),
        cites: ['2d'],
      },
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
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        title: 'Not decided by this policy: what you posted before you worked for the Division',
        explanation:
          'The procedure says what Divisional staff will and will not do. It does not say whether it reaches what a person posted before they were staff, or whether leaving an old post up counts as posting it now. Clause 2(d) reads differently: it is about staff members’ social media comments and postings and what they "result in", and does not say when they were made.',
        stillApplies: [
          {
            text: 'You may be disciplined if your social media comments and postings result in a disruption to a school or the Divisional environment, or negatively impact your ability to perform your duties.',
            cites: ['2d'],
          },
        ],
        askWhom:
          'If an old post is one you could not make today under clauses 2(a) to 2(c) or 2(f), ask your principal or supervisor whether to take it down.',
        nextSteps: [
          {
            says: 'advice',
            text: 'Look through what you posted before, on every account people can link to you. Take down or make private anything you would not post today: student images or information without written consent, anything defamatory, or anything that would reflect negatively on a school or the Division.',
          },
          RESULT_DECIDES,
        ],
        cites: ['2d', '2a', '2b', '2c', '2f'],
      },
    },
    unsureIfStudent: { type: 'final', meta: FIND_OUT_IF_STUDENT },
    notAllowedOffTopic: { type: 'final', meta: NOT_ALLOWED_OFF_TOPIC },
    studentInCrisis: { type: 'final', meta: STUDENT_REACHED_OUT_ABOUT_SAFETY },
    checkIfCourseOrClub: { type: 'final', meta: FIND_OUT_IF_COURSE_OR_CLUB },

    // Outcomes: clause 2(a)
    consentNotFirst: { type: 'final', meta: CONSENT_NOT_FIRST },
    unsureIfStudentContent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        title: 'Find out first whether clause 2(a) covers what you would post',
        explanation:
          'Clause 2(a) requires written consent, obtained first, before staff disclose confidential student information, images or confidential school, department or personnel records. The policy does not list what counts as confidential, so whether your post needs consent is something to settle before you post.',
        askWhom: 'Ask your principal whether the information is confidential. Then come back and answer again.',
        handOff: { scenario: 'sharing-student-content', label: 'Go through the consent questions' },
        afterTheFact: FIND_OUT_ABOUT_THE_POST,
        cites: ['2a'],
      },
    },
    adultConsentNotNamed: { type: 'final', meta: NOT_DECIDED_WHO_CONSENTS_FOR_ADULTS },
    notDecidedGuardianOfIndependentStudent: { type: 'final', meta: NOT_DECIDED_GUARDIAN_OF_INDEPENDENT_STUDENT },
    notDecidedConsentByEmail: { type: 'final', meta: NOT_DECIDED_CONSENT_BY_EMAIL },
    needsConsentFirst: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed without written consent first',
        explanation:
          "Clause 2(a) says staff will not disclose confidential student information, images or confidential school, department or personnel records without first obtaining written consent. Who can give it depends on what you share and on the student's age.",
        wouldAllow: 'Written consent from the right person, obtained before you post.',
        handOff: {
          scenario: 'sharing-student-content',
          label: 'Find out whose written consent you need, and prepare the request',
        },
        readings: [
          { clause: '2a', reading: 'images-of-students' },
          { clause: '2a', reading: 'who-is-named' },
        ],
        afterTheFact: [...CONSENT_CANNOT_COME_FIRST_NOW, TAKE_IT_DOWN, TELL_YOUR_PRINCIPAL],
        cites: ['2a'],
      },
    },
    spokenConsentIsNotEnough: {
      type: 'final',
      meta: {
        ...SPOKEN_CONSENT_IS_NOT_ENOUGH,
        handOff: { scenario: 'sharing-student-content', label: 'Prepare a written request for consent' },
        readings: [{ clause: '2a', reading: 'images-of-students' }],
      },
    },
    findOutWhoseConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        title: 'Find out first whose written consent you need',
        explanation:
          'Clause 2(a) requires written consent, obtained first, and names who gives it: the principal, a supervisor or the guardian for students under 18, and independent students aged 16 or 17 for themselves. This site reads it as naming the principal and a supervisor for a student of any age and for records (the reading is below). The consent questions take you through it.',
        askWhom: 'Go through the consent questions; if they leave you unsure, ask your principal.',
        handOff: { scenario: 'sharing-student-content', label: 'Go through the consent questions' },
        afterTheFact: FIND_OUT_ABOUT_THE_POST,
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
        title: 'Not allowed: it is defamatory towards students, Division employees or Division policies',
        explanation:
          'Clause 2(b) says staff will not use social media to be defamatory towards students, Divisional employees or Divisional policies and regulations, and clause 2(f) says staff may be disciplined for posting or promoting defamatory content.',
        wouldAllow:
          'No wording of a defamatory post makes it acceptable under clause 2(b). If you have a concern about a policy or a colleague, raise it with your principal or supervisor instead.',
        readings: [{ clause: '2b', reading: 'sharing-counts' }],
        afterTheFact: [
          TAKE_IT_DOWN,
          {
            says: 'policy',
            text: 'Staff may be disciplined for posting or promoting defamatory content.',
            cites: ['2f'],
          },
          TELL_YOUR_PRINCIPAL,
        ],
        cites: ['2b', '2f'],
      },
    },
    unsureIfDefamatory: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        title: 'Find out first whether it is defamatory',
        explanation:
          'Clause 2(b) says staff will not use social media to be defamatory towards students, Divisional employees or Divisional policies and regulations. The policy does not define "defamatory", so doubt about it is a reason to ask before you post.',
        askWhom: 'Ask your principal or supervisor before you post.',
        afterTheFact: FIND_OUT_ABOUT_THE_POST,
        cites: ['2b'],
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
        afterTheFact: [TAKE_IT_DOWN, RESULT_DECIDES, TELL_YOUR_PRINCIPAL],
        cites: ['2c'],
      },
    },
    unsureIfReputation: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        title: 'Find out first how it would reflect on the school or the Division',
        explanation:
          "Clause 2(c) says staff will not engage electronically in behaviour or comments that would reflect negatively on a school or the Division's reputation. If you cannot tell whether yours would, ask before you post.",
        askWhom: 'Ask your principal or supervisor before you post.',
        afterTheFact: FIND_OUT_ABOUT_THE_POST,
        cites: ['2c'],
      },
    },
    mayLeadToDisciplineHarmful: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'may-lead-to-discipline',
        title: 'May lead to discipline: the content is of a kind clause 2(f) names',
        explanation:
          'Clause 2(f) says staff may be disciplined for posting or promoting electronic commentary, content or images that are defamatory, pornographic, proprietary, harassing or that create a negative work environment. It covers defamatory content about anyone, and promoting it as well as posting it. The clause does not say "will not"; it says you can be disciplined for it, and names no exception.',
        wouldAllow: 'Leaving that content out of the post, and not sharing or reposting it.',
        readings: [{ clause: '2f', reading: 'promoting-includes-sharing' }],
        afterTheFact: [
          TAKE_IT_DOWN,
          {
            says: 'policy',
            text: 'Staff may be disciplined for posting or promoting such content.',
            cites: ['2f'],
          },
          TELL_YOUR_PRINCIPAL,
        ],
        cites: ['2f'],
      },
    },
    notAllowedReactionReputation: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: "Not allowed: the like or reaction would reflect negatively on the school's or Division's reputation",
        explanation:
          "Clause 2(c) says staff will not engage electronically in behaviour or comments that would reflect negatively on a school or the Division's reputation. This site reads a like or reaction that others can see as such behaviour.",
        wouldAllow: 'Not liking or reacting to it.',
        afterTheFact: [
          {
            says: 'advice',
            text: 'Remove your like or reaction now, and tell your principal if anyone has raised it.',
          },
        ],
        readings: [{ clause: '2c', reading: 'reactions-are-behaviour' }],
        cites: ['2c'],
      },
    },
    notDecidedReaction: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        title: 'Not decided by this policy: whether a like or reaction counts',
        explanation:
          'The clauses speak of disclosing (2(a)), of using social media "to be defamatory" (2(b)), of "posting or promoting" (2(f)) and of "online correspondence" with students (3(a)). The policy does not say whether liking or reacting to someone else’s post counts as any of them. Clause 2(c), which covers behaviour, you have answered: you do not expect it to reflect negatively on a school or the Division.',
        stillApplies: [
          {
            text: "Staff will not engage electronically in behaviour that would reflect negatively on a school's or the Division's reputation; this site reads a like that others can see as behaviour.",
            cites: ['2c'],
          },
          AFTER_POSTING_CONDITION,
        ],
        askWhom: 'If you want to be sure, ask your principal or supervisor.',
        nextSteps: [
          {
            says: 'advice',
            text: 'The safe course is not to like or react to it if it is defamatory, harassing or pornographic, shows students, or is a student’s: the policy does not say that a like is allowed there, only that it does not say.',
          },
        ],
        afterTheFact: [
          {
            says: 'advice',
            text: 'Consider removing your like or reaction, and ask your principal if anyone raises it.',
          },
        ],
        readings: [{ clause: '2c', reading: 'reactions-are-behaviour' }],
        cites: ['2a', '2b', '2f', '3a', '2c', '2d'],
      },
    },
    unsureIfHarmful: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        title: 'Find out first whether the content is of a kind clause 2(f) names',
        explanation:
          'Clause 2(f) says staff may be disciplined for posting or promoting content that is defamatory, pornographic, proprietary, harassing or that creates a negative work environment. The policy defines none of these words, so if you are unsure, ask before you post.',
        askWhom: 'Ask your principal or supervisor before you post.',
        afterTheFact: FIND_OUT_ABOUT_THE_POST,
        cites: ['2f'],
      },
    },
    mayLeadToDisciplineProprietary: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'may-lead-to-discipline',
        title: 'May lead to discipline: it includes proprietary content you have no right to share',
        explanation:
          'Clause 2(f) says staff may be disciplined for posting or promoting electronic commentary, content or images that are proprietary, among other kinds. Material that someone else owns and controls, shared without a licence or permission, is the plain case.',
        wouldAllow:
          'Leaving the material out. If you can obtain a licence or permission to share it, the policy still does not say whether it counts as proprietary: ask your principal or supervisor then.',
        readings: [{ clause: '2f', reading: 'proprietary' }],
        afterTheFact: [
          TAKE_IT_DOWN,
          {
            says: 'advice',
            text: 'If the owner or publisher contacts you, tell your principal or supervisor before you reply.',
          },
        ],
        cites: ['2f'],
      },
    },
    unsureIfProprietary: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        title: 'Find out first whether the content counts as proprietary',
        explanation:
          'Clause 2(f) says staff may be disciplined for posting or promoting proprietary content, among other kinds, and the policy does not define "proprietary". If you cannot tell whether what you would post is, ask before you post.',
        askWhom: 'Ask your principal or supervisor before you post.',
        readings: [{ clause: '2f', reading: 'proprietary' }],
        afterTheFact: FIND_OUT_ABOUT_THE_POST,
        cites: ['2f'],
      },
    },
    notDecidedOwnContent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        title: 'Not decided by this policy: whether content you own or may share counts as proprietary',
        explanation:
          'Clause 2(f) names proprietary content among what staff may be disciplined for posting or promoting, but does not define "proprietary" or say whether material you own, or are licensed or allowed to share, is excluded.',
        askWhom:
          'Ask your principal or supervisor before you post, with the licence or permission, or what shows the material is yours.',
        readings: [{ clause: '2f', reading: 'proprietary' }],
        afterTheFact: [ASK_WHETHER_TO_LEAVE_IT],
        cites: ['2f'],
      },
    },
    mayLeadToDisciplineDisruption: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'may-lead-to-discipline',
        title: 'May lead to discipline: you expect it to disrupt, or to affect your work',
        explanation:
          'Clause 2(d) says staff may be disciplined if their social media comments and postings, whether personal or school/Division related, result in a disruption to a school or the Divisional environment, or negatively impact their ability to perform their duties. It does not forbid the post as such; it makes you answerable for what the post results in, and you expect that result.',
        wouldAllow: 'A post you do not expect to disrupt a school or the Division, or to affect your work.',
        readings: [{ clause: '2d', reading: 'expected-result' }],
        afterTheFact: [
          RESULT_DECIDES,
          {
            says: 'advice',
            text: 'If it has not had that result yet, consider taking it down before it does, and tell your principal or supervisor what you expect.',
          },
        ],
        cites: ['2d'],
      },
    },
    unsureIfDisruptive: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'find-out-first',
        title: 'Find out first how the post is likely to land',
        explanation:
          'Clause 2(d) says staff may be disciplined if their postings result in a disruption to a school or the Divisional environment, or negatively impact their ability to perform their duties. If you cannot tell whether yours would, ask before you post.',
        askWhom: 'Ask your principal or supervisor before you post.',
        readings: [{ clause: '2d', reading: 'expected-result' }],
        afterTheFact: [RESULT_DECIDES, ASK_WHETHER_TO_LEAVE_IT],
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
        title: 'Not allowed yet: the permission to post in the school’s name has to be written',
        explanation:
          'Clause 1(a) requires written permission from a principal or supervisor to represent a school, department or the Division. Spoken permission does not meet it.',
        wouldAllow: 'The same permission, in writing, before you post.',
        request: PERMISSION_TO_REPRESENT_REQUEST,
        afterTheFact: [
          {
            says: 'policy',
            text: 'Until you have the permission in writing, you are not authorized to post in the school’s name.',
            cites: ['1a'],
          },
          {
            says: 'advice',
            text: 'Ask for the permission in writing now, and ask whether to leave up what you posted.',
          },
        ],
        cites: ['1a'],
      },
    },
    notAllowedWithoutPermission: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed: posting in the school’s name needs written permission',
        explanation:
          'Clause 1(a) says that unless given written permission from a principal or supervisor, staff are not authorized to use electronic social media sites to represent a school, department or the Division. That holds on your own account too, whenever you speak in the school’s name.',
        wouldAllow: 'Written permission from a principal or supervisor, or a post that speaks only for you.',
        request: PERMISSION_TO_REPRESENT_REQUEST,
        readings: [{ clause: '1a', reading: 'speaking-in-the-name-of' }],
        afterTheFact: [
          {
            says: 'policy',
            text: 'Without written permission from a principal or supervisor, you are not authorized to post in the school’s name. Do not post in it again until you have it.',
            cites: ['1a'],
          },
          {
            says: 'advice',
            text: 'Take down what you posted in the school’s name, or ask your principal whether to leave it up.',
          },
          TELL_YOUR_PRINCIPAL,
        ],
        cites: ['1a'],
      },
    },
    allowedInTheSchoolsName: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, in the school’s name, with the written permission you have',
        explanation: `Nothing you have described is ruled out by clauses 2(a) to 2(d) or 2(f), and clause 1(a) is met by the written permission from a principal or supervisor. Read literally, clause 1(b) asks the profile or post of anyone identified as a Division employee to state that they are not representing the views of a school, department or the Division; that cannot be true of a post made in the school’s name with the written permission 1(a) asks for, and this site reads 1(b) as not applying to such posts (the reading is below). What you post for yourself, where people can tell you work for the Division, still needs the statement. ${ACKNOWLEDGEMENT_2G}`,
        conditions: [
          {
            text: 'Keep the written permission where you can find it; it is what authorizes you to post in the school’s name.',
            cites: ['1a'],
          },
          WITHIN_CONSENT_CONDITION,
          AFTER_POSTING_CONDITION,
          OWN_NAME_CONDITION,
          WRITING_TO_STUDENTS_CONDITION,
          IF_IDENTIFIABLE_STATEMENT_CONDITION,
        ],
        readings: [
          { clause: '1a', reading: 'speaking-in-the-name-of' },
          { clause: '1b', reading: 'not-when-speaking-for-the-school' },
        ],
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
        cites: ['1a', '2a', '2b', '2c', '2d', '2e', '2f', '1b', '2g', '3a'],
      },
    },
    allowedWithStatement: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, with a statement that you do not speak for the Division',
        explanation: `Nothing you have described is ruled out by clauses 2(a) to 2(d) or 2(f). Because people can tell you work for the Division, clause 1(b) requires your profile or post to state clearly that you are not representing its views. ${ACKNOWLEDGEMENT_2G}`,
        conditions: [
          STATEMENT_CONDITION,
          WITHIN_CONSENT_CONDITION,
          AFTER_POSTING_CONDITION,
          OWN_NAME_CONDITION,
          WRITING_TO_STUDENTS_CONDITION,
        ],
        copyText: NOT_REPRESENTING_STATEMENT,
        afterTheFact: [...ADD_THE_STATEMENT_NOW, CHECK_THE_CONDITIONS_NOW],
        cites: ['1b', '2a', '2b', '2c', '2d', '2e', '2f', '2g', '3a'],
      },
    },
    unsureIfIdentifiable: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed: add the statement to be safe',
        explanation: `Nothing you have described is ruled out by clauses 2(a) to 2(d) or 2(f). Clause 1(b) applies whenever you are directly or indirectly identified as a Division employee. ${ACKNOWLEDGEMENT_2G}`,
        eitherWay:
          'You do not need to find out whether people can identify you: adding the statement meets clause 1(b) either way.',
        conditions: [
          STATEMENT_CONDITION,
          WITHIN_CONSENT_CONDITION,
          AFTER_POSTING_CONDITION,
          OWN_NAME_CONDITION,
          WRITING_TO_STUDENTS_CONDITION,
        ],
        copyText: NOT_REPRESENTING_STATEMENT,
        afterTheFact: [...ADD_THE_STATEMENT_NOW, CHECK_THE_CONDITIONS_NOW],
        cites: ['1b', '2a', '2b', '2c', '2d', '2e', '2f', '2g', '3a'],
      },
    },
    allowedWithinConsent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, within the written consent you obtained',
        explanation: `Nothing you have described is ruled out by clauses 2(a) to 2(d) or 2(f), and because you are not identifiable as a Division employee, clause 1(b) does not ask for a statement. The written consent you obtained first is what allows the student content. ${ACKNOWLEDGEMENT_2G}`,
        conditions: [
          WITHIN_CONSENT_CONDITION,
          AFTER_POSTING_CONDITION,
          OWN_NAME_CONDITION,
          WRITING_TO_STUDENTS_CONDITION,
        ],
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
        cites: ['2a', '1b', '2b', '2c', '2d', '2e', '2f', '2g', '3a'],
      },
    },
    allowed: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, with what applies to every post',
        explanation: `Nothing you have described is ruled out by clauses 2(a) to 2(d) or 2(f), it speaks only for you, and because you are not identifiable as a Division employee, clause 1(b) does not ask for a statement. Clause 2(d) still applies once it is posted. ${ACKNOWLEDGEMENT_2G}`,
        conditions: [AFTER_POSTING_CONDITION, OWN_NAME_CONDITION, WRITING_TO_STUDENTS_CONDITION],
        afterTheFact: [CHECK_THE_CONDITIONS_NOW],
        cites: ['2a', '2b', '2c', '2d', '2e', '2f', '1b', '2g', '3a'],
      },
    },
  },
});
