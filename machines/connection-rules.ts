import type { OutcomeRouting, QuestionRouting, ReadingRef } from './types.ts';
import { yesNoNotSure } from './shared-states.ts';

/** Where the site reads a follow as a "friends" invitation (shown with the outcomes that rely on it). */
export const FOLLOW_READING: ReadingRef = { clause: '3e', reading: 'follows' };
/** Where the site reads 3(e)'s "students" as any school student, at any school, not only the person's own. */
export const ANY_STUDENT_READING: ReadingRef = { clause: '3e', reading: 'any-student' };

/** The first condition of 3(e)'s exception. */
export const COURSE_OR_CLUB_QUESTION: QuestionRouting = {
  kind: 'question',
  answers: yesNoNotSure('courseOrClubStructure'),
  cites: ['3e'],
};

/** The second condition of 3(e)'s exception. */
export const OTHER_STAFF_ADMIN_QUESTION: QuestionRouting = {
  kind: 'question',
  answers: yesNoNotSure('otherStaffAdmin'),
  cites: ['3e'],
};

/** 3(e): outside a school course or club structure. */
export const NOT_ALLOWED_OUTSIDE_COURSE_OR_CLUB: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'not-allowed',
  readings: [FOLLOW_READING, ANY_STUDENT_READING],
  cites: ['3e'],
};

/** 3(e): no other staff member administers the group. */
export const NOT_ALLOWED_NO_OTHER_ADMIN: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'not-allowed',
  readings: [FOLLOW_READING, ANY_STUDENT_READING, { clause: '3e', reading: 'group-needed' }],
  cites: ['3e'],
};

/** 3(e): not known whether the networking belongs to a course or club. */
export const FIND_OUT_COURSE_OR_CLUB: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'find-out-first',
  readings: [FOLLOW_READING, ANY_STUDENT_READING],
  cites: ['3e'],
};

/** 3(e): not known whether another staff member administers the group. */
export const FIND_OUT_OTHER_ADMIN: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'find-out-first',
  readings: [FOLLOW_READING, ANY_STUDENT_READING],
  cites: ['3e'],
};
