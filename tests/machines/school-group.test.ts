import { wordedMachine } from '../helpers/content-files';
import { describe, expect, it } from 'vitest';
import machineRouting from '../../machines/decisions/school-group';
import { conditionClauses, decide, readingsOf } from '../helpers/decide';

const machine = wordedMachine(machineRouting);

/** Where these answers lead, for a group not set up yet. */
const group = (...answers: string[]) => decide(machine, 'notYet', ...answers);

describe('questions: requirements (3b, 3c)', () => {
  it('asks every requirement even after one is missing', () => {
    expect(group('no').state).toBe('isSupervisedByTeacher');
    expect(group('no', 'no').state).toBe('hasTwoStaffAdmins');
  });

  it("a coach's team group, not approved, with the coach as the only staff admin: not allowed, listing both missing requirements", () => {
    const result = group('no', 'yes', 'no');
    expect(result.meta).toMatchObject({ verdict: 'not-allowed', cites: ['3b', '3c'] });
    expect(result.unmet).toEqual(['hasPrincipalApproval', 'hasTwoStaffAdmins']);
    expect(group('no', 'no', 'no').unmet).toEqual([
      'hasPrincipalApproval',
      'isSupervisedByTeacher',
      'hasTwoStaffAdmins',
    ]);
  });

  it('a "No" outweighs an "I’m not sure": not allowed, listing both', () => {
    expect(group('no', 'yes', 'notSure')).toMatchObject({
      meta: { verdict: 'not-allowed' },
      unmet: ['hasPrincipalApproval', 'hasTwoStaffAdmins'],
    });
  });

  it('only "I’m not sure" answers mean finding out first', () => {
    expect(group('yes', 'notSure', 'yes')).toMatchObject({
      meta: { verdict: 'find-out-first' },
      unmet: ['isSupervisedByTeacher'],
    });
  });

  it('says that reading 3(b) and 3(c) as requirements for any group with students is the site’s reading', () => {
    expect(readingsOf(group('no', 'no', 'no').meta)).toEqual(['3b/school-based-groups', '3c/school-based-groups']);
  });
});

describe('outcome: allowedWithConditions', () => {
  it('an approved class group with two staff admins is allowed, with 3(a), 3(d), 3(e) for connections, 2(a) for photos and 1(a) for speaking for the school', () => {
    const { meta, unmet } = group('yes', 'yes', 'yes');
    expect(unmet).toEqual([]);
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['3a', '3b', '3c', '3d', '3e', '2a', '1a']));
  });
});

describe('question: hasItHappened', () => {
  it('a group already running without the principal’s approval: not allowed, and what to do now is the site’s advice', () => {
    const { meta } = decide(machine, 'already', 'no', 'yes', 'yes');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['3b', '3c'] });
    const steps = meta.kind === 'outcome' ? (meta.afterTheFact ?? []) : [];
    expect(new Set(steps.map((step) => step.says))).toEqual(new Set(['advice']));
  });
});
