/**
 * Clause 3(e), asked the same way wherever a decision meets a friend, follow or connection request
 * with a student (the friend-request decision, and messaging on an app that needs a connection):
 * the two questions its exception turns on, and the outcomes when either is not met or not known.
 */
import { TELL_YOUR_PRINCIPAL } from './after-the-fact.ts';
import type { ActionStep, OutcomeMeta, QuestionMeta, ReadingRef } from './types.ts';
import { yesNoNotSure } from './wording.ts';

/** 3(e)'s "shall not initiate or accept", as the step it asks for. */
const DO_NOT_CONNECT: ActionStep[] = [
  {
    says: 'policy',
    text: 'Staff "shall not initiate or accept electronic "friends" invitations from students unless the networking is part of an existing school course or school club structure and at least one other staff member has administrative access to the electronic social media group": do not accept the request, and do not send one.',
    cites: ['3e'],
  },
  { says: 'advice', text: 'If you have sent one, withdraw it.' },
];

/** After a connection clause 3(e) does not allow: undo it. */
const UNDO_THE_CONNECTION: ActionStep = {
  says: 'advice',
  text: 'Undo the connection: unfriend, unfollow or remove the student as a contact. The policy does not say so; this site advises it because the connection goes on for as long as it stands.',
};

/** While a fact 3(e) turns on is not known. */
const WAIT_UNTIL_YOU_KNOW: ActionStep[] = [
  { says: 'advice', text: 'Leave the request unanswered until you know.' },
  { says: 'advice', text: 'Then come back and answer again.' },
];

/** After the fact, while a fact 3(e) turns on is not known. */
const FIND_OUT_ABOUT_THE_CONNECTION: ActionStep[] = [
  {
    says: 'advice',
    text: 'Find out now. If the answer is no, undo the connection (unfriend, unfollow or remove the contact).',
  },
  TELL_YOUR_PRINCIPAL,
];

/** Where the site reads a follow as a "friends" invitation (shown with the outcomes that rely on it). */
export const FOLLOW_READING: ReadingRef = { clause: '3e', reading: 'follows' };

/** The first condition of 3(e)'s exception. */
export const COURSE_OR_CLUB_QUESTION: QuestionMeta = {
  kind: 'question',
  prompt: 'Is the networking part of an existing school course or school club structure?',
  hint: 'For example, a group that belongs to a course you teach or to a school club.',
  answers: yesNoNotSure('courseOrClubStructure'),
  cites: ['3e'],
};

/** The second condition of 3(e)'s exception. */
export const OTHER_STAFF_ADMIN_QUESTION: QuestionMeta = {
  kind: 'question',
  prompt: 'Does at least one other staff member have administrative access to the electronic social media group?',
  hint: 'Another staff member, not you, must be able to administer the group the networking happens in. This site reads a connection between two personal accounts, outside any group, as having no such administrator: answer "No".',
  answers: yesNoNotSure('otherStaffAdmin'),
  cites: ['3e'],
};

/** 3(e): outside a school course or club structure. */
export const NOT_ALLOWED_OUTSIDE_COURSE_OR_CLUB: OutcomeMeta = {
  kind: 'outcome',
  verdict: 'not-allowed',
  title: 'Not allowed: the networking is not part of a school course or club',
  explanation:
    'Clause 3(e) says staff shall not initiate or accept "friends" invitations from students unless the networking is part of an existing school course or school club structure. Outside that structure, neither sending nor accepting is allowed.',
  wouldAllow:
    'Only networking that is part of an existing school course or school club structure, in a group where at least one other staff member has administrative access.',
  nextSteps: DO_NOT_CONNECT,
  afterTheFact: [UNDO_THE_CONNECTION, TELL_YOUR_PRINCIPAL],
  readings: [FOLLOW_READING, { clause: '3e', reading: 'any-student' }],
  cites: ['3e'],
};

/** 3(e): no other staff member administers the group. */
export const NOT_ALLOWED_NO_OTHER_ADMIN: OutcomeMeta = {
  kind: 'outcome',
  verdict: 'not-allowed',
  title: 'Not allowed: no other staff member administers the group',
  explanation:
    'Clause 3(e) requires that at least one other staff member has administrative access to the electronic social media group. Without that, the connection is not allowed, even within a course or club; this site reads a connection between two personal accounts, outside any group, as never meeting it.',
  wouldAllow:
    'Connecting only within a course or club group where at least one other staff member has administrative access.',
  nextSteps: DO_NOT_CONNECT,
  afterTheFact: [UNDO_THE_CONNECTION, TELL_YOUR_PRINCIPAL],
  readings: [FOLLOW_READING, { clause: '3e', reading: 'any-student' }, { clause: '3e', reading: 'group-needed' }],
  cites: ['3e'],
};

/** 3(e): not known whether the networking belongs to a course or club. */
export const FIND_OUT_COURSE_OR_CLUB: OutcomeMeta = {
  kind: 'outcome',
  verdict: 'find-out-first',
  title: 'Find out first whether this is part of a school course or club',
  explanation:
    'Clause 3(e) allows a connection with a student only when the networking is part of an existing school course or school club structure. Until you know that it is, the exception in 3(e) does not cover you: do not send or accept a request yet.',
  askWhom:
    'Ask your principal, or the staff member responsible for the course or club, whether the group belongs to it.',
  nextSteps: WAIT_UNTIL_YOU_KNOW,
  afterTheFact: FIND_OUT_ABOUT_THE_CONNECTION,
  readings: [FOLLOW_READING, { clause: '3e', reading: 'any-student' }],
  cites: ['3e'],
};

/** 3(e): not known whether another staff member administers the group. */
export const FIND_OUT_OTHER_ADMIN: OutcomeMeta = {
  kind: 'outcome',
  verdict: 'find-out-first',
  title: 'Find out first who administers the group',
  explanation:
    'Clause 3(e) allows a connection with a student only when at least one other staff member has administrative access to the group. Until you know that one does, the exception in 3(e) does not cover you: do not send or accept a request yet.',
  askWhom: "Check the group's administrator list, or ask the staff member who set the group up.",
  nextSteps: WAIT_UNTIL_YOU_KNOW,
  afterTheFact: FIND_OUT_ABOUT_THE_CONNECTION,
  readings: [FOLLOW_READING, { clause: '3e', reading: 'any-student' }],
  cites: ['3e'],
};
