import { wordedMachine } from '../helpers/content-files';
import { describe, expect, it } from 'vitest';
import machineRouting from '../../machines/decisions/sharing-student-content';
import { conditionClauses, decide, questionAfter, readingsOf } from '../helpers/decide';

const machine = wordedMachine(machineRouting);

/** Where these answers lead, for something not posted yet. */
const share = (...answers: string[]) => decide(machine, 'notYet', ...answers);
/** The question these answers lead to, for something not posted yet. */
const questionInShare = (...answers: string[]) => questionAfter(machine, 'notYet', ...answers);

/** The clauses a post that 2(a) lets through must still meet. */
const REST_OF_POST = ['1a', '1b', '2b', '2c', '2d', '2f'];

describe('question: whatWillBeShared', () => {
  it('a post with no student content needs no consent under 2(a), but is not plainly "Allowed": 1(a), 1(b) and the conduct clauses still apply', () => {
    const { meta } = share('nothing');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions', handOff: { scenario: 'personal-post' } });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(REST_OF_POST));
  });

  it('counts student work that shows who made it as information about the student, and says this is the site’s reading', () => {
    expect(readingsOf(share('information', 'no').meta)).toEqual(['2a/student-work']);
  });

  it("asks confidential records for the principal's or a supervisor's written consent, saying this is the site's reading", () => {
    expect(share('records').state).toBe('hasRecordsConsent');
    expect(share('records', 'no').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2a'] });
    const { meta } = share('records', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(readingsOf(meta)).toEqual(['2a/who-is-named']);
  });
});

describe('question: isInformationConfidential', () => {
  it("treats confidential information like images: the student's age decides whose consent", () => {
    expect(share('information', 'yes').state).toBe('howOldIsTheStudent');
  });

  it('a student essay that is not confidential needs no consent under 2(a), with the other clauses as conditions and a hand-over to the post check', () => {
    const { meta } = share('information', 'no');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions', handOff: { scenario: 'personal-post' } });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['2a', ...REST_OF_POST]));
  });

  it('not knowing whether it is confidential means finding out first', () => {
    expect(share('information', 'notSure').meta).toMatchObject({ verdict: 'find-out-first', cites: ['2a'] });
  });
});

describe('questions: consent for a student aged 18 or older', () => {
  it('a photo of an 18-year-old with no consent is not allowed: 2(a) has no age limit, only the consent-giver is unnamed', () => {
    const { meta } = share('images', 'eighteenOrOlder', 'no');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['2a'] });
    expect(meta.kind === 'outcome' && meta.askWhom).toBeTruthy();
    expect(readingsOf(meta)).toContain('2a/who-is-named');
  });

  it('with only the student’s own written consent, whether it is enough is not decided by the policy', () => {
    expect(share('images', 'eighteenOrOlder', 'studentOrParentOnly').meta).toMatchObject({
      verdict: 'not-decided',
      cites: ['2a'],
    });
  });

  it('the principal’s or a supervisor’s written consent meets 2(a) for a student of any age, on the site’s reading of who it names', () => {
    const { meta } = share('images', 'eighteenOrOlder', 'principalOrSupervisor');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(readingsOf(meta)).toContain('2a/who-is-named');
  });

  it('spoken consent is not enough at any age', () => {
    expect(share('images', 'eighteenOrOlder', 'spokenOnly').meta).toMatchObject({ verdict: 'not-allowed' });
  });
});

describe('questions: consent for students under 18', () => {
  it('a class photo with the principal’s written consent is allowed with conditions: the consent covers what it was given for, and the rest of the post still counts', () => {
    const { meta } = share('images', 'under16', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions', handOff: { scenario: 'personal-post' } });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['2a', ...REST_OF_POST]));
  });

  it('a media release the guardian signed at registration counts as written consent for what it covers: 2(a) is the first condition, and not knowing what it covers means finding out first', () => {
    const question = questionInShare('images', 'under16');
    expect(question.answers.find((option) => option.answer === 'yes')?.facts).toEqual({
      consent: ['written-from-named'],
      consentTiming: ['before'],
    });
    const { meta } = share('images', 'under16', 'yes');
    expect(meta.kind === 'outcome' && meta.conditions?.[0]?.cites).toEqual(['2a']);
    expect(share('images', 'under16', 'notSure').meta).toMatchObject({ verdict: 'find-out-first', cites: ['2a'] });
  });

  it('a parent’s spoken OK is not written consent', () => {
    expect(share('images', 'under16', 'spokenOnly').meta).toMatchObject({
      verdict: 'not-allowed',
      request: expect.anything(),
    });
  });

  it('an independent 17-year-old can consent in writing for themself', () => {
    expect(share('images', 'sixteenOrSeventeen', 'yes', 'yes').meta).toMatchObject({
      verdict: 'allowed-with-conditions',
    });
    expect(share('images', 'sixteenOrSeventeen', 'yes', 'no').meta).toMatchObject({ verdict: 'not-allowed' });
  });

  it('not knowing whether a 16- or 17-year-old is independent: the principal’s or a supervisor’s consent works either way', () => {
    const { meta } = share('images', 'sixteenOrSeventeen', 'notSure', 'principalOrSupervisor');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(meta.kind === 'outcome' && meta.eitherWay).toBeTruthy();
  });

  it('not knowing whether the student is independent, with only the student’s own consent, is "find out first", not "not allowed"', () => {
    expect(share('images', 'sixteenOrSeventeen', 'notSure', 'guardianOrStudent').meta).toMatchObject({
      verdict: 'find-out-first',
      cites: ['2a'],
    });
  });

  it('a guardian’s consent for a student who is independent is not settled by the clause', () => {
    expect(share('images', 'sixteenOrSeventeen', 'yes', 'guardianOnly').meta).toMatchObject({
      verdict: 'not-decided',
      cites: ['2a'],
    });
  });
});

describe('question: howOldIsTheStudent', () => {
  it('not sure of the student’s age: the principal’s or a supervisor’s consent works at any age; the student’s own is "find out first"', () => {
    expect(share('images', 'notSure', 'principalOrSupervisor').meta).toMatchObject({
      verdict: 'allowed-with-conditions',
      eitherWay: expect.any(String),
    });
    expect(share('images', 'notSure', 'guardianOrStudent').meta).toMatchObject({
      verdict: 'find-out-first',
      cites: ['2a'],
    });
  });
});

describe('consent given after the fact', () => {
  it('every consent question offers consent given only after posting, which is not allowed: 2(a) says "first"', () => {
    for (const answers of [
      ['images', 'under16'],
      ['images', 'sixteenOrSeventeen', 'yes'],
      ['images', 'sixteenOrSeventeen', 'notSure'],
      ['images', 'notSure'],
      ['images', 'eighteenOrOlder'],
      ['records'],
    ]) {
      expect(
        questionInShare(...answers).answers.find((option) => option.answer === 'afterPosting')?.facts,
        answers.join(' → '),
      ).toMatchObject({ consentTiming: ['after'] });
      expect(share(...answers, 'afterPosting').meta, answers.join(' → ')).toMatchObject({
        verdict: 'not-allowed',
        cites: ['2a'],
      });
    }
  });

  it('after the fact, still not allowed: first 2(a) in the policy’s words, then what to do now as the site’s advice', () => {
    const { meta } = decide(machine, 'already', 'images', 'under16', 'no');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['2a'] });
    const steps = meta.kind === 'outcome' ? (meta.afterTheFact ?? []) : [];
    expect(steps[0]).toMatchObject({ says: 'policy', cites: ['2a'] });
    expect(new Set(steps.slice(1).map((step) => step.says))).toEqual(new Set(['advice']));
  });
});

describe('2(g)', () => {
  it('is quoted as an acknowledgement, never stated as current law in the site’s voice', () => {
    const { meta } = share('images', 'under16', 'yes');
    expect(meta.cites).toContain('2g');
    expect(conditionClauses(meta)).not.toContain('2g');
    expect(meta.kind === 'outcome' && meta.explanation).not.toMatch(/subject to the Freedom of Information/);
  });
});

describe('a student aged 18 or older without written consent', () => {
  it('offers to prepare the request to the principal or a supervisor, whose written consent the site reads 2(a) as accepting', () => {
    for (const answer of ['no', 'spokenOnly']) {
      expect(share('images', 'eighteenOrOlder', answer).meta, answer).toMatchObject({
        verdict: 'not-allowed',
        request: { letter: 'consent-for-student-content', addressees: ['principal', 'supervisor'] },
      });
    }
    expect(readingsOf(share('images', 'eighteenOrOlder', 'no').meta)).toContain('2a/who-is-named');
  });
});
