/**
 * Wording that several decisions share, written once so that the same question reads the same
 * everywhere and states the same facts. Scenario-specific wording stays in the scenario's own file.
 */
import type { FactName, Facts, YesNoUnsureFact } from './facts.ts';
import type { AnswerOption, Condition, OutcomeMeta, QuestionMeta, RequestMeta } from './types.ts';

/** Yes / No / I'm not sure for a fact a person can go and check; each answer states the fact. */
export function yesNoNotSure(
  fact: YesNoUnsureFact,
  labels: { yes?: string; no?: string; notSure?: string } = {},
): AnswerOption[] {
  return [
    { answer: 'yes', label: labels.yes ?? 'Yes', facts: { [fact]: ['yes'] } },
    { answer: 'no', label: labels.no ?? 'No', facts: { [fact]: ['no'] } },
    { answer: 'notSure', label: labels.notSure ?? "I'm not sure", facts: { [fact]: ['unsure'] } },
  ];
}

/** One fact, one value: `fact('channel', 'group')`. */
export function fact<Name extends FactName>(name: Name, ...values: NonNullable<Facts[Name]>): Facts {
  return { [name]: values };
}

/** For "written permission" and "written consent" questions: spoken is not written. */
function inWriting(factName: 'permission'): AnswerOption[] {
  return [
    { answer: 'yes', label: 'Yes, in writing', facts: fact(factName, 'written') },
    { answer: 'spokenOnly', label: 'Only spoken (verbal)', facts: fact(factName, 'spoken') },
    { answer: 'no', label: 'No', facts: fact(factName, 'none') },
  ];
}

/** The same for a consent 2(a) asks for, where `written` says whether the clause names the person who gave it. */
export function consentInWriting(written: 'written-from-named' | 'written-none-named'): AnswerOption[] {
  return [
    { answer: 'yes', label: 'Yes, in writing', facts: fact('consent', written) },
    { answer: 'spokenOnly', label: 'Only spoken (verbal)', facts: fact('consent', 'spoken') },
    { answer: 'no', label: 'No', facts: fact('consent', 'none') },
  ];
}

/** 2(a): consent is obtained first, before anything is disclosed. */
export const CONSENT_FIRST_HINT = 'Consent has to come first, before anything is posted or shared.';

/** The statement clause 1(b) asks for, ready to copy; its words follow the clause. */
export const NOT_REPRESENTING_STATEMENT = {
  label: 'A statement you can copy',
  text: 'The views I express here are my own. I am not representing the views of a school, department or the Division.',
};

/** 1(b), as a condition. */
export const STATEMENT_CONDITION: Condition = {
  text: 'State clearly, in your profile or in the post, that you are not representing the views of a school, department or the Division.',
  cites: ['1b'],
};

/** 1(a), as a condition of anything posted. */
export const SCHOOL_VOICE_CONDITION: Condition = {
  text: 'Posting in the name of a school, a department or the Division, on any account, needs written permission from a principal or supervisor first.',
  cites: ['1a'],
};

/** 2(a), as a condition of anything posted. */
export const CONSENT_CONDITION: Condition = {
  text: 'Images of students, confidential student information and confidential school, department or personnel records need written consent first, from the person clause 2(a) names.',
  cites: ['2a'],
};

/** The conduct clauses, as one condition of anything posted (their modal verbs kept: "will not" and "may be disciplined"). */
export const CONDUCT_CONDITION: Condition = {
  text: "Nothing defamatory towards students, Division employees or Division policies and regulations, and nothing that would reflect negatively on a school's or the Division's reputation. You may be disciplined for posting or promoting anything defamatory, pornographic, proprietary or harassing or that creates a negative work environment, and if your postings result in a disruption to a school or the Divisional environment, or negatively impact your ability to perform your duties.",
  cites: ['2b', '2c', '2d', '2f'],
};

/** 1(b), as a condition where a decision has not asked whose name a post speaks in or who can identify its author. */
export const IF_IDENTIFIABLE_STATEMENT_CONDITION: Condition = {
  text: 'If you post for yourself and people can tell you are a Division employee, state clearly in your profile or post that you are not representing the views of a school, department or the Division.',
  cites: ['1b'],
};

/** What a post must still meet when a decision has looked only at what it discloses (2(a)). */
export const REST_OF_POST_CONDITIONS: Condition[] = [
  SCHOOL_VOICE_CONDITION,
  IF_IDENTIFIABLE_STATEMENT_CONDITION,
  CONDUCT_CONDITION,
];

/**
 * 2(g) is an acknowledgement staff make, about an Act repealed since: the site quotes it with its
 * status note and never states the law in its own voice.
 */
export const ACKNOWLEDGEMENT_2G =
  'Clause 2(g), quoted below with its status note, is an acknowledgement staff make about the information they post.';

/** 3(b) and 3(c), as conditions for as long as a group with students runs. */
export const GROUP_REQUIREMENTS_CONDITION: Condition = {
  text: 'The group needs the principal’s approval, a teacher who supervises and monitors it, and at least two staff members with administrative privileges, for as long as it runs.',
  cites: ['3b', '3c'],
};

/** 3(d), as a condition in a school-created group with students. */
export const ETHICAL_STANDARDS_CONDITION: Condition = {
  text: 'In a school-created group with students, the ethical standards for the teaching profession apply at all times, online as in school.',
  cites: ['3d'],
};

/** 3(e), as a condition wherever correspondence could lead to a friend or follow connection. */
export const CONNECTION_CONDITION: Condition = {
  text: 'A friend, follow or connection request with a student, sent or accepted, is allowed only as part of an existing school course or club structure, with at least one other staff member holding administrative access to the group.',
  cites: ['3e'],
};

/** The requests 2(a) allows, by who may consent. */
export const STUDENT_CONSENT_REQUEST: RequestMeta = {
  kind: 'consent-for-student-content',
  addressees: ['guardian', 'principal', 'supervisor'],
  cites: ['2a'],
};
/** An independent student aged 16 or 17 may consent themself (2a). */
export const INDEPENDENT_STUDENT_CONSENT_REQUEST: RequestMeta = {
  kind: 'consent-for-student-content',
  addressees: ['student', 'guardian', 'principal', 'supervisor'],
  cites: ['2a'],
};
/** Confidential school, department or personnel records (2a, as this site reads who consents). */
export const RECORDS_CONSENT_REQUEST: RequestMeta = {
  kind: 'consent-for-records',
  addressees: ['principal', 'supervisor'],
  cites: ['2a'],
};
/** Written permission to represent a school, department or the Division (1a). */
export const PERMISSION_TO_REPRESENT_REQUEST: RequestMeta = {
  kind: 'permission-to-represent',
  addressees: ['principal', 'supervisor'],
  cites: ['1a'],
};
/** The principal's approval of a group (3b, 3c). */
export const GROUP_APPROVAL_REQUEST: RequestMeta = {
  kind: 'group-approval',
  addressees: ['principal'],
  cites: ['3b', '3c'],
};

/** 2(a) for a student aged 18 or older who has given written consent: who may give it is the policy's gap. */
export const NOT_DECIDED_WHO_CONSENTS_FOR_ADULTS: OutcomeMeta = {
  kind: 'outcome',
  verdict: 'not-decided',
  title: 'Not decided by this policy: who can consent for a student aged 18 or older',
  explanation:
    'This site reads clause 2(a) as asking for written consent first for a student of any age, and you have written consent. But the clause names who gives consent only for students under 18 and for independent students aged 16 or 17. For a student aged 18 or older it names no one, so the policy does not settle whether the consent you hold is enough.',
  askWhom:
    'Ask your principal to confirm, before you post, that the written consent you hold is the one the Division accepts.',
  readings: [{ clause: '2a', reading: 'students-18-or-older' }],
  cites: ['2a'],
};

/** The question 1(a) turns on: whose name a person speaks in, whatever the account. */
export const VOICE_QUESTION: Omit<QuestionMeta, 'premise'> = {
  kind: 'question',
  prompt: 'Would you be speaking in the name of a school, a department or the Division?',
  hint: 'For example running its account, or posting as its voice. What counts is whose name you speak in, not whose account it is: posting for the school from your own account counts too.',
  answers: [
    {
      answer: 'yes',
      label: 'Yes, in the name of a school, a department or the Division',
      facts: fact('voice', 'school'),
    },
    { answer: 'no', label: 'No, only for myself', facts: fact('voice', 'self') },
    { answer: 'notSure', label: "I'm not sure", facts: fact('voice', 'unsure') },
  ],
  cites: ['1a'],
};

/** The written permission 1(a) asks for. */
export const PERMISSION_QUESTION: QuestionMeta = {
  kind: 'question',
  prompt: 'Do you have written permission from a principal or supervisor?',
  answers: inWriting('permission'),
  cites: ['1a'],
};

/** The identifiability question that 1(b) turns on. */
export const IDENTIFIABLE_QUESTION: QuestionMeta = {
  kind: 'question',
  prompt: 'Could people tell, directly or indirectly, that you are a Division employee?',
  hint: 'For example your profile names your school or job, or your posts show where you work.',
  answers: yesNoNotSure('identifiable'),
  cites: ['1b'],
};

/** "Find out first" for the meaning of "represent", which the policy leaves undefined. */
export const UNSURE_IF_REPRESENTING: OutcomeMeta = {
  kind: 'outcome',
  verdict: 'find-out-first',
  title: 'Find out first whether this counts as representing the school',
  explanation:
    'Clause 1(a) requires written permission from a principal or supervisor to use social media to represent a school, department or the Division. The policy does not define "represent", so whether what you plan counts is a question for your school. If it does, you need the written permission before you start.',
  askWhom: 'Ask your principal or supervisor whether it counts; if it does, ask them for written permission.',
  request: PERMISSION_TO_REPRESENT_REQUEST,
  readings: [{ clause: '1a', reading: 'speaking-in-the-name-of' }],
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
  title: 'Not allowed yet: spoken consent is not written consent',
  explanation: 'Clause 2(a) requires written consent, obtained first. A spoken yes, however clear, does not meet it.',
  wouldAllow: 'The same consent, given in writing, before you post.',
  cites: ['2a'],
} as const satisfies OutcomeMeta;
