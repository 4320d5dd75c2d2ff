/**
 * Clause 3(a), asked the same way wherever a decision meets something written to a student: a
 * message, or a reply or comment on a post (the post decisions), or correspondence in a group. Its
 * "must" has no exception: online correspondence between staff and students is related to course
 * work or school-sanctioned clubs/activities, or it is not allowed. 3(a) is written as what
 * principals will tell staff; the site reads the rule as binding staff (the reading is shown).
 */
import { FIND_OUT_NOW, TELL_YOUR_PRINCIPAL } from './after-the-fact.ts';
import { fact } from './facts.ts';
import type { Condition, OutcomeMeta, QuestionMeta, ReadingRef } from './types.ts';

/** The site's reading that 3(a), a principal's duty to inform, binds staff. */
export const BINDS_STAFF_READING: ReadingRef = { clause: '3a', reading: 'binds-staff' };
/** The site's reading that a reply, a comment or a post in a student's thread is correspondence with that student. */
const REPLIES_READING: ReadingRef = { clause: '3a', reading: 'replies-and-comments' };

/** Whether what a person posts is written to a student (3(a)). "Yes" keeps the post a correspondence too. */
export const ADDRESSED_TO_STUDENT_QUESTION: QuestionMeta = {
  kind: 'question',
  prompt:
    'Is it written to a student: a reply, comment or message to a student, or a post in a thread a student started?',
  hint: 'A student at a school, yours or another. This site reads a reply or comment to a student, and a post in a student’s thread, as online correspondence with that student, which clause 3(a) covers.',
  answers: [
    {
      answer: 'yes',
      label: 'Yes, it is written to a student, or in a student’s thread',
      facts: { ...fact('addressedToStudent', 'yes'), ...fact('otherPerson', 'student') },
    },
    {
      answer: 'no',
      label: 'No',
      hint: 'For example a post of your own that no student started and that is not addressed to one.',
      facts: { ...fact('addressedToStudent', 'no'), ...fact('activity', 'post') },
    },
    {
      answer: 'notSure',
      label: "I'm not sure whether someone I would reply to is a student",
      facts: { ...fact('addressedToStudent', 'unsure'), ...fact('otherPerson', 'unsure') },
    },
  ],
  cites: ['3a'],
};

/** What correspondence with a student is about (3(a)). */
export const COURSE_OR_CLUB_TOPIC_QUESTION: QuestionMeta = {
  kind: 'question',
  prompt: 'Is it related to course work, or to a school-sanctioned club or activity?',
  hint: 'If you do not know whether a club or activity is school-sanctioned, or whether what you write is related to it, choose "I\'m not sure".',
  answers: [
    { answer: 'yes', label: 'Yes', facts: fact('topic', 'course-or-club') },
    { answer: 'no', label: 'No, it is about something else', facts: fact('topic', 'other') },
    {
      answer: 'crisis',
      label: 'A student has reached out to me about their safety or wellbeing',
      facts: fact('topic', 'crisis'),
    },
    { answer: 'notSure', label: "I'm not sure", facts: fact('topic', 'unsure') },
  ],
  cites: ['3a'],
};

/** 3(a)'s "must", as a condition. */
export const ON_TOPIC_CONDITION: Condition = {
  text: 'The correspondence must be related to course work or the school-sanctioned club or activity.',
  cites: ['3a'],
};

/**
 * What anything written to students must meet, for the decisions about posting that ask whether it
 * is: 3(a) (its "must" and its "should … when possible"), the group a class or club uses (3(b),
 * 3(c)), and a friend or follow connection (3(e)).
 */
export const WRITING_TO_STUDENTS_CONDITION: Condition = {
  text: 'What you write to students (a reply, comment or message) must be related to course work or school-sanctioned clubs/activities (and, the clause adds, should include parents when possible). In a group with students, the group needs the principal’s approval, a teacher who supervises and monitors it and two staff administrators; a friend or follow connection with a student is allowed only as clause 3(e) says.',
  cites: ['3a', '3b', '3c', '3e'],
};

/** The rest of 3(b)–3(e), for a decision that meets a group whose members it has not asked about. */
export const IF_THE_GROUP_HAS_STUDENTS_CONDITION: Condition = {
  text: 'If the group includes students, it is a group clauses 3(a) to 3(e) cover: it needs the principal’s approval, a teacher who supervises and monitors it and two staff administrators; what you write to students there must be related to course work or school-sanctioned clubs/activities; the ethical standards for the teaching profession apply; and a friend or follow connection with a student is allowed only as clause 3(e) says.',
  cites: ['3a', '3b', '3c', '3d', '3e'],
};

/** 3(a): correspondence about anything else. */
export const NOT_ALLOWED_OFF_TOPIC: OutcomeMeta = {
  kind: 'outcome',
  verdict: 'not-allowed',
  title: 'Not allowed: what you write to a student must be about course work or school clubs and activities',
  explanation:
    'Clause 3(a) says online correspondence between staff and students must be related to course work, or school sanctioned clubs/activities. It makes no exception, on any account or platform.',
  wouldAllow: 'Only something related to course work or a school-sanctioned club or activity.',
  afterTheFact: [
    {
      says: 'policy',
      text: 'Online correspondence with the student must be related to course work or school-sanctioned clubs/activities.',
      cites: ['3a'],
    },
    {
      says: 'advice',
      text: 'Do not carry the conversation on, and delete the reply or comment if it is on a post others can see. If the student writes back about something else, keep to course work or the club or activity.',
    },
    TELL_YOUR_PRINCIPAL,
  ],
  readings: [BINDS_STAFF_READING, REPLIES_READING],
  cites: ['3a'],
};

/**
 * A student who reaches out about their safety or wellbeing: 3(a)'s "must" makes no exception, so
 * as online correspondence it is not allowed; how to help the student is for the school's safety
 * procedures, and the steps say which words are the policy's and which are this site's advice.
 */
export const STUDENT_REACHED_OUT_ABOUT_SAFETY: OutcomeMeta = {
  kind: 'outcome',
  verdict: 'not-allowed',
  title: 'Not allowed as online correspondence: act on the student’s safety through your school’s procedures',
  explanation:
    'Clause 3(a) says online correspondence between staff and students must be related to course work, or school sanctioned clubs/activities, and makes no exception for a student who reaches out about their safety or wellbeing. So carrying the conversation on online is not something the policy allows. The policy says nothing about how to help the student: that is for your school’s procedures for student safety and your other duties. The steps below marked as this site’s advice are not the policy’s words.',
  wouldAllow:
    'Nothing in the policy makes private online correspondence about the student’s wellbeing allowed. It does not stop you acting to keep the student safe by other means.',
  askWhom: 'Tell your principal or your school counsellor at once.',
  nextSteps: [
    { says: 'advice', text: 'If anyone may be in immediate danger, call 911.' },
    {
      says: 'advice',
      text: "Tell your principal or school counsellor now, and follow your school's procedures for student safety; they say how, and by whom, the student is answered.",
    },
    {
      says: 'policy',
      text: 'Online correspondence with the student must be related to course work or school-sanctioned clubs/activities.',
      cites: ['3a'],
    },
    {
      says: 'policy',
      text: 'Staff shall not initiate or accept a "friends" invitation from the student unless the networking is part of an existing school course or school club structure and at least one other staff member has administrative access to the group.',
      cites: ['3e'],
    },
  ],
  afterTheFact: [
    {
      says: 'advice',
      text: 'Tell your principal or school counsellor now what the student wrote and what you answered, and keep the messages: they may be needed to help the student.',
    },
    { says: 'advice', text: 'If anyone may be in immediate danger, call 911.' },
  ],
  readings: [BINDS_STAFF_READING, { clause: '3a', reading: 'safety' }],
  cites: ['3a', '3e'],
};

/** 3(a): not known whether it is about course work or a sanctioned club or activity. */
export const FIND_OUT_IF_COURSE_OR_CLUB: OutcomeMeta = {
  kind: 'outcome',
  verdict: 'find-out-first',
  title: 'Find out first whether it is about course work or a school-sanctioned club or activity',
  explanation:
    'Clause 3(a) allows online correspondence with students only when it is related to course work or school-sanctioned clubs or activities. Until you know that yours is, it is not covered.',
  askWhom:
    'Ask your principal whether the club or activity is school-sanctioned, or whether what you would write is related to it.',
  afterTheFact: [FIND_OUT_NOW, TELL_YOUR_PRINCIPAL],
  readings: [BINDS_STAFF_READING],
  cites: ['3a'],
};

/** 3(a) covers students: not known whether the person written to is one. */
export const FIND_OUT_IF_STUDENT: OutcomeMeta = {
  kind: 'outcome',
  verdict: 'find-out-first',
  title: 'Find out first whether you would be writing to a student',
  explanation:
    'Clause 3(a) says online correspondence between staff and students must be related to course work or school-sanctioned clubs or activities. If the person you would reply to or comment to is a student, that rule applies to what you write.',
  askWhom:
    'If you cannot tell from their profile, treat them as a student, or ask your principal. Then come back and answer again.',
  afterTheFact: [FIND_OUT_NOW],
  readings: [BINDS_STAFF_READING, REPLIES_READING],
  cites: ['3a'],
};
