import { describe, expect, it } from 'vitest';
import { academicGroupMachine as machine } from '../../machines/academic-group';
import { conditionClauses, decide } from '../helpers/decide';

/** Where these answers lead, for a group not joined yet. */
const join = (...answers: string[]) => decide(machine, 'notYet', ...answers);

describe('question: isForAcademicPurposes', () => {
  it('does not call a professional learning community academic: "academic purposes" is undefined, and "not sure" means finding out first', () => {
    const { meta } = join();
    expect(meta.kind === 'question' && meta.hint).toMatch(/does not define "academic purposes"/);
    expect(meta.kind === 'question' && meta.hint).not.toMatch(/professional learning community/);
    expect(join('notSure').meta).toMatchObject({ verdict: 'find-out-first', cites: ['2e'] });
  });

  it('leaves the name to use in other groups undecided, with what still applies', () => {
    const { meta } = join('no');
    expect(meta).toMatchObject({ verdict: 'not-decided' });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['1b', '2a', '2b']));
  });
});

describe('question: whichName', () => {
  it('a course discussion group under a nickname, or anonymously, is not allowed (2e)', () => {
    expect(join('yes', 'otherName').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2e'] });
    expect(join('yes', 'anonymous').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2e'] });
  });

  it('under your own name it is allowed, with 1(b), 2(a) and the conduct clauses for what you post there', () => {
    const { meta } = join('yes', 'ownName');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['2e', '1b', '2a', '2b', '2c', '2d', '2f']));
  });
});

describe('question: hasItHappened', () => {
  it('already in an academic group under a nickname: not allowed (2e), with the clause’s words and the site’s advice', () => {
    const { meta } = decide(machine, 'already', 'yes', 'otherName');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['2e'] });
    const steps = meta.kind === 'outcome' ? (meta.afterTheFact ?? []) : [];
    expect(steps.map((step) => step.says)).toEqual(['policy', 'advice']);
  });
});
