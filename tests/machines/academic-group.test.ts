import { wordedMachine } from '../helpers/content-files';
import { describe, expect, it } from 'vitest';
import machineRouting from '../../machines/decisions/academic-group';
import { conditionClauses, decide, questionAfter, readingsOf } from '../helpers/decide';

const machine = wordedMachine(machineRouting);

/** Where these answers lead, for a group not joined yet. */
const join = (...answers: string[]) => decide(machine, 'notYet', ...answers);

describe('question: whichName, asked first', () => {
  it('under your own name it is allowed whether or not the group is academic, with 1(b), 2(a) and the conduct clauses for what you post there', () => {
    const { meta, steps } = join('ownName');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    // Whether the group is academic is never asked: under your own name 2(e) is met either way.
    expect(steps.map((step) => step.question)).not.toContain('isForAcademicPurposes');
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['2e', '1b', '2a', '2b', '2c', '2d', '2f']));
  });

  it('a course discussion group under a nickname, or anonymously, is not allowed (2e)', () => {
    expect(join('otherName', 'yes').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2e'] });
    expect(join('anonymous', 'yes').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2e'] });
  });
});

describe('question: isForAcademicPurposes', () => {
  it('does not call a professional learning community academic: "academic purposes" is undefined, and "not sure" means finding out first', () => {
    const question = questionAfter(machine, 'notYet', 'otherName');
    expect(question.answers.find((option) => option.answer === 'notSure')?.facts).toEqual({
      academicPurpose: ['unsure'],
    });
    expect(question.hint).not.toMatch(/professional learning community/);
    expect(join('otherName', 'notSure').meta).toMatchObject({ verdict: 'find-out-first', cites: ['2e'] });
  });

  it('shows the site’s reading of "academic purposes" (a group for a course or class counts; a club or network is not decided) with every answer to it', () => {
    for (const answer of ['yes', 'no', 'notSure']) {
      expect(readingsOf(join('otherName', answer).meta), answer).toEqual(['2e/course-groups']);
    }
  });

  it('leaves the name to use in other groups undecided, with what still applies', () => {
    const { meta } = join('otherName', 'no');
    expect(meta).toMatchObject({ verdict: 'not-decided' });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['1b', '2a', '2b']));
  });
});

describe('question: hasItHappened', () => {
  it('already in an academic group under a nickname: not allowed (2e), with the clause’s words and the site’s advice', () => {
    const { meta } = decide(machine, 'already', 'otherName', 'yes');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['2e'] });
    const steps = meta.kind === 'outcome' ? (meta.afterTheFact ?? []) : [];
    expect(steps.map((step) => step.says)).toEqual(['policy', 'advice']);
  });
});
