import { describe, expect, it } from 'vitest';
import { sharingStudentContentMachine as machine } from '../../machines/sharing-student-content';
import { conditionClauses, decide, questionAfter, readingsOf } from '../helpers/decide';

/** The clauses a post that 2(a) lets through must still meet. */
const REST_OF_POST = ['1a', '1b', '2b', '2c', '2d', '2f'];

describe('question: whatWillBeShared', () => {
  it('a post with no student content needs no consent under 2(a), but is not plainly "Allowed": 1(a), 1(b) and the conduct clauses still apply', () => {
    const { meta } = decide(machine, 'nothing');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions', handOff: { scenario: 'personal-post' } });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(REST_OF_POST));
  });

  it('tells people that student work showing who made it counts as information about the student', () => {
    const { meta } = decide(machine);
    expect(meta.kind === 'question' && meta.answers.find((option) => option.answer === 'information')?.hint).toMatch(
      /student work/,
    );
  });

  it("asks confidential records for the principal's or a supervisor's written consent, saying this is the site's reading", () => {
    expect(decide(machine, 'records').state).toBe('hasRecordsConsent');
    expect(decide(machine, 'records', 'no').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2a'] });
    const { meta } = decide(machine, 'records', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(readingsOf(meta)).toEqual(['2a/who-consents-for-records']);
  });
});

describe('question: isInformationConfidential', () => {
  it("treats confidential information like images: the student's age decides whose consent", () => {
    expect(decide(machine, 'information', 'yes').state).toBe('howOldIsTheStudent');
  });

  it('a student essay that is not confidential needs no consent under 2(a), with the other clauses as conditions and a hand-over to the post check', () => {
    const { meta } = decide(machine, 'information', 'no');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions', handOff: { scenario: 'personal-post' } });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['2a', ...REST_OF_POST]));
  });

  it('not knowing whether it is confidential means finding out first', () => {
    expect(decide(machine, 'information', 'notSure').meta).toMatchObject({ verdict: 'find-out-first', cites: ['2a'] });
  });
});

describe('questions: consent for a student aged 18 or older', () => {
  it('a photo of an 18-year-old with no consent is not allowed: 2(a) has no age limit, only the consent-giver is unnamed', () => {
    const { meta } = decide(machine, 'images', 'eighteenOrOlder', 'no');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['2a'] });
    expect(meta.kind === 'outcome' && meta.askWhom).toMatch(/principal/);
    expect(readingsOf(meta)).toContain('2a/students-18-or-older');
  });

  it('with written consent in hand, whether it is the right person’s is not decided by the policy', () => {
    expect(decide(machine, 'images', 'eighteenOrOlder', 'yes').meta).toMatchObject({
      verdict: 'not-decided',
      cites: ['2a'],
    });
  });

  it('spoken consent is not enough at any age', () => {
    expect(decide(machine, 'images', 'eighteenOrOlder', 'spokenOnly').meta).toMatchObject({ verdict: 'not-allowed' });
  });
});

describe('questions: consent for students under 18', () => {
  it('a class photo with the principal’s written consent is allowed with conditions: the consent covers what it was given for, and the rest of the post still counts', () => {
    const { meta } = decide(machine, 'images', 'under16', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions', handOff: { scenario: 'personal-post' } });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['2a', ...REST_OF_POST]));
  });

  it('a media release the guardian signed at registration counts as written consent for what it covers', () => {
    expect(questionAfter(machine, 'images', 'under16').hint).toMatch(/release form/);
    const { meta } = decide(machine, 'images', 'under16', 'yes');
    expect(meta.kind === 'outcome' && meta.conditions?.[0]?.text).toMatch(/covers what it says, and no more/);
  });

  it('a parent’s spoken OK is not written consent', () => {
    expect(decide(machine, 'images', 'under16', 'spokenOnly').meta).toMatchObject({
      verdict: 'not-allowed',
      request: expect.anything(),
    });
  });

  it('an independent 17-year-old can consent in writing for themself', () => {
    expect(decide(machine, 'images', 'sixteenOrSeventeen', 'yes', 'yes').meta).toMatchObject({
      verdict: 'allowed-with-conditions',
    });
    expect(decide(machine, 'images', 'sixteenOrSeventeen', 'yes', 'no').meta).toMatchObject({ verdict: 'not-allowed' });
  });

  it('not knowing whether a 16- or 17-year-old is independent asks for consent that works either way', () => {
    expect(decide(machine, 'images', 'sixteenOrSeventeen', 'notSure').state).toBe('hasStaffOrGuardianConsent');
  });
});

describe('2(g)', () => {
  it('is quoted as an acknowledgement, never stated as current law in the site’s voice', () => {
    const { meta } = decide(machine, 'images', 'under16', 'yes');
    expect(meta.cites).toContain('2g');
    const words =
      meta.kind === 'outcome'
        ? [meta.explanation, ...(meta.conditions ?? []).map((condition) => condition.text)].join(' ')
        : '';
    expect(words).not.toMatch(/subject to the Freedom of Information/);
  });
});
