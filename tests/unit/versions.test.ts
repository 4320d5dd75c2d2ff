/** The versions of a policy: declared changes are checked, and each clause's history and fate follow from them. */
import { describe, expect, it } from 'vitest';
import {
  checkVersionChanges,
  earlierUsesOf,
  fateOf,
  historyOf,
  holdersOf,
  type VersionText,
} from '../../src/lib/versions';
import { REVISED_VERSIONS as versions } from '../helpers/revised-versions';

/** A copy of the versions with one version changed. */
function edited(index: number, change: (version: VersionText) => VersionText): VersionText[] {
  return versions.map((version, at) => (at === index ? change(structuredClone(version)) : version));
}

describe('declared changes', () => {
  it('accept the fixture, whose every change is declared', () => {
    expect(checkVersionChanges(versions)).toEqual([]);
  });

  it('refuse a removed clause that is not declared, naming the file and the id', () => {
    const problems = checkVersionChanges(
      edited(1, (version) => ({ ...version, changes: version.changes.filter((change) => change.clause !== '2b') })),
    );
    expect(problems).toEqual([
      {
        file: 'versions/2023-09/policy.yaml',
        field: 'changes',
        message:
          'clause "2b" of 2021-03 is not in this version; declare it removed, or renumbered with its new id (to:)',
      },
    ]);
  });

  it('refuse a reworded clause that is not declared, and a rewording declared where nothing changed', () => {
    const undeclared = edited(1, (version) => ({
      ...version,
      changes: version.changes.filter((change) => change.change !== 'reworded'),
    }));
    expect(checkVersionChanges(undeclared).map((problem) => problem.message)).toEqual([
      'the text of clause "1b" changed since 2021-03; declare it reworded',
    ]);
    const stale = edited(1, (version) => ({
      ...version,
      changes: [...version.changes, { clause: '2a', change: 'reworded' }],
    }));
    expect(checkVersionChanges(stale).map((problem) => problem.message)).toEqual([
      'clause "2a" is declared reworded, but its text is the same as in 2021-03; remove the line',
    ]);
  });

  it('refuse a new clause that is not declared added, and a renumbering to an id the version does not have', () => {
    const unexplained = edited(2, (version) => ({
      ...version,
      changes: version.changes.filter((change) => change.change !== 'added'),
    }));
    expect(checkVersionChanges(unexplained).map((problem) => problem.message)).toEqual([
      'clause "1a" is new in this version; declare it added (or the renumbering that gives it this id)',
    ]);
    const wrongTarget = edited(2, (version) => ({
      ...version,
      changes: version.changes.map((change) => (change.to === '1c' ? { ...change, to: '1d' } : change)),
    }));
    expect(checkVersionChanges(wrongTarget).map((problem) => problem.message)).toEqual([
      '"1b" is renumbered to "1d", which is not a clause of this version; give its new id',
      'clause "1c" is new in this version; declare it added (or the renumbering that gives it this id)',
    ]);
  });

  it('refuse a version that is not later than the one before', () => {
    const problems = checkVersionChanges(edited(2, (version) => ({ ...version, month: '2023-09' })));
    expect(problems.map((problem) => problem.message)).toContain(
      'version 2023-09 is not later than the version before it (2023-09); a new version needs a later reviewed or adopted month',
    );
  });
});

describe('a clause through the versions', () => {
  it('follows an id forward through renumberings to its current id, or to its removal', () => {
    expect(fateOf(versions, 0, '1a')).toEqual({
      kind: 'current',
      id: '1b',
      renumbered: [{ month: '2025-06', from: '1a', to: '1b' }],
    });
    expect(fateOf(versions, 0, '2b')).toEqual({
      kind: 'removed',
      month: '2023-09',
      lastMonth: '2021-03',
      lastId: '2b',
      renumbered: [],
    });
    expect(fateOf(versions, 0, '2a')).toEqual({ kind: 'current', id: '2a', renumbered: [] });
  });

  it('tells the history of a current clause back through its renumbering and rewording', () => {
    expect(historyOf(versions, 2, '1c')).toEqual([
      { month: '2021-03', id: '1b', text: 'Staff will return cameras by Friday.', change: 'first' },
      {
        month: '2023-09',
        id: '1b',
        text: 'Staff will return cameras by the end of the school day.',
        change: 'reworded',
      },
      {
        month: '2025-06',
        id: '1c',
        text: 'Staff will return cameras by the end of the school day.',
        change: 'renumbered',
        from: '1b',
      },
    ]);
    expect(historyOf(versions, 2, '1a')).toEqual([
      { month: '2025-06', id: '1a', text: 'Staff will book a camera before the event.', change: 'added' },
    ]);
  });

  it('knows when a current number belonged to another clause before', () => {
    // 1(b) was "return cameras" until June 2025; that clause is now 1(c).
    expect(earlierUsesOf(versions, '1b')).toEqual([
      {
        firstMonth: '2021-03',
        lastMonth: '2023-09',
        months: ['2021-03', '2023-09'],
        lastIndex: 1,
        fate: { kind: 'current', id: '1c', renumbered: [{ month: '2025-06', from: '1b', to: '1c' }] },
      },
    ]);
    expect(earlierUsesOf(versions, '2a')).toEqual([]);
  });

  it('tells apart every clause that held a number: removed, then given to a new clause, then renumbered', () => {
    const reused: VersionText[] = [
      { month: '2021-01', file: 'a', changes: [], clauses: [{ id: '3a', text: 'A.' }] },
      { month: '2022-01', file: 'b', changes: [{ clause: '3a', change: 'removed' }], clauses: [] },
      {
        month: '2023-01',
        file: 'c',
        changes: [{ clause: '3a', change: 'added' }],
        clauses: [{ id: '3a', text: 'B.' }],
      },
      {
        month: '2024-01',
        file: 'd',
        changes: [{ clause: '3a', change: 'renumbered', to: '3b' }],
        clauses: [{ id: '3b', text: 'B.' }],
      },
    ];
    expect(checkVersionChanges(reused)).toEqual([]);
    expect(holdersOf(reused, '3a')).toEqual([
      {
        firstMonth: '2021-01',
        lastMonth: '2021-01',
        months: ['2021-01'],
        lastIndex: 0,
        fate: { kind: 'removed', month: '2022-01', lastMonth: '2021-01', lastId: '3a', renumbered: [] },
      },
      {
        firstMonth: '2023-01',
        lastMonth: '2023-01',
        months: ['2023-01'],
        lastIndex: 2,
        fate: { kind: 'current', id: '3b', renumbered: [{ month: '2024-01', from: '3a', to: '3b' }] },
      },
    ]);
  });
});

describe('declarations that would make the history false', () => {
  const base: VersionText = {
    month: '2021-01',
    file: 'old',
    changes: [],
    clauses: [
      { id: '1a', text: 'A.' },
      { id: '1b', text: 'B.' },
    ],
  };
  const next = (changes: VersionText['changes'], clauses: VersionText['clauses']): VersionText[] => [
    base,
    { month: '2022-01', file: 'new', changes, clauses },
  ];
  const messages = (versions: VersionText[]) => checkVersionChanges(versions).map((problem) => problem.message);

  it('accept a swap of two numbers', () => {
    expect(
      messages(
        next(
          [
            { clause: '1a', change: 'renumbered', to: '1b' },
            { clause: '1b', change: 'renumbered', to: '1a' },
          ],
          [
            { id: '1a', text: 'B.' },
            { id: '1b', text: 'A.' },
          ],
        ),
      ),
    ).toEqual([]);
  });

  it('refuse a renumbering onto a number another clause still holds', () => {
    expect(messages(next([{ clause: '1a', change: 'renumbered', to: '1b' }], [{ id: '1b', text: 'B.' }]))).toContain(
      'a clause is renumbered to "1b", but the version before already has a clause "1b"; declare that one renumbered or removed too',
    );
  });

  it('refuse two lines for one clause, two clauses renumbered to one number, and a number both added and reached', () => {
    expect(
      messages(
        next(
          [
            { clause: '1a', change: 'renumbered', to: '1c' },
            { clause: '1a', change: 'reworded' },
            { clause: '1b', change: 'renumbered', to: '1c' },
            { clause: '1c', change: 'added' },
          ],
          [{ id: '1c', text: 'A!' }],
        ),
      ),
    ).toEqual(
      expect.arrayContaining([
        '"1a" is declared renumbered and reworded; give one line per clause ("renumbered" covers a clause renumbered and reworded)',
        'two clauses are renumbered to "1c"; give each its own new id',
        '"1c" is both declared added and the new id of a renumbered clause; it can only be one',
      ]),
    );
  });
});
