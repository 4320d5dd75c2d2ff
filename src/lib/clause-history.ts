/**
 * What a kept version's clause page says about the clause's history, worked out once from the
 * policy's versions (src/lib/versions.ts) so that the page only renders it: what that version did
 * to the clause, and what became of it since.
 */
import { formatClauseLabel } from './clause-id';
import { formatMonth } from './dates';
import { fateOf, historyOf, sameWords, type ClauseFate, type ClauseRevision, type VersionText } from './versions';

/** What the version did to the clause, compared with the version before it. */
type InThisVersion =
  | { kind: 'reworded'; before: ClauseRevision; now: ClauseRevision }
  /** `reworded`: its words changed as well as its number. */
  | { kind: 'renumbered'; before: ClauseRevision; now: ClauseRevision; from: string; reworded: boolean }
  | { kind: 'added' }
  /** The same words since `since`, the version that last changed them. */
  | { kind: 'unchanged'; since: ClauseRevision }
  | { kind: 'earliest' };

/** What became of the clause after the version: still current (with what changed on the way), or removed. */
type SinceThen =
  | { kind: 'this-is-current' }
  | { kind: 'current'; id: string; changes: string[] }
  | { kind: 'removed'; month: string; lastId: string; renumbered: boolean };

export interface ClauseHistory {
  inThisVersion: InThisVersion;
  sinceThen: SinceThen;
  fate: ClauseFate;
}

/** The history of clause `id` as `versions[at]` has it (versions oldest first; the last is current). */
export function clauseHistory(versions: VersionText[], at: number, id: string): ClauseHistory {
  const history = historyOf(versions, at, id);
  const now = history.at(-1);
  const before = history.at(-2);
  const fate = fateOf(versions, at, id);
  return { inThisVersion: inThisVersion(history, now, before), sinceThen: sinceThen(versions, at, fate), fate };
}

function inThisVersion(
  history: ClauseRevision[],
  now: ClauseRevision | undefined,
  before: ClauseRevision | undefined,
): InThisVersion {
  if (now?.change === 'reworded' && before) return { kind: 'reworded', before, now };
  if (now?.change === 'renumbered' && before)
    return { kind: 'renumbered', before, now, from: now.from ?? '', reworded: !sameWords(before.text, now.text) };
  if (now?.change === 'added') return { kind: 'added' };
  // The version that gave the clause the words it has here: the last change at or before this one.
  const since = history.findLast((revision) => revision.change !== 'unchanged');
  if (now?.change === 'unchanged' && since) return { kind: 'unchanged', since };
  return { kind: 'earliest' };
}

function sinceThen(versions: VersionText[], at: number, fate: ClauseFate): SinceThen {
  if (at === versions.length - 1) return { kind: 'this-is-current' };
  if (fate.kind === 'removed')
    return { kind: 'removed', month: fate.month, lastId: fate.lastId, renumbered: fate.renumbered.length > 0 };
  const month = versions[at]?.month ?? '';
  // Renumberings and rewordings after this version, oldest first, in words.
  const changes = historyOf(versions, versions.length - 1, fate.id)
    .map((revision, index, all) => ({ revision, previous: all[index - 1] }))
    .filter(({ revision }) => revision.month > month && revision.change !== 'unchanged')
    .map(({ revision, previous }) =>
      revision.change === 'renumbered'
        ? `renumbered ${formatClauseLabel(revision.id)}${previous && !sameWords(previous.text, revision.text) ? ' and reworded' : ''} in ${formatMonth(revision.month)}`
        : `reworded in ${formatMonth(revision.month)}`,
    );
  return { kind: 'current', id: fate.id, changes };
}
