import { describe, expect, it } from 'vitest';
import { academicGroupMachine as machine } from '../../machines/academic-group';
import { conditionClauses, decide } from '../helpers/decide';

describe('question: isForAcademicPurposes', () => {
  it('does not call a professional learning community academic: "academic purposes" is undefined, and "not sure" means finding out first', () => {
    const { meta } = decide(machine);
    expect(meta.kind === 'question' && meta.hint).toMatch(/does not define "academic purposes"/);
    expect(meta.kind === 'question' && meta.hint).not.toMatch(/professional learning community/);
    expect(decide(machine, 'notSure').meta).toMatchObject({ verdict: 'find-out-first', cites: ['2e'] });
  });

  it('leaves the name to use in other groups undecided, with what still applies', () => {
    const { meta } = decide(machine, 'no');
    expect(meta).toMatchObject({ verdict: 'not-decided' });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['1b', '2a', '2b']));
  });
});

describe('question: whichName', () => {
  it('a course discussion group under a nickname, or anonymously, is not allowed (2e)', () => {
    expect(decide(machine, 'yes', 'otherName').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2e'] });
    expect(decide(machine, 'yes', 'anonymous').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2e'] });
  });

  it('under your own name it is allowed, with 1(b), 2(a) and the conduct clauses for what you post there', () => {
    const { meta } = decide(machine, 'yes', 'ownName');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['2e', '1b', '2a', '2b', '2c', '2d', '2f']));
  });
});
