import { wordedMachine } from '../helpers/content-files';
import { describe, expect, it } from 'vitest';
import machineRouting from '../../machines/decisions/friend-request';
import { conditionClauses, decide, readingsOf } from '../helpers/decide';

const machine = wordedMachine(machineRouting);

/** Where these answers lead, for a request not yet accepted or sent. */
const connect = (...answers: string[]) => decide(machine, 'notYet', ...answers);

describe('question: isCurrentStudent', () => {
  it('a student at any school, including a former student of yours now at another school, is a student: each 3(e) outcome for a request with a student rests on the site’s reading of "students"', () => {
    const { meta } = connect();
    expect(meta.kind === 'question' && meta.answers.find((option) => option.answer === 'student')?.facts).toEqual({
      otherPerson: ['student'],
    });
    for (const answers of [
      ['student', 'request', 'no'],
      ['student', 'request', 'notSure'],
      ['student', 'request', 'yes', 'no'],
      ['student', 'request', 'yes', 'notSure'],
      ['student', 'request', 'yes', 'yes', 'yes', 'yes', 'yes'],
    ]) {
      const outcome = connect(...answers).meta;
      expect(outcome.cites, answers.join(' → ')).toContain('3e');
      expect(readingsOf(outcome), answers.join(' → ')).toContain('3e/any-student');
    }
  });

  it('draws the line between school students and everyone else by that same reading (school students only, with no exception for family), shown on either side of it', () => {
    const { meta } = connect();
    expect(meta.kind === 'question' && meta.answers.find((option) => option.answer === 'notStudent')?.facts).toEqual({
      otherPerson: ['not-student'],
    });
    expect(readingsOf(connect('notStudent').meta)).toEqual(['3e/any-student']);
    expect(readingsOf(connect('notSure').meta)).toContain('3e/any-student');
  });

  it('not knowing whether the person is a student is "find out first", like every other unknown fact', () => {
    expect(connect('notSure').meta).toMatchObject({ verdict: 'find-out-first', cites: ['3e'] });
  });

  it('a parent, a colleague or a graduate: not decided by 3(e), with what still applies', () => {
    const { state, meta } = connect('notStudent');
    expect(state).toBe('notAStudent');
    expect(meta).toMatchObject({ kind: 'outcome', verdict: 'not-decided', cites: expect.arrayContaining(['3e']) });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['1b', '2b', '2c', '2d', '2f']));
  });
});

describe('question: whatKindOfConnection', () => {
  it('a student following your public account, with nothing for you to accept, is not decided by the policy, and says it is the site’s reading', () => {
    const { meta } = connect('student', 'followsMe');
    expect(meta).toMatchObject({ verdict: 'not-decided' });
    expect(readingsOf(meta)).toEqual(['3e/follows']);
  });

  it('a request sent, a request received and a follow the staff member makes are one answer, and go to the same 3(e) questions, on the site’s reading of a follow', () => {
    const { meta } = connect('student');
    expect(meta.kind === 'question' && meta.answers.find((option) => option.answer === 'request')?.facts).toEqual({
      connection: ['request-or-follow'],
    });
    expect(connect('student', 'request').state).toBe('isPartOfCourseOrClub');
    expect(readingsOf(connect('student', 'request', 'no').meta)).toContain('3e/follows');
  });
});

describe('question: isPartOfCourseOrClub', () => {
  it('a Facebook friend request from a student in your class, outside any course group, is not allowed', () => {
    const { state, meta } = connect('student', 'request', 'no');
    expect(state).toBe('notAllowedOutsideCourseOrClub');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['3e'] });
  });

  it('sends "not sure" to finding out first, never to a yes', () => {
    const { meta } = connect('student', 'request', 'notSure');
    expect(meta).toMatchObject({ verdict: 'find-out-first' });
    expect(meta.kind === 'outcome' && meta.askWhom).toBeTruthy();
  });
});

describe('question: hasOtherStaffAdmin', () => {
  it('a coach as the only staff member in the team group: not allowed, even within a club', () => {
    expect(connect('student', 'request', 'yes', 'no')).toMatchObject({
      state: 'notAllowedNoOtherAdmin',
      meta: { verdict: 'not-allowed' },
    });
  });

  it('sends "not sure" to finding out first', () => {
    expect(connect('student', 'request', 'yes', 'notSure').meta).toMatchObject({ verdict: 'find-out-first' });
  });

  it('asks the group’s own requirements (3b, 3c) as the group decisions do, and refuses when one is missing', () => {
    expect(connect('student', 'request', 'yes', 'yes').state).toBe('hasPrincipalApproval');
    const { meta, unmet } = connect('student', 'request', 'yes', 'yes', 'no', 'yes', 'yes');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['3b', '3c'] });
    expect(unmet).toEqual(['hasPrincipalApproval']);
  });

  it('a class group with a co-teacher as administrator: allowed, with the group’s own requirements (3b, 3c), 3(a)’s "must" and "should", 2(e) and 2(a)', () => {
    const { meta } = connect('student', 'request', 'yes', 'yes', 'yes', 'yes', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['3a', '3b', '3c', '3d', '3e', '2e', '2a']));
    // 3(a)'s "must" is one condition; its "should … when possible" is never a condition of "allowed":
    // it is the first step, in the policy's words.
    const conditions = meta.kind === 'outcome' ? (meta.conditions ?? []) : [];
    expect(conditions.filter((condition) => condition.cites.includes('3a'))).toHaveLength(1);
    expect(meta.kind === 'outcome' && meta.nextSteps?.[0]).toMatchObject({ says: 'policy', cites: ['3a'] });
    expect(readingsOf(meta)).toEqual(expect.arrayContaining(['3e/follows', '3b/school-based-groups']));
  });
});

describe('question: hasItHappened', () => {
  it('a request already accepted outside any course or club: not allowed, and what to do now is the site’s advice', () => {
    const { meta } = decide(machine, 'already', 'student', 'request', 'no');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['3e'] });
    const steps = meta.kind === 'outcome' ? (meta.afterTheFact ?? []) : [];
    expect(new Set(steps.map((step) => step.says))).toEqual(new Set(['advice']));
  });
});

describe('a connection made before', () => {
  it('a connection from before the person worked for the Division, or before the other was a student, is not decided by 3(e)', () => {
    expect(decide(machine, 'beforeEmployment').meta).toMatchObject({ verdict: 'not-decided' });
  });
});
