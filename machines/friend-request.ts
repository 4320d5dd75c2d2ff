import { setup } from 'xstate';
import type { AnswerEvent, DecisionMeta } from './types.ts';
import { YES_NO_NOT_SURE } from './wording.ts';

/**
 * "A student sent me a friend request — may I accept?" Friend and follow requests between staff
 * and students. 3(e) treats initiating and accepting alike and covers students only; where it
 * applies, 3(a) and 3(d) say how the connection must be used. Cites 3e, 3a, 3d, and for people
 * who are not students the general conduct clauses 2b, 2c, 2d, 2f and 1b.
 */
export const friendRequestMachine = setup({
  types: {
    events: {} as AnswerEvent<'student' | 'notStudent' | 'yes' | 'no' | 'notSure'>,
    meta: {} as DecisionMeta,
  },
}).createMachine({
  id: 'friend-request',
  initial: 'isCurrentStudent',
  states: {
    isCurrentStudent: {
      meta: {
        kind: 'question',
        prompt: 'Who is the other person?',
        hint: 'It makes no difference who sent the request: clause 3(e) treats initiating and accepting a "friends" invitation the same way.',
        answers: [
          { answer: 'student', label: 'A current student' },
          { answer: 'notStudent', label: 'Someone who is not a current student', hint: 'For example a parent, a former student or a colleague.' },
        ],
        cites: ['3e'],
      },
      on: { 'answer.student': 'isPartOfCourseOrClub', 'answer.notStudent': 'notAStudent' },
    },
    isPartOfCourseOrClub: {
      meta: {
        kind: 'question',
        prompt: 'Is the networking part of an existing school course or school club structure?',
        hint: 'For example, a group that belongs to a course you teach or to a school club.',
        answers: YES_NO_NOT_SURE,
        cites: ['3e'],
      },
      on: { 'answer.yes': 'hasOtherStaffAdmin', 'answer.no': 'notAllowedOutsideCourseOrClub', 'answer.notSure': 'checkCourseOrClub' },
    },
    hasOtherStaffAdmin: {
      meta: {
        kind: 'question',
        prompt: 'Does at least one other staff member have administrative access to the electronic social media group?',
        hint: 'Another staff member, not you, must be able to administer the group.',
        answers: YES_NO_NOT_SURE,
        cites: ['3e'],
      },
      on: { 'answer.yes': 'allowedWithinCourseOrClub', 'answer.no': 'notAllowedNoOtherAdmin', 'answer.notSure': 'checkOtherAdmin' },
    },

    // Outcomes
    allowedWithinCourseOrClub: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, within the course or club, with conditions',
        explanation:
          'Clause 3(e) allows a "friends" connection with a student only when the networking is part of an existing school course or school club structure and at least one other staff member has administrative access to the group. You have said both are true. The correspondence that follows must keep to what clause 3(a) allows, and clause 3(d) applies throughout.',
        conditions: [
          { text: 'Correspond with students only about course work or school-sanctioned clubs and activities.', cites: ['3a'] },
          { text: 'Include parents in the correspondence when possible.', cites: ['3a'] },
          { text: 'The ethical standards for the teaching profession apply at all times, online as in school.', cites: ['3d'] },
          { text: 'Keep at least one other staff member with administrative access to the group.', cites: ['3e'] },
        ],
        cites: ['3e', '3a', '3d'],
      },
    },
    notAllowedOutsideCourseOrClub: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed: the networking is not part of a school course or club',
        explanation:
          'Clause 3(e) says staff shall not initiate or accept "friends" invitations from students unless the networking is part of an existing school course or school club structure. Outside that structure, neither sending nor accepting is allowed.',
        wouldAllow:
          'Only networking that is part of an existing school course or school club structure, in a group where at least one other staff member has administrative access.',
        nextSteps: ['Do not accept the request (or withdraw yours).'],
        cites: ['3e'],
      },
    },
    notAllowedNoOtherAdmin: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed: no other staff member administers the group',
        explanation:
          'Clause 3(e) requires that at least one other staff member has administrative access to the electronic social media group. Without that, the connection is not allowed, even within a course or club.',
        wouldAllow: 'Give at least one other staff member administrative access to the group first.',
        cites: ['3e'],
      },
    },
    checkCourseOrClub: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not yet: find out whether this is part of a school course or club',
        explanation:
          'Clause 3(e) allows the connection only when the networking is part of an existing school course or school club structure. Until you know that it is, the exception in 3(e) does not cover you.',
        askWhom: 'Ask your principal, or the staff member responsible for the course or club, whether the group belongs to it.',
        nextSteps: ['Leave the request unanswered until you know.', 'Then come back and answer again.'],
        cites: ['3e'],
      },
    },
    checkOtherAdmin: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not yet: find out who administers the group',
        explanation:
          'Clause 3(e) allows the connection only when at least one other staff member has administrative access to the group. Until you know that one does, the exception in 3(e) does not cover you.',
        askWhom: "Check the group's administrator list, or ask the staff member who set the group up.",
        nextSteps: ['Leave the request unanswered until you know.', 'Then come back and answer again.'],
        cites: ['3e'],
      },
    },
    notAStudent: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        title: 'Not decided by this policy: clause 3(e) is about students only',
        explanation:
          'Clause 3(e) covers "friends" invitations from students. The policy says nothing specific about connecting with parents, former students or colleagues. Your conduct online is still covered by the general clauses: nothing defamatory (2b), nothing that reflects negatively on a school or the Division (2c), discipline for posts that disrupt school or affect your work (2d) or that are defamatory, pornographic, proprietary, harassing or create a negative work environment (2f), and, if you can be identified as a Division employee, a clear statement that you do not represent its views (1b).',
        askWhom: 'If you are unsure, ask your principal or supervisor.',
        cites: ['3e', '2b', '2c', '2d', '2f', '1b'],
      },
    },
  },
});
