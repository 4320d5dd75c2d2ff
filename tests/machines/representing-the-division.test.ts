import { wordedMachine } from '../helpers/content-files';
import { describe, expect, it } from 'vitest';
import machineRouting from '../../machines/decisions/representing-the-division';
import sharingRouting from '../../machines/decisions/sharing-student-content';
import { conditionClauses, decide, readingsOf } from '../helpers/decide';

const machine = wordedMachine(machineRouting);

/** Where these answers lead, for a post not made yet and not written to a student. */
const represent = (...answers: string[]) => decide(machine, 'notYet', 'no', ...answers);

describe('question: isRepresentingTheSchool', () => {
  it('asks whose name you speak in, not whose account it is: posting for the school from your own account counts', () => {
    const { meta } = represent();
    // Each answer says whose name the post speaks in; none says whose account it is.
    expect(meta.kind === 'question' && meta.answers.map((option) => option.facts)).toEqual([
      { voice: ['school'] },
      { voice: ['self'] },
      { voice: ['unsure'] },
    ]);
    // The site's reading of 1(a): speaking in the school's name on any account, your own included.
    expect(readingsOf(represent('yes', 'no').meta)).toContain('1a/speaking-in-the-name-of');
  });

  it('sends "not sure whether this counts as representing" to finding out first: "represent" is not defined', () => {
    const { meta } = represent('notSure');
    expect(meta).toMatchObject({ verdict: 'find-out-first', cites: ['1a'] });
    expect(readingsOf(meta)).toEqual(['1a/speaking-in-the-name-of']);
  });
});

describe('question: hasWrittenPermission', () => {
  it('running the school account with written permission is allowed only with 2(a) and the conduct clauses as conditions, not plainly "Allowed"', () => {
    const { meta } = represent('yes', 'yes');
    expect(meta).toMatchObject({
      verdict: 'allowed-with-conditions',
      handOff: { scenario: 'sharing-student-content' },
    });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['1a', '2a', '2b', '2c', '2d', '2f']));
    expect(meta.cites).toEqual(expect.arrayContaining(['1a', '2a', '2g']));
  });

  it('grade 5 photos on the school account, with no consent from anyone: the outcome makes 2(a) a condition and hands over to the photo decision, which does not allow them', () => {
    const { meta } = represent('yes', 'yes');
    expect(meta.kind === 'outcome' && meta.conditions?.some((condition) => condition.cites.includes('2a'))).toBe(true);
    expect(meta).toMatchObject({ handOff: { scenario: sharingRouting.id } });
    expect(decide(wordedMachine(sharingRouting), 'notYet', 'images', 'under16', 'no').meta).toMatchObject({
      verdict: 'not-allowed',
      cites: ['2a'],
    });
  });

  it('does not accept spoken permission, nor none', () => {
    expect(represent('yes', 'spokenOnly').meta).toMatchObject({ verdict: 'not-allowed', cites: ['1a'] });
    expect(represent('yes', 'no').meta).toMatchObject({ verdict: 'not-allowed', cites: ['1a'] });
  });
});

describe('question: isIdentifiableAsEmployee', () => {
  it('asks an identifiable employee for the 1(b) statement, offers one to copy, and keeps 2(a) for a class photo on a personal account', () => {
    const { meta } = represent('no', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(meta.kind === 'outcome' && meta.copyText?.text).toContain(
      'not representing the views of a school, department or the Division',
    );
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['1b', '2a', '2b', '2c', '2d', '2f']));
  });

  it('recommends the statement when unsure, saying why that meets 1(b) either way, and keeps 2(a)', () => {
    const { meta } = represent('no', 'notSure');
    expect(meta).toMatchObject({
      verdict: 'allowed-with-conditions',
      copyText: expect.anything(),
      eitherWay: expect.any(String),
    });
    expect(conditionClauses(meta)).toContain('2a');
  });

  it('says 1(b) does not apply when not identifiable, but 2(a) and the conduct clauses do', () => {
    const { meta } = represent('no', 'no');
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['2a', '2b', '2c', '2d', '2f']));
    expect(meta.kind === 'outcome' && meta.copyText).toBeFalsy();
  });
});

describe('question: isWrittenToStudent (3a)', () => {
  it('a school account replying to a student about something other than course work or a school club is not allowed (3a)', () => {
    expect(decide(machine, 'notYet', 'yes', 'no').meta).toMatchObject({ verdict: 'not-allowed', cites: ['3a'] });
  });

  it('a school account replying to a student about a school event goes on to whose name it speaks in, and its allowed outcome names 3(a)', () => {
    const { meta } = decide(machine, 'notYet', 'yes', 'yes', 'yes', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['3a', '3b', '3c', '3e']));
  });
});

describe('question: hasItHappened', () => {
  it('after posting in the school’s name without permission: still not allowed, with what to do now in the policy’s words and the site’s advice', () => {
    const { meta } = decide(machine, 'already', 'no', 'yes', 'no');
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['1a'] });
    const steps = meta.kind === 'outcome' ? (meta.afterTheFact ?? []) : [];
    expect(steps.map((step) => step.says)).toEqual(['policy', 'advice', 'advice']);
  });
});
