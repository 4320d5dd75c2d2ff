/**
 * The routing several of this policy's decisions share, written once so that the same question is
 * answered the same way everywhere and states the same facts: answer sets (yes / no / not sure,
 * consent in writing), questions and outcomes, request letters and readings. Their words are content,
 * in content/decisions/shared.yaml (states several decisions share) or each decision's own file.
 */
import { fact, type Facts } from './facts.ts';
import { answer } from './routing.ts';
import type { AnswerRoute, OutcomeRouting, QuestionRouting, ReadingRef, RequestMeta } from './types.ts';

/** Yes / No / I'm not sure for a fact a person can go and check (one whose values in facts.yaml are yes, no and unsure); each answer states the fact. */
export function yesNoNotSure(fact: string): AnswerRoute[] {
  return [
    { answer: 'yes', facts: { [fact]: ['yes'] } },
    { answer: 'no', facts: { [fact]: ['no'] } },
    { answer: 'notSure', facts: { [fact]: ['unsure'] } },
  ];
}

export { fact } from './facts.ts';

/** For the "written permission" question: spoken is not written; whether an email or a text is, the policy does not say. */
function inWriting(factName: 'permission'): AnswerRoute[] {
  return [
    { answer: 'yes', facts: fact(factName, 'written') },
    { answer: 'emailOrText', facts: fact(factName, 'email-or-text') },
    { answer: 'spokenOnly', facts: fact(factName, 'spoken') },
    { answer: 'no', facts: fact(factName, 'none') },
  ];
}

/**
 * The facts of a written consent under 2(a): who gave it (values of `consent`) and whether it came
 * before the disclosure, as the clause asks ("first"), or after.
 */
export function writtenConsent(timing: 'before' | 'after', ...givers: string[]): Facts {
  return { ...fact('consent', ...givers), ...fact('consentTiming', timing) };
}

/**
 * The answers to a consent question 2(a) asks: first who gave written consent beforehand (`given`),
 * then the answers every such question ends with: written consent only after the disclosure (2(a)
 * asks for it "first"; from any of `afterGivers`), by email or text, spoken, none, not sure.
 */
export function consentAnswers(given: AnswerRoute[], afterGivers: string[]): AnswerRoute[] {
  return [
    ...given,
    answer('afterPosting', writtenConsent('after', ...afterGivers)),
    EMAIL_OR_TEXT_CONSENT,
    answer('spokenOnly', fact('consent', 'spoken')),
    answer('no', fact('consent', 'none')),
    NOT_SURE_CONSENT_COVERS,
  ];
}

/** A consent question where the clause names who gives it (`written`): "yes", or one of the usual gaps. */
export function consentInWriting(written: 'written-from-named' | 'written-none-named'): AnswerRoute[] {
  return consentAnswers([answer('yes', writtenConsent('before', written))], [written]);
}

/** Consent given only by email or text: whether that is "written", the policy does not say. */
export const EMAIL_OR_TEXT_CONSENT: AnswerRoute = { answer: 'emailOrText', facts: fact('consent', 'email-or-text') };

/** Not knowing whether the consent held covers this use. */
const NOT_SURE_CONSENT_COVERS: AnswerRoute = { answer: 'notSure', facts: fact('consent', 'unsure') };

/** The site's reading of 2(e): a group for a course or class is a group for academic purposes. */
export const COURSE_GROUP_READING: ReadingRef = { clause: '2e', reading: 'course-groups' };
/** Where the site reads "images" in 2(a) as any image of a student. */
export const IMAGES_READING: ReadingRef = { clause: '2a', reading: 'images-of-students' };
/** Where the site reads who 2(a) names, for records and for students of 18 or older. */
export const WHO_IS_NAMED_READING: ReadingRef = { clause: '2a', reading: 'who-is-named' };
/** Where the site reads what it is to represent a school, department or the Division (1a). */
export const SPEAKING_IN_THE_NAME_OF_READING: ReadingRef = { clause: '1a', reading: 'speaking-in-the-name-of' };

/** The requests 2(a) allows, by who may consent. */
export const STUDENT_CONSENT_REQUEST: RequestMeta = {
  letter: 'consent-for-student-content',
  addressees: ['guardian', 'principal', 'supervisor'],
  cites: ['2a'],
};
/**
 * An independent student aged 16 or 17 may consent themself (2a); so may the principal or a
 * supervisor. Whether the guardian still may, the policy does not say (NOT_DECIDED_GUARDIAN_OF_INDEPENDENT_STUDENT).
 */
export const INDEPENDENT_STUDENT_CONSENT_REQUEST: RequestMeta = {
  letter: 'consent-for-student-content',
  addressees: ['student', 'principal', 'supervisor'],
  cites: ['2a'],
};
/** A student aged 18 or older: on the site's reading of 2(a), the principal's or a supervisor's written consent meets it. */
export const ADULT_STUDENT_CONSENT_REQUEST: RequestMeta = {
  letter: 'consent-for-student-content',
  addressees: ['principal', 'supervisor'],
  cites: ['2a'],
};
/** Confidential school, department or personnel records (2a, as this site reads who consents). */
export const RECORDS_CONSENT_REQUEST: RequestMeta = {
  letter: 'consent-for-records',
  addressees: ['principal', 'supervisor'],
  cites: ['2a'],
};
/** Written permission to represent a school, department or the Division (1a). */
const PERMISSION_TO_REPRESENT_REQUEST: RequestMeta = {
  letter: 'permission-to-represent',
  addressees: ['principal', 'supervisor'],
  cites: ['1a'],
};
/** The principal's approval of a group (3b, 3c). */
export const GROUP_APPROVAL_REQUEST: RequestMeta = {
  letter: 'group-approval',
  addressees: ['principal'],
  cites: ['3b', '3c'],
};

/** 2(a) for a student aged 18 or older whose only written consent is their own: who may give it is the policy's gap. */
export const NOT_DECIDED_WHO_CONSENTS_FOR_ADULTS: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'not-decided',
  request: ADULT_STUDENT_CONSENT_REQUEST,
  readings: [WHO_IS_NAMED_READING],
  cites: ['2a'],
};

/** 2(a): the written consent came only after the disclosure. */
export const CONSENT_NOT_FIRST: OutcomeRouting = { kind: 'outcome', verdict: 'not-allowed', cites: ['2a'] };

/** The question 1(a) turns on: whose name a person speaks in, whatever the account. */
export const VOICE_QUESTION: Omit<QuestionRouting, 'premise'> = {
  kind: 'question',
  answers: [
    { answer: 'yes', facts: fact('voice', 'school') },
    { answer: 'no', facts: fact('voice', 'self') },
    { answer: 'notSure', facts: fact('voice', 'unsure') },
  ],
  cites: ['1a'],
};

/** The written permission 1(a) asks for. */
export const PERMISSION_QUESTION: QuestionRouting = {
  kind: 'question',
  answers: inWriting('permission'),
  cites: ['1a'],
};

/** The identifiability question that 1(b) turns on. */
export const IDENTIFIABLE_QUESTION: QuestionRouting = {
  kind: 'question',
  answers: yesNoNotSure('identifiable'),
  cites: ['1b'],
};

/** "Find out first" for the meaning of "represent", which the policy leaves undefined. */
export const UNSURE_IF_REPRESENTING: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'find-out-first',
  request: PERMISSION_TO_REPRESENT_REQUEST,
  readings: [SPEAKING_IN_THE_NAME_OF_READING],
  cites: ['1a'],
};

/**
 * 2(a)'s "written consent", met by a spoken yes: not allowed yet, in every decision that asks
 * about consent. Each decision adds where it sends the reader (a request letter, or the photo
 * decision) and the reading it relies on.
 */
export const SPOKEN_CONSENT_IS_NOT_ENOUGH = {
  kind: 'outcome',
  verdict: 'not-allowed',
  cites: ['2a'],
} as const satisfies OutcomeRouting;

/** 1(a)'s "written permission", met by a spoken yes: not allowed yet. */
export const SPOKEN_PERMISSION_IS_NOT_ENOUGH: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'not-allowed',
  request: PERMISSION_TO_REPRESENT_REQUEST,
  cites: ['1a'],
};

/** 1(a): representing a school, department or the Division without written permission. */
export const NOT_ALLOWED_WITHOUT_PERMISSION: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'not-allowed',
  request: PERMISSION_TO_REPRESENT_REQUEST,
  readings: [SPEAKING_IN_THE_NAME_OF_READING],
  cites: ['1a'],
};

/** Consent given only by email or text: "written" is not defined. */
export const NOT_DECIDED_CONSENT_BY_EMAIL: OutcomeRouting = { kind: 'outcome', verdict: 'not-decided', cites: ['2a'] };

/** Permission given only by email or text: "written" is not defined. */
export const NOT_DECIDED_PERMISSION_BY_EMAIL: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'not-decided',
  request: PERMISSION_TO_REPRESENT_REQUEST,
  cites: ['1a'],
};

/** Not knowing whether the consent held covers what is shared. */
export const FIND_OUT_WHETHER_CONSENT_COVERS: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'find-out-first',
  cites: ['2a'],
};

/** A guardian's consent for a student of 16 or 17 who has removed themself from parental control. */
export const NOT_DECIDED_GUARDIAN_OF_INDEPENDENT_STUDENT: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'not-decided',
  readings: [WHO_IS_NAMED_READING],
  cites: ['2a'],
};
