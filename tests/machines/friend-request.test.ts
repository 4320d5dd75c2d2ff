import { describe, expect, it } from 'vitest';
import { friendRequestMachine as machine } from '../../machines/friend-request';
import { decide } from '../helpers/decide';

describe('question: isCurrentStudent', () => {
  it('is the first question, and sending or accepting is not asked (3(e) treats them alike)', () => {
    expect(decide(machine).state).toBe('isCurrentStudent');
  });

  it('leaves parents, former students and colleagues undecided by 3(e), pointing to 2b, 2c, 2d, 2f and 1b', () => {
    const { state, meta } = decide(machine, 'notStudent');
    expect(state).toBe('notAStudent');
    expect(meta).toMatchObject({ kind: 'outcome', verdict: 'not-decided' });
    expect(meta.cites).toEqual(expect.arrayContaining(['3e', '2b', '2c', '2d', '2f', '1b']));
  });
});

describe('question: isPartOfCourseOrClub', () => {
  it('does not allow networking outside a school course or club structure', () => {
    const { state, meta } = decide(machine, 'student', 'no');
    expect(state).toBe('notAllowedOutsideCourseOrClub');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['3e'] });
  });

  it('sends "not sure" to finding out, never to a yes', () => {
    const { meta } = decide(machine, 'student', 'notSure');
    expect(meta).toMatchObject({ verdict: 'not-allowed' });
    expect(meta.kind === 'outcome' && meta.askWhom).toBeTruthy();
  });
});

describe('question: hasOtherStaffAdmin', () => {
  it('does not allow a group without another staff administrator, even within a course', () => {
    expect(decide(machine, 'student', 'yes', 'no')).toMatchObject({ state: 'notAllowedNoOtherAdmin', meta: { verdict: 'not-allowed' } });
  });

  it('sends "not sure" to finding out', () => {
    expect(decide(machine, 'student', 'yes', 'notSure').state).toBe('checkOtherAdmin');
  });

  it('allows the connection when both 3(e) conditions hold, with the 3(a) and 3(d) conditions', () => {
    const { meta } = decide(machine, 'student', 'yes', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions', cites: ['3e', '3a', '3d'] });
    const conditionClauses = meta.kind === 'outcome' ? (meta.conditions ?? []).flatMap((condition) => condition.cites) : [];
    expect(conditionClauses).toEqual(expect.arrayContaining(['3a', '3d']));
  });
});
