import { describe, expect, it } from 'vitest';
import { academicGroupMachine as machine } from '../../machines/academic-group';
import { decide } from '../helpers/decide';

describe('question: isForAcademicPurposes', () => {
  it('leaves groups that are not academic undecided by 2(e)', () => {
    expect(decide(machine, 'no').meta).toMatchObject({ verdict: 'not-decided' });
  });
});

describe('question: whichName', () => {
  it('allows taking part under your own name, with 1(b) and 2(g) as conditions', () => {
    expect(decide(machine, 'yes', 'ownName').meta).toMatchObject({ verdict: 'allowed-with-conditions', cites: ['2e', '1b', '2g'] });
  });

  it('does not allow a nickname, a made-up or borrowed name, or anonymity', () => {
    for (const answer of ['otherName', 'anonymous']) {
      expect(decide(machine, 'yes', answer).meta).toMatchObject({ verdict: 'not-allowed', cites: ['2e'] });
    }
  });
});
