import { fact } from './facts.ts';
import { final } from './routing.ts';
import type { OutcomeRouting, QuestionRouting, ReadingRef } from './types.ts';

/** The site's reading that 3(a), a principal's duty to inform, binds staff. */
export const BINDS_STAFF_READING: ReadingRef = { clause: '3a', reading: 'binds-staff' };
/** The site's reading that a reply, a comment or a post in a student's thread is correspondence with that student. */
const REPLIES_READING: ReadingRef = { clause: '3a', reading: 'replies-and-comments' };

/** Whether what a person posts is written to a student (3(a)). "Yes" keeps the post a correspondence too. */
const ADDRESSED_TO_STUDENT_QUESTION: QuestionRouting = {
  kind: 'question',
  answers: [
    {
      answer: 'yes',
      facts: { ...fact('addressedToStudent', 'yes'), ...fact('otherPerson', 'student') },
    },
    {
      answer: 'no',
      facts: { ...fact('addressedToStudent', 'no'), ...fact('activity', 'post') },
    },
    {
      answer: 'notSure',
      facts: { ...fact('addressedToStudent', 'unsure'), ...fact('otherPerson', 'unsure') },
    },
  ],
  cites: ['3a'],
};

/** What correspondence with a student is about (3(a)). */
const COURSE_OR_CLUB_TOPIC_QUESTION: QuestionRouting = {
  kind: 'question',
  answers: [
    { answer: 'yes', facts: fact('topic', 'course-or-club') },
    { answer: 'no', facts: fact('topic', 'other') },
    { answer: 'crisis', facts: fact('topic', 'crisis') },
    { answer: 'notSure', facts: fact('topic', 'unsure') },
  ],
  cites: ['3a'],
};

/** 3(a): correspondence about anything else. */
export const NOT_ALLOWED_OFF_TOPIC: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'not-allowed',
  readings: [BINDS_STAFF_READING, REPLIES_READING],
  cites: ['3a'],
};

/**
 * A student who reaches out about their safety or wellbeing: 3(a)'s "must" makes no exception, so
 * as online correspondence it is not allowed; how to help the student is for the school's safety
 * procedures, and the steps say which words are the policy's and which are this site's advice.
 */
export const STUDENT_REACHED_OUT_ABOUT_SAFETY: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'not-allowed',
  readings: [BINDS_STAFF_READING, { clause: '3a', reading: 'safety' }],
  cites: ['3a', '3e'],
};

/** 3(a): not known whether it is about course work or a sanctioned club or activity. */
export const FIND_OUT_IF_COURSE_OR_CLUB: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'find-out-first',
  readings: [BINDS_STAFF_READING],
  cites: ['3a'],
};

/** 3(a) covers students: not known whether the person written to is one. */
const FIND_OUT_IF_STUDENT: OutcomeRouting = {
  kind: 'outcome',
  verdict: 'find-out-first',
  readings: [BINDS_STAFF_READING, REPLIES_READING],
  cites: ['3a'],
};

/**
 * What 3(a) asks of anything a person writes: whether it is written to a student and, if so,
 * whether it is about course work or a sanctioned club or activity; with their outcomes. The
 * decision goes on to `next` when it is not written to a student, or is on topic.
 */
export function studentCorrespondenceStates(next: string) {
  return {
    isWrittenToStudent: {
      meta: ADDRESSED_TO_STUDENT_QUESTION,
      on: { 'answer.yes': 'isAboutCourseOrClub', 'answer.no': next, 'answer.notSure': 'unsureIfStudent' },
    },
    isAboutCourseOrClub: {
      meta: COURSE_OR_CLUB_TOPIC_QUESTION,
      on: {
        'answer.yes': next,
        'answer.no': 'notAllowedOffTopic',
        'answer.crisis': 'studentInCrisis',
        'answer.notSure': 'checkIfCourseOrClub',
      },
    },
    unsureIfStudent: final(FIND_OUT_IF_STUDENT),
    notAllowedOffTopic: final(NOT_ALLOWED_OFF_TOPIC),
    studentInCrisis: final(STUDENT_REACHED_OUT_ABOUT_SAFETY),
    checkIfCourseOrClub: final(FIND_OUT_IF_COURSE_OR_CLUB),
  };
}
