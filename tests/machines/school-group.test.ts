import { describe, expect, it } from 'vitest';
import { schoolGroupMachine as machine } from '../../machines/school-group';
import { decide } from '../helpers/decide';

describe('questions: requirements', () => {
  it('asks every requirement even after one is missing', () => {
    expect(decide(machine, 'no').state).toBe('isSupervisedByTeacher');
    expect(decide(machine, 'no', 'no').state).toBe('hasTwoStaffAdmins');
  });

  it('lists all missing requirements, not only the first, each with its clause', () => {
    const result = decide(machine, 'no', 'yes', 'notSure');
    expect(result.state).toBe('notAllowedRequirementsMissing');
    expect(result.unmet).toEqual(['hasPrincipalApproval', 'hasTwoStaffAdmins']);
    expect(decide(machine, 'no', 'no', 'no').unmet).toEqual(['hasPrincipalApproval', 'isSupervisedByTeacher', 'hasTwoStaffAdmins']);
  });

  it('counts "not sure" as not yet met', () => {
    expect(decide(machine, 'yes', 'notSure', 'yes')).toMatchObject({ state: 'notAllowedRequirementsMissing', unmet: ['isSupervisedByTeacher'] });
  });

  it('allows the group when all are met, with the 3(d), 3(a) and 1(a) conditions', () => {
    const { meta, unmet } = decide(machine, 'yes', 'yes', 'yes');
    expect(unmet).toEqual([]);
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions', cites: ['3b', '3c', '3d', '3a', '1a'] });
  });
});
