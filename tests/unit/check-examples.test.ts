import { describe, expect, it } from 'vitest';
import { WorkedExampleSchema } from '../../content/schema';
import { checkWorkedExamples } from '../../src/lib/check-examples';
import friendRequestMachineRouting from '../../machines/decisions/friend-request';
import { wordedMachine } from '../helpers/content-files';

const friendRequestMachine = wordedMachine(friendRequestMachineRouting);

describe('checkWorkedExamples', () => {
  const example = (walk: object) =>
    WorkedExampleSchema.parse({
      id: 'an-example',
      topic: 'connecting-with-students',
      title: 'T',
      situation: 'S',
      answer: 'A',
      walks: [{ scenario: 'friend-request', verdict: 'not-allowed', cites: ['3e'], ...walk }],
    });
  const check = (walk: object, topics = ['connecting-with-students']) =>
    checkWorkedExamples(
      [{ file: 'content/examples.yaml', data: example(walk) }],
      new Map([['friend-request', friendRequestMachine]]),
      topics,
    );
  const NOT_ALLOWED = {
    hasItHappened: 'notYet',
    isCurrentStudent: 'student',
    whatKindOfConnection: 'request',
    isPartOfCourseOrClub: 'no',
  };

  it('accepts a walk that reaches its verdict and quotes its clauses', () => {
    expect(check({ answers: NOT_ALLOWED })).toEqual([]);
  });

  it('names the example and the field when the answers lead to another verdict', () => {
    expect(check({ answers: NOT_ALLOWED, verdict: 'allowed' })).toEqual([
      expect.objectContaining({
        field: 'an-example.walks[0].verdict',
        message: expect.stringContaining('now lead to "Not allowed"'),
      }),
    ]);
  });

  it('says when the answers are out of order, unknown, or stop before an outcome', () => {
    expect(check({ answers: { hasItHappened: 'notYet', whatKindOfConnection: 'request' } })[0]?.message).toContain(
      'asks "isCurrentStudent" here',
    );
    expect(check({ answers: { hasItHappened: 'notYet', isCurrentStudent: 'maybe' } })[0]?.message).toContain(
      '"maybe" is not an answer',
    );
    expect(check({ answers: { hasItHappened: 'notYet', isCurrentStudent: 'student' } })[0]?.message).toContain(
      'stop at the question "whatKindOfConnection"',
    );
  });

  it('names a topic that example-topics.yaml does not list, and lists those it does', () => {
    const NOT_ALLOWED_WALK = { answers: NOT_ALLOWED };
    expect(check(NOT_ALLOWED_WALK, ['your-own-posts', 'after-the-fact'])).toEqual([
      expect.objectContaining({
        field: 'an-example.topic',
        message: expect.stringContaining('(its topics: your-own-posts, after-the-fact)'),
      }),
    ]);
  });

  it('names a clause the outcome does not quote', () => {
    expect(check({ answers: NOT_ALLOWED, cites: ['2a'] })[0]).toMatchObject({ field: 'an-example.walks[0].cites' });
  });
});
