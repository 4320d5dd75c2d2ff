/**
 * Wording that several decisions share, written once so that the same question reads the same
 * everywhere and states the same facts. Scenario-specific wording stays in the scenario's own file.
 */
import { CONSENT_CANNOT_COME_FIRST_NOW, TAKE_IT_DOWN, TELL_YOUR_PRINCIPAL } from './after-the-fact.ts';
import { fact } from './facts.ts';
import { WRITING_TO_STUDENTS_CONDITION } from './student-correspondence.ts';
import type { AnswerOption, Condition, OutcomeMeta, QuestionMeta, ReadingRef, RequestMeta } from './types.ts';

/** Yes / No / I'm not sure for a fact a person can go and check (one whose values in facts.yaml are yes, no and unsure); each answer states the fact. */
export function yesNoNotSure(
  fact: string,
  labels: { yes?: string; no?: string; notSure?: string } = {},
): AnswerOption[] {
  return [
    { answer: 'yes', label: labels.yes ?? 'Yes', facts: { [fact]: ['yes'] } },
    { answer: 'no', label: labels.no ?? 'No', facts: { [fact]: ['no'] } },
    { answer: 'notSure', label: labels.notSure ?? "I'm not sure", facts: { [fact]: ['unsure'] } },
  ];
}

export { fact } from './facts.ts';

/** For the "written permission" question: spoken is not written; whether an email or a text is, the policy does not say. */
function inWriting(factName: 'permission'): AnswerOption[] {
  return [
    { answer: 'yes', label: 'Yes, in a signed letter or form', facts: fact(factName, 'written') },
    { answer: 'emailOrText', label: 'Only by email or text message', facts: fact(factName, 'email-or-text') },
    { answer: 'spokenOnly', label: 'Only spoken (verbal)', facts: fact(factName, 'spoken') },
    { answer: 'no', label: 'No', facts: fact(factName, 'none') },
  ];
}

/**
 * The answers to a consent question 2(a) asks, where `written` says whether the clause names the
 * person who gave it. Consent given only after the disclosure is an answer of its own: 2(a) asks for
 * it "first".
 */
export function consentInWriting(written: 'written-from-named' | 'written-none-named'): AnswerOption[] {
  return [
    {
      answer: 'yes',
      label: 'Yes, in writing, before it is posted or shared',
      facts: { ...fact('consent', written), ...fact('consentTiming', 'before') },
    },
    {
      answer: 'afterPosting',
      label: 'In writing, but only after it was posted or shared',
      facts: { ...fact('consent', written), ...fact('consentTiming', 'after') },
    },
    EMAIL_OR_TEXT_CONSENT,
    { answer: 'spokenOnly', label: 'Only spoken (verbal)', facts: fact('consent', 'spoken') },
    { answer: 'no', label: 'No', facts: fact('consent', 'none') },
    NOT_SURE_CONSENT_COVERS,
  ];
}

/** Consent given only by email or text: whether that is "written", the policy does not say. */
export const EMAIL_OR_TEXT_CONSENT: AnswerOption = {
  answer: 'emailOrText',
  label: 'Only by email or text message',
  facts: fact('consent', 'email-or-text'),
};

/** Not knowing whether the consent held covers this use. */
export const NOT_SURE_CONSENT_COVERS: AnswerOption = {
  answer: 'notSure',
  label: "I'm not sure whether the consent I have covers this",
  hint: 'For example a release form whose words you have not checked against this use.',
  facts: fact('consent', 'unsure'),
};

/** The policy does not define "written": say so, and what is plainly written. */
const WRITTEN_IS_UNDEFINED =
  'The policy does not say whether an email or a text message counts as written; a signed letter or form plainly does.';

/** 2(a): consent is obtained first, before anything is disclosed. */
export const CONSENT_FIRST_HINT = `Consent has to come first, before anything is posted or shared. ${WRITTEN_IS_UNDEFINED}`;

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
  text: 'Confidential student information, images and confidential school, department or personnel records need written consent first, from the person clause 2(a) names.',
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
  WRITING_TO_STUDENTS_CONDITION,
];

/**
 * 2(g) is an acknowledgement staff make, about an Act repealed since: the site quotes it with its
 * status note and never states the law in its own voice.
 */
export const ACKNOWLEDGEMENT_2G =
  'Clause 2(g), quoted below with its status note, is an acknowledgement staff make about the information they post; ask your principal or supervisor what it means for yours.';

/** 2(g), where an outcome that does not decide still names it: an acknowledgement, never stated as law in the site's voice. */
export const ACKNOWLEDGEMENT_2G_CONDITION: Condition = {
  text: 'Staff participating in social media activities acknowledge that what they post is subject to the Act clause 2(g) names; see its status note.',
  cites: ['2g'],
};

/** 3(b) and 3(c), as conditions for as long as a group with students runs. */
export const GROUP_REQUIREMENTS_CONDITION: Condition = {
  text: 'The group needs the principal’s approval, a teacher who supervises and monitors it, and at least two staff members with administrative privileges, for as long as it runs.',
  cites: ['3b', '3c'],
};

/** The site's reading of 2(e): a group for a course or class is a group for academic purposes. */
export const COURSE_GROUP_READING: ReadingRef = { clause: '2e', reading: 'course-groups' };

/** 2(e), in a group with students: a course group is one for academic purposes, on this site's reading. */
export const OWN_NAME_IN_GROUP_CONDITION: Condition = {
  text: 'In an online social media group for academic purposes (this site reads a course or class group as one), use only your own name.',
  cites: ['2e'],
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
  letter: 'consent-for-student-content',
  addressees: ['guardian', 'principal', 'supervisor'],
  cites: ['2a'],
};
/** An independent student aged 16 or 17 may consent themself (2a). */
export const INDEPENDENT_STUDENT_CONSENT_REQUEST: RequestMeta = {
  letter: 'consent-for-student-content',
  addressees: ['student', 'guardian', 'principal', 'supervisor'],
  cites: ['2a'],
};
/** Confidential school, department or personnel records (2a, as this site reads who consents). */
export const RECORDS_CONSENT_REQUEST: RequestMeta = {
  letter: 'consent-for-records',
  addressees: ['principal', 'supervisor'],
  cites: ['2a'],
};
/** Written permission to represent a school, department or the Division (1a). */
export const PERMISSION_TO_REPRESENT_REQUEST: RequestMeta = {
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
export const NOT_DECIDED_WHO_CONSENTS_FOR_ADULTS: OutcomeMeta = {
  kind: 'outcome',
  verdict: 'not-decided',
  title: 'Not decided by this policy: whether a student aged 18 or older can consent for themself',
  explanation:
    'Clause 2(a) asks for written consent first, and names who gives it: the principal, supervisor or guardian "for students under the age of 18", and independent students aged 16 or 17 for themselves. It does not name a student aged 18 or older, so it does not settle whether the student’s own written consent is enough. The principal’s or a supervisor’s written consent would meet the clause on this site’s reading.',
  askWhom:
    'Ask your principal to confirm, before you post, that the student’s consent is enough, or ask for the principal’s or a supervisor’s written consent.',
  afterTheFact: [
    {
      says: 'advice',
      text: 'Ask your principal now whether the student’s written consent is enough; if it is not, take the post down.',
    },
  ],
  readings: [{ clause: '2a', reading: 'who-is-named' }],
  cites: ['2a'],
};

/** 2(a): the written consent came only after the disclosure. */
export const CONSENT_NOT_FIRST: OutcomeMeta = {
  kind: 'outcome',
  verdict: 'not-allowed',
  title: 'Not allowed: the written consent came after it was posted',
  explanation:
    'Clause 2(a) says staff will not disclose confidential student information, images or confidential school, department or personnel records "without first obtaining written consent". Consent given afterwards does not meet "first".',
  wouldAllow:
    'Written consent obtained before anything is posted or shared. The consent you now hold can cover what you post from now on.',
  afterTheFact: [...CONSENT_CANNOT_COME_FIRST_NOW, TAKE_IT_DOWN, TELL_YOUR_PRINCIPAL],
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
  hint: WRITTEN_IS_UNDEFINED,
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
  afterTheFact: [
    {
      says: 'advice',
      text: 'Ask your principal or supervisor now whether it counts. If it does, stop posting in that name until you have the written permission.',
    },
  ],
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
  afterTheFact: [...CONSENT_CANNOT_COME_FIRST_NOW, TAKE_IT_DOWN, TELL_YOUR_PRINCIPAL],
  cites: ['2a'],
} as const satisfies OutcomeMeta;

/** Consent given only by email or text: "written" is not defined. */
export const NOT_DECIDED_CONSENT_BY_EMAIL: OutcomeMeta = {
  kind: 'outcome',
  verdict: 'not-decided',
  title: 'Not decided by this policy: whether consent by email or text message is written consent',
  explanation:
    'Clause 2(a) asks for written consent, obtained first. The policy does not say whether an email or a text message counts as written; a signed letter or form plainly does.',
  askWhom:
    'Ask your principal whether the Division accepts an email or a text as written consent, or ask for the consent on a signed letter or form.',
  afterTheFact: [{ says: 'advice', text: 'Ask your principal now whether the email or text is enough, and keep it.' }],
  cites: ['2a'],
};

/** Permission given only by email or text: "written" is not defined. */
export const NOT_DECIDED_PERMISSION_BY_EMAIL: OutcomeMeta = {
  kind: 'outcome',
  verdict: 'not-decided',
  title: 'Not decided by this policy: whether permission by email or text message is written permission',
  explanation:
    'Clause 1(a) asks for written permission from a principal or supervisor. The policy does not say whether an email or a text message counts as written; a signed letter or form plainly does.',
  askWhom:
    'Ask the principal or supervisor who gave it whether the Division accepts it as written permission, or ask for it on a signed letter or form.',
  afterTheFact: [{ says: 'advice', text: 'Ask now whether the email or text is enough, and keep it.' }],
  request: PERMISSION_TO_REPRESENT_REQUEST,
  cites: ['1a'],
};

/** Not knowing whether the consent held covers what is shared. */
export const FIND_OUT_WHETHER_CONSENT_COVERS: OutcomeMeta = {
  kind: 'outcome',
  verdict: 'find-out-first',
  title: 'Find out first whether the consent you have covers this',
  explanation:
    'Clause 2(a) asks for written consent, obtained first, to the disclosure. A consent covers what it was given for; read what yours says, or ask.',
  askWhom: 'Ask your principal or the school office what the consent you hold covers. Then come back and answer again.',
  afterTheFact: [
    {
      says: 'advice',
      text: 'Find out now. Until you know, take the post down or make it private; then come back and answer again.',
    },
  ],
  cites: ['2a'],
};

/** A guardian's consent for a student of 16 or 17 who has removed themself from parental control. */
export const NOT_DECIDED_GUARDIAN_OF_INDEPENDENT_STUDENT: OutcomeMeta = {
  kind: 'outcome',
  verdict: 'not-decided',
  title: 'Not decided by this policy: a guardian’s consent for an independent student',
  explanation:
    'Clause 2(a) names the guardian "for students under the age of 18", which an independent student aged 16 or 17 is, and also the independent student themself. It does not say whether a guardian still consents for a student who has removed themself from parental control.',
  askWhom:
    'Ask the student for their own written consent, or the principal or a supervisor for theirs: either meets clause 2(a). Or ask your principal whether the guardian’s is enough.',
  afterTheFact: [{ says: 'advice', text: 'Ask your principal or supervisor now whether to leave it as it is.' }],
  readings: [{ clause: '2a', reading: 'who-is-named' }],
  cites: ['2a'],
};
