/**
 * Wording that several decisions share, written once so that the same question reads the same
 * everywhere. Scenario-specific wording stays in the scenario's own file.
 */
import type { AnswerOption, Condition, RequestMeta } from './types.ts';

/** Yes / No. */
export const YES_NO: AnswerOption[] = [
  { answer: 'yes', label: 'Yes' },
  { answer: 'no', label: 'No' },
];

/** Yes / No / I'm not sure, for facts a person can go and check. */
export const YES_NO_NOT_SURE: AnswerOption[] = [...YES_NO, { answer: 'notSure', label: "I'm not sure" }];

/** For "written permission" and "written consent" questions: spoken is not written. */
export const IN_WRITING: AnswerOption[] = [
  { answer: 'yes', label: 'Yes, in writing' },
  { answer: 'spokenOnly', label: 'Only spoken (verbal)' },
  { answer: 'no', label: 'No' },
];

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

/** 2(g), as a condition (the policy's status note about the Act's repeal is shown with it). */
export const FOIP_CONDITION: Condition = {
  text: 'All information posted is subject to the Freedom of Information and Protection of Privacy Act (see the status note).',
  cites: ['2g'],
};

/** The general conduct clauses, as one reminder. */
export const GENERAL_CONDUCT_CONDITION: Condition = {
  text: 'The general conduct clauses still apply to what you post.',
  cites: ['2b', '2c', '2d', '2f'],
};

/** The requests 2(a) allows, by who may consent. */
export const STUDENT_CONSENT_REQUEST: RequestMeta = { kind: 'consent-for-student-content', addressees: ['guardian', 'principal', 'supervisor'], cites: ['2a'] };
/** An independent student aged 16 or 17 may consent themself (2a). */
export const INDEPENDENT_STUDENT_CONSENT_REQUEST: RequestMeta = {
  kind: 'consent-for-student-content',
  addressees: ['student', 'guardian', 'principal', 'supervisor'],
  cites: ['2a'],
};
/** Confidential school, department or personnel records (2a). */
export const RECORDS_CONSENT_REQUEST: RequestMeta = { kind: 'consent-for-records', addressees: ['principal', 'supervisor'], cites: ['2a'] };
/** Written permission to represent a school, department or the Division (1a). */
export const PERMISSION_TO_REPRESENT_REQUEST: RequestMeta = { kind: 'permission-to-represent', addressees: ['principal', 'supervisor'], cites: ['1a'] };

/** The identifiability question that 1(b) turns on. */
export const IDENTIFIABLE_PROMPT = 'Could people tell, directly or indirectly, that you are a Division employee?';
/** Its hint. */
export const IDENTIFIABLE_HINT = 'For example your profile names your school or job, or your posts show where you work.';
