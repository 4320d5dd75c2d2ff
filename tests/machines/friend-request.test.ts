import { wordedMachine } from '../helpers/content-files';
import { describe, expect, it } from 'vitest';
import machineRouting from '../../machines/decisions/friend-request';
import { conditionClauses, decide, readingsOf } from '../helpers/decide';

const machine = wordedMachine(machineRouting);

/** Where these answers lead, for a request not yet accepted or sent. */
const connect = (...answers: string[]) => decide(machine, 'notYet', ...answers);

describe('question: isCurrentStudent', () => {
  it('asks about a student at any school: a former student of yours now at another school is still a student', () => {
    const { meta } = connect();
    expect(meta.kind === 'question' && meta.prompt).toMatch(/student, at any school/);
    expect(meta.kind === 'question' && meta.hint).toMatch(
      /a student at any school \(kindergarten to grade 12\), including a former student of yours who now attends another school/,
    );
  });

  it('keeps the reading to school students, and says the clause makes no exception for family', () => {
    const { meta } = connect();
    expect(meta.kind === 'question' && meta.hint).toMatch(/your own child or relative/);
    expect(meta.kind === 'question' && meta.answers.find((option) => option.answer === 'notStudent')?.hint).toMatch(
      /college or university student/,
    );
  });

  it('not knowing whether the person is a student is "find out first", like every other unknown fact', () => {
    expect(connect('notSure').meta).toMatchObject({ verdict: 'find-out-first', cites: ['3e'] });
  });

  it('a parent, a colleague or a graduate: not decided by 3(e), with what still applies', () => {
    const { state, meta } = connect('notStudent');
    expect(state).toBe('notAStudent');
    expect(meta).toMatchObject({ kind: 'outcome', verdict: 'not-decided', cites: expect.arrayContaining(['3e']) });
    expect(meta.kind === 'outcome' && meta.explanation).toMatch(
      /parents, colleagues, former students who have left school, or college and university students/,
    );
    const notStudent = connect().meta;
    expect(
      notStudent.kind === 'question' && notStudent.answers.find((option) => option.answer === 'notStudent')?.hint,
    ).toMatch(/a parent, a colleague, a former student who has left school, or a college or university student/);
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['1b', '2b', '2c', '2d', '2f']));
  });
});

describe('question: whatKindOfConnection', () => {
  it('a student following your public account, with nothing for you to accept, is not decided by the policy, and says it is the site’s reading', () => {
    const { meta } = connect('student', 'followsMe');
    expect(meta).toMatchObject({ verdict: 'not-decided' });
    expect(readingsOf(meta)).toEqual(['3e/follows']);
  });

  it('a request sent, a request received and a follow the staff member makes all go to the same 3(e) questions', () => {
    const { meta } = connect('student');
    expect(meta.kind === 'question' && meta.answers.find((option) => option.answer === 'request')?.label).toMatch(
      /sent or received, or I would follow/,
    );
    expect(connect('student', 'request').state).toBe('isPartOfCourseOrClub');
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
    const conditions =
      meta.kind === 'outcome' ? (meta.conditions ?? []).map((condition) => condition.text).join(' ') : '';
    expect(conditions).toMatch(/must be related to course work/);
    // A "should … when possible" is never a condition of "allowed": it is a step, in the policy's words.
    expect(conditions).not.toMatch(/should include parents/);
    expect(meta.kind === 'outcome' && meta.nextSteps?.[0]).toMatchObject({
      says: 'policy',
      text: expect.stringMatching(/should include parents, when possible/),
    });
    expect(readingsOf(meta)).toEqual(expect.arrayContaining(['3e/follows', '3b/school-based-groups']));
  });
});

describe('question: hasItHappened', () => {
  it('a request already accepted outside any course or club: not allowed, and what to do now is the site’s advice', () => {
    const { meta } = decide(machine, 'already', 'student', 'request', 'no');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['3e'] });
    const steps = meta.kind === 'outcome' ? (meta.afterTheFact ?? []) : [];
    expect(steps[0]).toMatchObject({ says: 'advice', text: expect.stringMatching(/Undo the connection/) });
  });
});

describe('a connection made before', () => {
  it('a connection from before the person worked for the Division, or before the other was a student, is not decided by 3(e)', () => {
    expect(decide(machine, 'beforeEmployment').meta).toMatchObject({ verdict: 'not-decided' });
  });
});
