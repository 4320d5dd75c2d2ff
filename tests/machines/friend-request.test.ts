import { describe, expect, it } from 'vitest';
import { friendRequestMachine as machine } from '../../machines/friend-request';
import { conditionClauses, decide, readingsOf } from '../helpers/decide';

describe('question: isCurrentStudent', () => {
  it('asks about a student at any school: a former student of yours now at another school is still a student', () => {
    const { meta } = decide(machine);
    expect(meta.kind === 'question' && meta.prompt).toMatch(/student, at any school/);
    expect(meta.kind === 'question' && meta.hint).toMatch(
      /this site reads a former student of yours who now attends another school as a student still/,
    );
  });

  it('a parent, a colleague or a graduate: not decided by 3(e), with what still applies', () => {
    const { state, meta } = decide(machine, 'notStudent');
    expect(state).toBe('notAStudent');
    expect(meta).toMatchObject({ kind: 'outcome', verdict: 'not-decided', cites: expect.arrayContaining(['3e']) });
    expect(meta.kind === 'outcome' && meta.explanation).toMatch(
      /parents, colleagues or former students who have left school/,
    );
    const notStudent = decide(machine).meta;
    expect(
      notStudent.kind === 'question' && notStudent.answers.find((option) => option.answer === 'notStudent')?.hint,
    ).toMatch(/a parent, a colleague, or a former student who has left school/);
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['1b', '2b', '2c', '2d', '2f']));
  });
});

describe('question: whatKindOfConnection', () => {
  it('a student following your public account, with nothing for you to accept, is not decided by the policy, and says it is the site’s reading', () => {
    const { meta } = decide(machine, 'student', 'followsMe');
    expect(meta).toMatchObject({ verdict: 'not-decided' });
    expect(readingsOf(meta)).toEqual(['3e/follows']);
  });

  it('a request sent, a request received and a follow the staff member makes all go to the same 3(e) questions', () => {
    const { meta } = decide(machine, 'student');
    expect(meta.kind === 'question' && meta.answers.find((option) => option.answer === 'request')?.label).toMatch(
      /sent or received, or I would follow/,
    );
    expect(decide(machine, 'student', 'request').state).toBe('isPartOfCourseOrClub');
  });
});

describe('question: isPartOfCourseOrClub', () => {
  it('a Facebook friend request from a student in your class, outside any course group, is not allowed', () => {
    const { state, meta } = decide(machine, 'student', 'request', 'no');
    expect(state).toBe('notAllowedOutsideCourseOrClub');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['3e'] });
  });

  it('sends "not sure" to finding out first, never to a yes', () => {
    const { meta } = decide(machine, 'student', 'request', 'notSure');
    expect(meta).toMatchObject({ verdict: 'find-out-first' });
    expect(meta.kind === 'outcome' && meta.askWhom).toBeTruthy();
  });
});

describe('question: hasOtherStaffAdmin', () => {
  it('a coach as the only staff member in the team group: not allowed, even within a club', () => {
    expect(decide(machine, 'student', 'request', 'yes', 'no')).toMatchObject({
      state: 'notAllowedNoOtherAdmin',
      meta: { verdict: 'not-allowed' },
    });
  });

  it('sends "not sure" to finding out first', () => {
    expect(decide(machine, 'student', 'request', 'yes', 'notSure').meta).toMatchObject({ verdict: 'find-out-first' });
  });

  it('a class group with a co-teacher as administrator: allowed, with the group’s own requirements (3b, 3c), 3(a)’s "must" and "should", and 2(a)', () => {
    const { meta } = decide(machine, 'student', 'request', 'yes', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['3a', '3b', '3c', '3d', '3e', '2a']));
    const texts = meta.kind === 'outcome' ? (meta.conditions ?? []).map((condition) => condition.text).join(' ') : '';
    expect(texts).toMatch(/must be related to course work/);
    expect(texts).toMatch(/should include parents when possible/);
    expect(readingsOf(meta)).toEqual(expect.arrayContaining(['3e/follows', '3b/school-based-groups']));
  });
});
