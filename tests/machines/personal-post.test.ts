import { describe, expect, it } from 'vitest';
import { personalPostMachine as machine } from '../../machines/personal-post';
import { conditionClauses, decide, questionAfter, readingsOf } from '../helpers/decide';

/** No student content, nothing defamatory, reputation fine, nothing harmful, nothing proprietary, no disruption expected. */
const CLEAN_POST = ['no', 'no', 'no', 'no', 'no', 'no'];
/** The same, with student content for which written consent was obtained first. */
const CLEAN_POST_WITH_CONSENT = ['yes', 'yes', 'no', 'no', 'no', 'no', 'no'];

describe('questions: includesStudentContent and hasWrittenConsent (2a)', () => {
  it('a class photo with the principal’s written consent, on a personal account, carries on to the other checks instead of "Not allowed"', () => {
    expect(decide(machine, 'yes', 'yes').state).toBe('isDefamatory');
    const { meta } = decide(machine, ...CLEAN_POST_WITH_CONSENT, 'no', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['1b', '2a']));
  });

  it('the same photo, not identifiable as an employee, is allowed within the consent (the consent limits it)', () => {
    expect(decide(machine, ...CLEAN_POST_WITH_CONSENT, 'no', 'no')).toMatchObject({
      state: 'allowedWithinConsent',
      meta: { verdict: 'allowed-with-conditions' },
    });
  });

  it('a photo of students with no consent is not allowed, and hands over to the consent decision', () => {
    expect(decide(machine, 'yes', 'no').meta).toMatchObject({
      verdict: 'not-allowed',
      cites: ['2a'],
      handOff: { scenario: 'sharing-student-content' },
    });
  });

  it('a parent’s spoken OK is not written consent', () => {
    expect(decide(machine, 'yes', 'spokenOnly').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2a'] });
  });

  it('a photo of an 18-year-old who consented in writing is not decided by the policy, as in the photo decision', () => {
    expect(decide(machine, 'yes', 'adultStudent').meta).toMatchObject({ verdict: 'not-decided', cites: ['2a'] });
    expect(questionAfter(machine, 'yes').hint).toMatch(/18 or older the policy names no one/);
  });

  it('not knowing whose consent is needed means finding out first, with the consent questions', () => {
    expect(decide(machine, 'yes', 'notSure').meta).toMatchObject({
      verdict: 'find-out-first',
      handOff: { scenario: 'sharing-student-content' },
    });
  });

  it('not knowing whether content counts as proprietary means finding out first', () => {
    expect(decide(machine, 'no', 'no', 'no', 'no', 'notSure').meta).toMatchObject({
      verdict: 'find-out-first',
      cites: ['2f'],
    });
  });

  it('not knowing whether the information is confidential means finding out first', () => {
    expect(decide(machine, 'notSure').meta).toMatchObject({ verdict: 'find-out-first', cites: ['2a'] });
  });
});

describe('questions: the conduct clauses', () => {
  it('a post defaming a student, an employee or a Division policy is not allowed (2b "will not"), and 2(f) adds discipline', () => {
    expect(decide(machine, 'no', 'yes').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2b', '2f'] });
  });

  it("a post calling a student's parent a liar and a cheat (untrue) may lead to discipline under 2(f): defamatory about anyone", () => {
    const { meta } = decide(machine, 'no', 'no', 'no', 'yes');
    expect(meta).toMatchObject({ verdict: 'may-lead-to-discipline', cites: ['2f'] });
    expect(questionAfter(machine, 'no', 'no', 'no').prompt).toMatch(/defamatory about anyone else/);
    expect(readingsOf(meta)).toContain('2f/promoting-includes-sharing');
  });

  it("a post that would reflect negatively on the school's reputation is not allowed (2c)", () => {
    expect(decide(machine, 'no', 'no', 'yes').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2c'] });
  });

  it('scans of a paid workbook may lead to discipline (2f proprietary), with "ask" rather than "nothing would make it allowed"', () => {
    const { meta } = decide(machine, 'no', 'no', 'no', 'no', 'yes');
    expect(meta).toMatchObject({ verdict: 'may-lead-to-discipline', cites: ['2f'] });
    expect(meta.kind === 'outcome' && meta.wouldAllow).toMatch(/ask your principal or supervisor/);
    expect(meta.kind === 'outcome' && meta.wouldAllow).not.toMatch(/^Nothing/);
  });

  it('lesson plans you wrote and sell yourself: the policy does not say whether they count as proprietary', () => {
    expect(decide(machine, 'no', 'no', 'no', 'no', 'ownOrLicensed').meta).toMatchObject({
      verdict: 'not-decided',
      cites: ['2f'],
    });
  });

  it('a post you expect to cause a disruption at school may lead to discipline (2d), and is not called forbidden', () => {
    const { meta } = decide(machine, 'no', 'no', 'no', 'no', 'no', 'yes');
    expect(meta).toMatchObject({ verdict: 'may-lead-to-discipline', cites: ['2d'] });
    expect(questionAfter(machine, 'no', 'no', 'no', 'no', 'no').prompt).toMatch(/expect it to result in/);
  });

  it('not sure whether a post is defamatory, damaging to reputation, harmful or disruptive: find out first', () => {
    expect(decide(machine, 'no', 'notSure').meta).toMatchObject({ verdict: 'find-out-first', cites: ['2b'] });
    expect(decide(machine, 'no', 'no', 'notSure').meta).toMatchObject({ verdict: 'find-out-first', cites: ['2c'] });
    expect(decide(machine, 'no', 'no', 'no', 'notSure').meta).toMatchObject({
      verdict: 'find-out-first',
      cites: ['2f'],
    });
    expect(decide(machine, 'no', 'no', 'no', 'no', 'no', 'notSure').meta).toMatchObject({
      verdict: 'find-out-first',
      cites: ['2d'],
    });
  });
});

describe('question: isSpeakingForTheSchool (1a)', () => {
  it('inviting families to "our" school concert from a personal account, without written permission, is not allowed (1a)', () => {
    expect(decide(machine, ...CLEAN_POST, 'yes', 'no').meta).toMatchObject({ verdict: 'not-allowed', cites: ['1a'] });
  });

  it('with written permission, a post in the school’s name is allowed with conditions, and 1(b) is not asked', () => {
    const result = decide(machine, ...CLEAN_POST, 'yes', 'yes');
    expect(result.meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(readingsOf(result.meta)).toContain('1b/not-when-speaking-for-the-school');
  });
});

describe('question: isIdentifiableAsEmployee (1b)', () => {
  it('a post that passes every check, by someone identifiable as an employee, needs the 1(b) statement', () => {
    const { meta } = decide(machine, ...CLEAN_POST, 'no', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions', copyText: expect.anything() });
    expect(conditionClauses(meta)).toContain('1b');
  });

  it('is allowed when not identifiable, with 2(d) (about what a post results in) and 2(e) still applying, and 2(g) quoted as an acknowledgement, not as current law', () => {
    const { meta } = decide(machine, ...CLEAN_POST, 'no', 'no');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(conditionClauses(meta)).toEqual(['2d', '2e']);
    expect(meta.cites).toContain('2g');
    expect(meta.kind === 'outcome' && meta.explanation).toMatch(/acknowledgement/);
    expect(meta.kind === 'outcome' && meta.explanation).not.toMatch(/is subject to the Freedom of Information/);
  });
});
