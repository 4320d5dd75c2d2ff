import { describe, expect, it } from 'vitest';
import { representingTheDivisionMachine as machine } from '../../machines/representing-the-division';
import { decide } from '../helpers/decide';

describe('question: isRepresentingTheSchool', () => {
  it('leaves "not sure" to the principal or supervisor, since the policy does not define representing', () => {
    expect(decide(machine, 'notSure').meta).toMatchObject({ verdict: 'not-decided', cites: ['1a'] });
  });
});

describe('question: hasWrittenPermission', () => {
  it('allows representing the school with written permission from a principal or supervisor', () => {
    expect(decide(machine, 'yes', 'yes').meta).toMatchObject({ verdict: 'allowed', cites: ['1a'] });
  });

  it('does not accept spoken permission, nor none', () => {
    expect(decide(machine, 'yes', 'spokenOnly').meta).toMatchObject({ verdict: 'not-allowed' });
    expect(decide(machine, 'yes', 'no').meta).toMatchObject({ verdict: 'not-allowed' });
  });
});

describe('question: isIdentifiableAsEmployee', () => {
  it('asks an identifiable employee for the 1(b) statement and offers one to copy', () => {
    const { meta } = decide(machine, 'no', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(meta.kind === 'outcome' && meta.copyText?.text).toContain('not representing the views of a school, department or the Division');
  });

  it('recommends the statement when unsure, since it meets 1(b) either way', () => {
    expect(decide(machine, 'no', 'notSure').meta).toMatchObject({ verdict: 'allowed-with-conditions', copyText: expect.anything() });
  });

  it('says 1(b) does not apply when not identifiable, but the general conduct clauses do', () => {
    const { meta } = decide(machine, 'no', 'no');
    expect(meta.cites).toEqual(expect.arrayContaining(['1b', '2b', '2c', '2d', '2f']));
    expect(meta.kind === 'outcome' && meta.copyText).toBeFalsy();
  });
});
