import { setup } from 'xstate';
import type { AnswerEvent, DecisionMeta } from './types.ts';
import {
  GENERAL_CONDUCT_CONDITION,
  PERMISSION_TO_REPRESENT_REQUEST,
  IDENTIFIABLE_HINT,
  IDENTIFIABLE_PROMPT,
  IN_WRITING,
  NOT_REPRESENTING_STATEMENT,
  STATEMENT_CONDITION,
  YES_NO_NOT_SURE,
} from './wording.ts';

/**
 * "May I post for my school, or about work on my own account?" Speaking for a school, department
 * or the Division needs written permission (1a); on a personal account, anyone identifiable as a
 * Division employee must say they are not representing it (1b). Cites 1a, 1b, and the general
 * conduct clauses 2b, 2c, 2d, 2f where 1(b) does not apply.
 */
export const representingTheDivisionMachine = setup({
  types: {
    events: {} as AnswerEvent<'yes' | 'no' | 'notSure' | 'spokenOnly'>,
    meta: {} as DecisionMeta,
  },
}).createMachine({
  id: 'representing-the-division',
  initial: 'isRepresentingTheSchool',
  states: {
    isRepresentingTheSchool: {
      meta: {
        kind: 'question',
        prompt: 'Would you be using social media to represent a school, a department or the Division?',
        hint: 'For example running its account, or posting in its name. Posting on your own personal account is "No".',
        answers: [
          { answer: 'yes', label: 'Yes' },
          { answer: 'no', label: 'No, it is my own personal account' },
          { answer: 'notSure', label: "I'm not sure" },
        ],
        cites: ['1a'],
      },
      on: { 'answer.yes': 'hasWrittenPermission', 'answer.no': 'isIdentifiableAsEmployee', 'answer.notSure': 'unsureIfRepresenting' },
    },
    hasWrittenPermission: {
      meta: {
        kind: 'question',
        prompt: 'Do you have written permission from a principal or supervisor?',
        answers: IN_WRITING,
        cites: ['1a'],
      },
      on: { 'answer.yes': 'allowedWithPermission', 'answer.spokenOnly': 'spokenPermissionIsNotEnough', 'answer.no': 'notAllowedWithoutPermission' },
    },
    isIdentifiableAsEmployee: {
      meta: {
        kind: 'question',
        prompt: IDENTIFIABLE_PROMPT,
        hint: IDENTIFIABLE_HINT,
        answers: YES_NO_NOT_SURE,
        cites: ['1b'],
      },
      on: { 'answer.yes': 'allowedWithStatement', 'answer.no': 'notIdentifiable', 'answer.notSure': 'unsureIfIdentifiable' },
    },

    // Outcomes
    allowedWithPermission: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed',
        title: 'Allowed, with the written permission you have',
        explanation:
          'Clause 1(a) says staff are not authorized to use social media to represent a school, department or the Division unless given written permission from a principal or supervisor. You have that permission.',
        nextSteps: ['Keep the written permission where you can find it.'],
        cites: ['1a'],
      },
    },
    spokenPermissionIsNotEnough: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed yet: the permission has to be written',
        explanation: 'Clause 1(a) requires written permission from a principal or supervisor. Spoken permission does not meet it.',
        wouldAllow: 'Ask for the same permission in writing before you start.',
        request: PERMISSION_TO_REPRESENT_REQUEST,
        cites: ['1a'],
      },
    },
    notAllowedWithoutPermission: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-allowed',
        title: 'Not allowed without written permission',
        explanation:
          'Clause 1(a) says that unless given written permission from a principal or supervisor, staff are not authorized to use electronic social media sites to represent a school, department or the Division.',
        wouldAllow: 'Written permission from a principal or supervisor.',
        request: PERMISSION_TO_REPRESENT_REQUEST,
        cites: ['1a'],
      },
    },
    unsureIfRepresenting: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'not-decided',
        title: 'Not decided by this policy: it does not define "represent"',
        explanation:
          'Clause 1(a) requires written permission to represent a school, department or the Division, but the policy does not say where representing begins. If what you plan counts as representing, you need written permission first.',
        askWhom: 'Ask your principal or supervisor whether it counts, and if it does, ask them for written permission.',
        request: PERMISSION_TO_REPRESENT_REQUEST,
        cites: ['1a'],
      },
    },
    allowedWithStatement: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed, with a clear statement that you do not speak for the Division',
        explanation:
          'Clause 1(b) says that where a user is directly or indirectly identified as an employee of the Division, the user profile or post must clearly state that the user is not representing the views of a school, department or the Division.',
        conditions: [STATEMENT_CONDITION, GENERAL_CONDUCT_CONDITION],
        copyText: NOT_REPRESENTING_STATEMENT,
        cites: ['1b', '2b', '2c', '2d', '2f'],
      },
    },
    unsureIfIdentifiable: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed: add the statement to be safe',
        explanation:
          'Clause 1(b) applies whenever you are directly or indirectly identified as a Division employee. If you are not sure whether you are, adding the statement meets clause 1(b) either way.',
        conditions: [STATEMENT_CONDITION, GENERAL_CONDUCT_CONDITION],
        copyText: NOT_REPRESENTING_STATEMENT,
        cites: ['1b', '2b', '2c', '2d', '2f'],
      },
    },
    notIdentifiable: {
      type: 'final',
      meta: {
        kind: 'outcome',
        verdict: 'allowed-with-conditions',
        title: 'Allowed: clause 1(b) does not apply, the general conduct clauses do',
        explanation:
          'Clause 1(b) asks for a statement only where you are identified as a Division employee. The clauses on conduct apply to your social media comments and postings whether personal or school related.',
        conditions: [
          { text: 'Nothing defamatory towards students, Division employees or Division policies and regulations.', cites: ['2b'] },
          { text: "Nothing that would reflect negatively on a school's or the Division's reputation.", cites: ['2c'] },
          { text: 'Postings that disrupt a school or the Division, or affect your ability to do your job, can lead to discipline.', cites: ['2d'] },
          {
            text: 'Content that is defamatory, pornographic, proprietary, harassing or creates a negative work environment can lead to discipline.',
            cites: ['2f'],
          },
        ],
        handOff: { scenario: 'personal-post', label: 'Check a particular post' },
        cites: ['1b', '2b', '2c', '2d', '2f'],
      },
    },
  },
});
