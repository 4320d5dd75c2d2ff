import { wordedMachine } from '../helpers/content-files';
import { describe, expect, it } from 'vitest';
import machineRouting from '../../machines/decisions/personal-post';
import { conditionClauses, decide, questionAfter, readingsOf } from '../helpers/decide';

const machine = wordedMachine(machineRouting);

/** Not posted yet, a post (not a like), not written to a student: the answers that lead to the checks on the post itself. */
const A_POST = ['notYet', 'post', 'no'];
/** A post not yet made, with these answers to the checks. */
const post = (...answers: string[]) => decide(machine, ...A_POST, ...answers);
/** The question these answers to the checks lead to. */
const questionInPost = (...answers: string[]) => questionAfter(machine, ...A_POST, ...answers);

/** No student content, nothing defamatory, reputation fine, nothing harmful, nothing proprietary, no disruption expected. */
const CLEAN_POST = ['no', 'no', 'no', 'no', 'no', 'no'];
/** The same, with student content for which written consent was obtained first. */
const CLEAN_POST_WITH_CONSENT = ['yes', 'yes', 'no', 'no', 'no', 'no', 'no'];

describe('questions: includesStudentContent and hasWrittenConsent (2a)', () => {
  it('a class photo with the principal’s written consent, on a personal account, carries on to the other checks instead of "Not allowed"', () => {
    expect(post('yes', 'yes').state).toBe('isDefamatory');
    const { meta } = post(...CLEAN_POST_WITH_CONSENT, 'no', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['1b', '2a']));
  });

  it('the same photo, not identifiable as an employee, is allowed within the consent (the consent limits it)', () => {
    expect(post(...CLEAN_POST_WITH_CONSENT, 'no', 'no')).toMatchObject({
      state: 'allowedWithinConsent',
      meta: { verdict: 'allowed-with-conditions' },
    });
  });

  it('a photo of students with no consent is not allowed, and hands over to the consent decision', () => {
    expect(post('yes', 'no').meta).toMatchObject({
      verdict: 'not-allowed',
      cites: ['2a'],
      handOff: { scenario: 'sharing-student-content' },
    });
  });

  it('a parent’s spoken OK is not written consent', () => {
    expect(post('yes', 'spokenOnly').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2a'] });
  });

  it('a photo of an 18-year-old whose only written consent is their own is not decided by the policy, as in the photo decision', () => {
    const { meta } = post('yes', 'adultStudentOnly');
    expect(meta).toMatchObject({ verdict: 'not-decided', cites: ['2a'] });
    // On the site's reading of who 2(a) names, the principal's or a supervisor's consent meets it for any student.
    expect(readingsOf(meta)).toContain('2a/who-is-named');
  });

  it('written consent given only after posting is not allowed: 2(a) says "first", as the photo decision says', () => {
    const { meta } = post('yes', 'afterPosting');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['2a'] });
    const timing = (answer: string) =>
      questionInPost('yes').answers.find((option) => option.answer === answer)?.facts?.['consentTiming'];
    expect(timing('afterPosting')).toEqual(['after']);
    expect(timing('yes')).toEqual(['before']);
  });

  it('not knowing whose consent is needed means finding out first, with the consent questions', () => {
    expect(post('yes', 'notSure').meta).toMatchObject({
      verdict: 'find-out-first',
      handOff: { scenario: 'sharing-student-content' },
    });
  });

  it('not knowing whether content counts as proprietary means finding out first', () => {
    expect(post('no', 'no', 'no', 'no', 'notSure').meta).toMatchObject({
      verdict: 'find-out-first',
      cites: ['2f'],
    });
  });

  it('not knowing whether the information is confidential means finding out first', () => {
    expect(post('notSure').meta).toMatchObject({ verdict: 'find-out-first', cites: ['2a'] });
  });
});

describe('question: isWrittenToStudent (3a)', () => {
  it('a reply on a student’s video about their weekend is not allowed: correspondence with a student must be about course work or a school club or activity', () => {
    const { meta } = decide(machine, 'notYet', 'post', 'yes', 'no');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['3a'] });
    expect(readingsOf(meta)).toContain('3a/replies-and-comments');
  });

  it('a comment to a student about course work goes through every check of the post, and its allowed outcome names 3(a) and the group and connection clauses', () => {
    const { meta } = decide(machine, 'notYet', 'post', 'yes', 'yes', ...CLEAN_POST, 'no', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['3a', '3b', '3c', '3e', '1b']));
  });

  it('a reply to a student who reached out about their safety gets the same answer as in the messaging decision', () => {
    expect(decide(machine, 'notYet', 'post', 'yes', 'crisis').state).toBe('studentInCrisis');
    expect(decide(machine, 'notYet', 'post', 'yes', 'crisis').meta).toMatchObject({
      verdict: 'not-allowed',
      cites: ['3a', '3e'],
    });
  });

  it('not knowing whether the person replied to is a student, or whether it is about a sanctioned club: find out first', () => {
    expect(decide(machine, 'notYet', 'post', 'notSure').meta).toMatchObject({
      verdict: 'find-out-first',
      cites: ['3a'],
    });
    expect(decide(machine, 'notYet', 'post', 'yes', 'notSure').meta).toMatchObject({
      verdict: 'find-out-first',
      cites: ['3a'],
    });
  });
});

describe('question: hasItHappened', () => {
  it('gives the same verdict after the fact, and adds what to do now, each step marked as the policy or the site’s advice', () => {
    const before = decide(machine, 'notYet', 'post', 'no', 'yes', 'no');
    const after = decide(machine, 'already', 'post', 'no', 'yes', 'no');
    expect(after.state).toBe(before.state);
    expect(after.meta).toMatchObject({ verdict: 'not-allowed', cites: ['2a'] });
    const steps = after.meta.kind === 'outcome' ? (after.meta.afterTheFact ?? []) : [];
    expect(steps.map((step) => step.says)).toEqual(['policy', 'advice', 'advice', 'advice']);
    expect(steps[0]).toMatchObject({ says: 'policy', cites: ['2a'] });
  });

  it('an old post that would reflect negatively now says what to do: first the site’s advice, and that 2(d) turns on what it results in (policy)', () => {
    const { meta } = decide(machine, 'already', 'post', 'no', 'no', 'no', 'yes');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['2c'] });
    const steps = meta.kind === 'outcome' ? (meta.afterTheFact ?? []) : [];
    expect(steps[0]).toMatchObject({ says: 'advice' });
    expect(steps.some((step) => step.says === 'policy' && step.cites.includes('2d'))).toBe(true);
  });

  it('a post from before the person worked for the Division is not decided by the policy, with 2(d) still applying', () => {
    const { meta } = decide(machine, 'beforeEmployment');
    expect(meta).toMatchObject({ verdict: 'not-decided' });
    expect(meta.kind === 'outcome' && meta.stillApplies?.flatMap((condition) => condition.cites)).toEqual(['2d']);
  });
});

describe('question: isOnlyAReaction (likes and reactions)', () => {
  it('a like is asked 2(c), which covers behaviour on this site’s reading: not allowed if it would reflect negatively', () => {
    const { meta } = decide(machine, 'notYet', 'onlyReacting', 'yes');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['2c'] });
    expect(readingsOf(meta)).toContain('2c/reactions-are-behaviour');
  });

  it('otherwise a like is not decided: the policy does not say whether liking is disclosing, posting, promoting or correspondence', () => {
    const { meta } = decide(machine, 'notYet', 'onlyReacting', 'no');
    expect(meta).toMatchObject({ verdict: 'not-decided' });
    // Liking a student's video or a post that shows students gets the same answer: never "Allowed".
    expect(meta.cites).toEqual(expect.arrayContaining(['2a', '2b', '2f', '3a']));
  });
});

describe('questions: the conduct clauses', () => {
  it('a post defaming a student, an employee or a Division policy is not allowed (2b "will not"), and 2(f) adds discipline', () => {
    expect(post('no', 'yes').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2b', '2f'] });
  });

  it("a post calling a student's parent a liar and a cheat (untrue) may lead to discipline under 2(f): defamatory about anyone", () => {
    const { meta } = post('no', 'no', 'no', 'yes');
    expect(meta).toMatchObject({ verdict: 'may-lead-to-discipline', cites: ['2f'] });
    const question = questionInPost('no', 'no', 'no');
    expect(question.cites).toEqual(['2f']);
    expect(question.answers.find((option) => option.answer === 'yes')?.facts).toEqual({ harmful: ['yes'] });
    // On the site's reading, "defamatory" in 2(f) covers anyone, not only those 2(b) names.
    expect(readingsOf(meta)).toContain('2f/promoting-includes-sharing');
  });

  it("a post that would reflect negatively on the school's reputation is not allowed (2c)", () => {
    expect(post('no', 'no', 'yes').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2c'] });
  });

  it('scans of a paid workbook may lead to discipline (2f proprietary), and say what would allow it: with a licence the policy does not decide, so the answer is "ask", not "nothing"', () => {
    const { meta } = post('no', 'no', 'no', 'no', 'yes');
    expect(meta).toMatchObject({ verdict: 'may-lead-to-discipline', cites: ['2f'] });
    expect(readingsOf(meta)).toContain('2f/proprietary');
    expect(meta.kind === 'outcome' && meta.wouldAllow).toBeTruthy();
    const licensed = post('no', 'no', 'no', 'no', 'ownOrLicensed').meta;
    expect(licensed).toMatchObject({ verdict: 'not-decided', cites: ['2f'] });
    expect(licensed.kind === 'outcome' && licensed.askWhom).toBeTruthy();
  });

  it('lesson plans you wrote and sell yourself: the policy does not say whether they count as proprietary', () => {
    expect(post('no', 'no', 'no', 'no', 'ownOrLicensed').meta).toMatchObject({
      verdict: 'not-decided',
      cites: ['2f'],
    });
  });

  it('a post you expect to cause a disruption at school may lead to discipline (2d), and is not called forbidden', () => {
    const { meta } = post('no', 'no', 'no', 'no', 'no', 'yes');
    expect(meta).toMatchObject({ verdict: 'may-lead-to-discipline', cites: ['2d'] });
    // The site asks whether you expect that result, a reading of 2(d), which is about what postings result in.
    expect(readingsOf(meta)).toContain('2d/expected-result');
  });

  it('not sure whether a post is defamatory, damaging to reputation, harmful or disruptive: find out first', () => {
    expect(post('no', 'notSure').meta).toMatchObject({ verdict: 'find-out-first', cites: ['2b'] });
    expect(post('no', 'no', 'notSure').meta).toMatchObject({ verdict: 'find-out-first', cites: ['2c'] });
    expect(post('no', 'no', 'no', 'notSure').meta).toMatchObject({
      verdict: 'find-out-first',
      cites: ['2f'],
    });
    expect(post('no', 'no', 'no', 'no', 'no', 'notSure').meta).toMatchObject({
      verdict: 'find-out-first',
      cites: ['2d'],
    });
  });
});

describe('question: isSpeakingForTheSchool (1a)', () => {
  it('inviting families to "our" school concert from a personal account, without written permission, is not allowed (1a)', () => {
    expect(post(...CLEAN_POST, 'yes', 'no').meta).toMatchObject({ verdict: 'not-allowed', cites: ['1a'] });
  });

  it('with written permission, a post in the school’s name is allowed with conditions, and 1(b) is not asked', () => {
    const result = post(...CLEAN_POST, 'yes', 'yes');
    expect(result.meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(readingsOf(result.meta)).toContain('1b/not-when-speaking-for-the-school');
  });
});

describe('question: isIdentifiableAsEmployee (1b)', () => {
  it('a post that passes every check, by someone identifiable as an employee, needs the 1(b) statement', () => {
    const { meta } = post(...CLEAN_POST, 'no', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions', copyText: expect.anything() });
    expect(conditionClauses(meta)).toContain('1b');
  });

  it('is allowed when not identifiable, with 2(d) (about what a post results in) and 2(e) still applying, and 2(g) quoted as an acknowledgement, not as current law', () => {
    const { meta } = post(...CLEAN_POST, 'no', 'no');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(conditionClauses(meta)).toEqual(['2d', '2e', '3a', '3b', '3c', '3e']);
    // 2(g) is quoted, with its status note; no condition (above) or step of the outcome rests on it.
    expect(meta.cites).toContain('2g');
    const steps = meta.kind === 'outcome' ? [...(meta.nextSteps ?? []), ...(meta.afterTheFact ?? [])] : [];
    expect(steps.flatMap((step) => (step.says === 'policy' ? step.cites : []))).not.toContain('2g');
    expect(meta.kind === 'outcome' && meta.explanation).not.toMatch(/is subject to the Freedom of Information/);
  });
});
