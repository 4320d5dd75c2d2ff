/** What a kept version's clause page says of the clause's history, from the fixture's three versions (2021-03, 2023-09, 2025-06). */
import { describe, expect, it } from 'vitest';
import { clauseHistory } from '../../src/lib/clause-history';
import { REVISED_VERSIONS } from '../helpers/revised-versions';

describe('clauseHistory', () => {
  it('calls the oldest kept version the earliest, and says what became of each clause since', () => {
    expect(clauseHistory(REVISED_VERSIONS, 0, '1b')).toMatchObject({
      inThisVersion: { kind: 'earliest' },
      sinceThen: {
        kind: 'current',
        id: '1c',
        changes: ['reworded in September 2023', 'renumbered 1(c) in June 2025'],
      },
    });
    expect(clauseHistory(REVISED_VERSIONS, 0, '2b').sinceThen).toEqual({
      kind: 'removed',
      month: '2023-09',
      lastId: '2b',
      renumbered: false,
    });
  });

  it('compares a reworded clause with the words before, and names the version whose words an unchanged one keeps', () => {
    const reworded = clauseHistory(REVISED_VERSIONS, 1, '1b').inThisVersion;
    expect(reworded).toMatchObject({
      kind: 'reworded',
      before: { month: '2021-03', text: 'Staff will return cameras by Friday.' },
      now: { month: '2023-09', text: 'Staff will return cameras by the end of the school day.' },
    });
    expect(clauseHistory(REVISED_VERSIONS, 1, '1a').inThisVersion).toMatchObject({
      kind: 'unchanged',
      since: { month: '2021-03', id: '1a' },
    });
  });

  it('tells a renumbering from a new clause, in the current version', () => {
    expect(clauseHistory(REVISED_VERSIONS, 2, '1b').inThisVersion).toMatchObject({
      kind: 'renumbered',
      from: '1a',
      reworded: false,
    });
    expect(clauseHistory(REVISED_VERSIONS, 2, '1a').inThisVersion).toEqual({ kind: 'added' });
    expect(clauseHistory(REVISED_VERSIONS, 2, '1a').sinceThen).toEqual({ kind: 'this-is-current' });
  });
});
