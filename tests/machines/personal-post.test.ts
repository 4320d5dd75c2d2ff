import { describe, expect, it } from 'vitest';
import { personalPostMachine as machine } from '../../machines/personal-post';
import { decide } from '../helpers/decide';

describe('question: includesStudentContent', () => {
  it('hands student images, information and records over to the consent decision', () => {
    const { meta } = decide(machine, 'yes');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['2a'], handOff: { scenario: 'sharing-student-content' } });
  });
});

describe('questions: conduct', () => {
  it('does not allow a defamatory post, and cites discipline (2b, 2f)', () => {
    expect(decide(machine, 'no', 'yes').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2b', '2f'] });
  });

  it('does not allow pornographic, proprietary or harassing content (2f)', () => {
    expect(decide(machine, 'no', 'no', 'yes').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2f'] });
  });

  it("does not allow a post that reflects negatively on the school's or Division's reputation (2c)", () => {
    expect(decide(machine, 'no', 'no', 'no', 'yes').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2c'] });
  });

  it('warns of discipline for a post that could disrupt school or harm the job (2d)', () => {
    expect(decide(machine, 'no', 'no', 'no', 'no', 'yes').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2d'] });
  });
});

describe('question: isIdentifiableAsEmployee', () => {
  it('allows a post that passes every check, with 1(b) and 2(g) as conditions when identifiable', () => {
    const { meta } = decide(machine, 'no', 'no', 'no', 'no', 'no', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(meta.kind === 'outcome' && (meta.conditions ?? []).flatMap((condition) => condition.cites)).toEqual(['1b', '2g']);
  });

  it('allows it outright when not identifiable, with 2(g) as a reminder', () => {
    const { meta } = decide(machine, 'no', 'no', 'no', 'no', 'no', 'no');
    expect(meta).toMatchObject({ verdict: 'allowed' });
    expect(meta.cites[0]).toBe('2g');
  });
});
