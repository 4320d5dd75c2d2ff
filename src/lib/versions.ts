/**
 * The versions of a policy and what happened to each clause between them. A policy keeps every
 * version it has published: the current one in its folder, earlier ones under
 * `versions/<yyyy-mm>/`. Each version's policy.yaml declares, under `changes`, what happened to the
 * clauses of the version before it: reworded, renumbered (to another id), removed, or added. The
 * build refuses a change it was not told about, so an address never silently shows other words.
 * Pure: the loader (src/data/versions.ts) and the tests feed it plain data.
 */
import { foldWhitespace } from './source-text';

/**
 * The month that names a version: the latest of when it was adopted, updated and last reviewed
 * (a revision may be dated by its update alone); undefined for a policy that publishes no date.
 */
export function versionMonth(dates: {
  adopted?: string | undefined;
  updated: string[];
  reviewed?: string | undefined;
}): string | undefined {
  return [dates.adopted, ...dates.updated, dates.reviewed]
    .filter((month) => month !== undefined)
    .sort()
    .at(-1);
}

/** What a version's policy.yaml says happened to one clause since the version before. */
interface DeclaredChange {
  /** The clause's id in the version before (reworded, renumbered, removed), or its new id (added). */
  clause: string;
  change: 'reworded' | 'renumbered' | 'removed' | 'added';
  /** For "renumbered": the clause's id in this version. */
  to?: string | undefined;
}

/** One version as the checks and the history need it. */
export interface VersionText {
  /** 'YYYY-MM': the month the version was adopted or last reviewed; its point-in-time address. */
  month: string;
  /** The policy.yaml that declares this version's changes, for messages. */
  file: string;
  changes: DeclaredChange[];
  /** Every clause of the version: id and text as authored. */
  clauses: { id: string; text: string }[];
}

/** A problem with a version's declared changes: the file, the clause id and what to do. */
export interface VersionProblem {
  file: string;
  field: string;
  message: string;
}

/** Whether two clause texts have the same words (line breaks and spacing aside). */
export const sameWords = (a: string, b: string) => foldWhitespace(a) === foldWhitespace(b);

/**
 * Checks each version's declared changes against the clauses of the version before it (versions
 * oldest first): every id that disappears must be declared removed or renumbered, every new id added
 * or a renumbering's target, and every changed text reworded (or renumbered).
 */
export function checkVersionChanges(versions: VersionText[]): VersionProblem[] {
  const problems: VersionProblem[] = [];
  for (const [index, version] of versions.entries()) {
    const previous = versions[index - 1];
    const problem = (message: string) => problems.push({ file: version.file, field: 'changes', message });
    if (!previous) {
      if (version.changes.length > 0)
        problem(
          `the oldest version (${version.month}) has no version before it to change; remove its changes, or keep the earlier version under versions/`,
        );
      continue;
    }
    if (version.month <= previous.month)
      problem(
        `version ${version.month} is not later than the version before it (${previous.month}); a new version needs a later reviewed or adopted month`,
      );
    const before = new Map(previous.clauses.map((clause) => [clause.id, clause.text]));
    const after = new Map(version.clauses.map((clause) => [clause.id, clause.text]));
    const declared = (kind: DeclaredChange['change']) => version.changes.filter((change) => change.change === kind);
    const removed = new Set(declared('removed').map((change) => change.clause));
    const renumbered = new Map(declared('renumbered').map((change) => [change.clause, change.to ?? '']));
    const reworded = new Set(declared('reworded').map((change) => change.clause));
    const added = new Set(declared('added').map((change) => change.clause));
    const movedTo = new Set(renumbered.values());

    // One declaration per id of the version before (a clause removed and a new one added under its
    // number are the one pair allowed), and each new id reached by one renumbering only.
    const declaredFor = new Map<string, string[]>();
    for (const change of version.changes) {
      const key = change.change === 'added' ? `added ${change.clause}` : change.clause;
      declaredFor.set(key, [...(declaredFor.get(key) ?? []), change.change]);
    }
    for (const [key, kinds] of declaredFor)
      if (kinds.length > 1)
        problem(
          `"${key.replace('added ', '')}" is declared ${kinds.join(' and ')}; give one line per clause ("renumbered" covers a clause renumbered and reworded)`,
        );
    const targets = [...renumbered.values()];
    for (const target of new Set(targets)) {
      if (targets.filter((other) => other === target).length > 1)
        problem(`two clauses are renumbered to "${target}"; give each its own new id`);
      if (added.has(target))
        problem(`"${target}" is both declared added and the new id of a renumbered clause; it can only be one`);
      if (before.has(target) && !renumbered.has(target) && !removed.has(target))
        problem(
          `a clause is renumbered to "${target}", but the version before already has a clause "${target}"; declare that one renumbered or removed too`,
        );
    }
    for (const change of version.changes) {
      const id = change.clause;
      if (change.change === 'renumbered' && change.to === id)
        problem(`"${id}" is renumbered to itself; declare it reworded if its words changed, or remove the line`);
      if (change.change !== 'added' && !before.has(id))
        problem(
          `"${id}" (${change.change}) is not a clause of the version before (${previous.month}); use its id there`,
        );
      if (change.change === 'renumbered' && !after.has(change.to ?? ''))
        problem(
          `"${id}" is renumbered to "${change.to ?? ''}", which is not a clause of this version; give its new id`,
        );
      if (change.change === 'added' && !after.has(id))
        problem(`"${id}" is declared added but is not a clause of this version; add its file or remove the line`);
    }
    for (const [id, text] of before) {
      if (removed.has(id)) continue;
      if (renumbered.has(id)) continue;
      if (!after.has(id)) {
        problem(
          `clause "${id}" of ${previous.month} is not in this version; declare it removed, or renumbered with its new id (to:)`,
        );
        continue;
      }
      if (added.has(id) && !renumbered.has(id))
        problem(
          `"${id}" is declared added, but the version before already has a clause "${id}"; declare that one renumbered or removed, or this one reworded`,
        );
      const now = after.get(id) ?? '';
      if (!added.has(id) && !sameWords(text, now) && !reworded.has(id))
        problem(`the text of clause "${id}" changed since ${previous.month}; declare it reworded`);
      if (reworded.has(id) && sameWords(text, now))
        problem(
          `clause "${id}" is declared reworded, but its text is the same as in ${previous.month}; remove the line`,
        );
    }
    for (const id of after.keys()) {
      if (before.has(id) && !removed.has(id) && !renumbered.has(id)) continue;
      if (added.has(id) || movedTo.has(id)) continue;
      problem(`clause "${id}" is new in this version; declare it added (or the renumbering that gives it this id)`);
    }
  }
  return problems;
}

/** What became of a clause id of one version in the versions after it. */
export type ClauseFate =
  | { kind: 'current'; id: string; renumbered: { month: string; from: string; to: string }[] }
  | {
      kind: 'removed';
      month: string;
      lastMonth: string;
      lastId: string;
      renumbered: { month: string; from: string; to: string }[];
    };

/** Follows a clause id of `versions[from]` forward, through renumberings, to the current version or its removal. */
export function fateOf(versions: VersionText[], from: number, id: string): ClauseFate {
  let current = id;
  let lastMonth = versions[from]?.month ?? '';
  const renumbered: { month: string; from: string; to: string }[] = [];
  for (const version of versions.slice(from + 1)) {
    const removed = version.changes.some((change) => change.change === 'removed' && change.clause === current);
    if (removed) return { kind: 'removed', month: version.month, lastMonth, lastId: current, renumbered };
    const move = version.changes.find((change) => change.change === 'renumbered' && change.clause === current);
    if (move?.to) {
      renumbered.push({ month: version.month, from: current, to: move.to });
      current = move.to;
    }
    lastMonth = version.month;
  }
  return { kind: 'current', id: current, renumbered };
}

/** One version of a clause in its history: the version's month, the clause's id then, and its text. */
export interface ClauseRevision {
  month: string;
  id: string;
  text: string;
  /** What the version did to it: "added", "reworded", "renumbered" (from the id before), or "unchanged". */
  change: 'added' | 'reworded' | 'renumbered' | 'unchanged' | 'first';
  /** For "renumbered": its id in the version before. */
  from?: string;
}

/**
 * The history of the clause that has id `id` in `versions[at]`, oldest first, up to that version:
 * following renumberings back, ending at the version that added it (or the oldest kept).
 */
export function historyOf(versions: VersionText[], at: number, id: string): ClauseRevision[] {
  const history: ClauseRevision[] = [];
  let currentId = id;
  for (let index = at; index >= 0; index -= 1) {
    const version = versions[index];
    if (!version) break;
    const text = version.clauses.find((clause) => clause.id === currentId)?.text;
    if (text === undefined) break;
    const previous = versions[index - 1];
    const added = version.changes.some((change) => change.change === 'added' && change.clause === currentId);
    const move = version.changes.find((change) => change.change === 'renumbered' && change.to === currentId);
    if (!previous) {
      history.unshift({ month: version.month, id: currentId, text, change: 'first' });
      break;
    }
    if (move) {
      history.unshift({ month: version.month, id: currentId, text, change: 'renumbered', from: move.clause });
      currentId = move.clause;
      continue;
    }
    if (added) {
      history.unshift({ month: version.month, id: currentId, text, change: 'added' });
      break;
    }
    const before = previous.clauses.find((clause) => clause.id === currentId)?.text ?? '';
    history.unshift({
      month: version.month,
      id: currentId,
      text,
      change: sameWords(before, text) ? 'unchanged' : 'reworded',
    });
  }
  return history;
}

/** One clause that held a number for a while: from when to when, and what became of it. */
export interface NumberHolder {
  /** The first and last months of the versions in which this clause had the number. */
  firstMonth: string;
  lastMonth: string;
  /** Every version (month) in which this clause had the number, oldest first. */
  months: string[];
  /** Its place (oldest first) in the last version that had it under this number. */
  lastIndex: number;
  fate: ClauseFate;
}

/**
 * Every clause that has held the number `id`, oldest first: a number can pass from one clause to
 * another when a revision renumbers or removes a clause and gives its number to another.
 */
export function holdersOf(versions: VersionText[], id: string): NumberHolder[] {
  const holders = new Map<string, NumberHolder>();
  versions.forEach((version, index) => {
    if (!version.clauses.some((clause) => clause.id === id)) return;
    // The clause's origin (the version and number it was first seen with) tells one holder from another.
    const origin = historyOf(versions, index, id)[0];
    const key = `${origin?.month ?? ''}|${origin?.id ?? ''}`;
    const known = holders.get(key);
    holders.set(key, {
      firstMonth: known?.firstMonth ?? version.month,
      lastMonth: version.month,
      months: [...(known?.months ?? []), version.month],
      lastIndex: index,
      fate: fateOf(versions, index, id),
    });
  });
  return [...holders.values()];
}

/**
 * The clauses that held a number of the current version before the current clause did, oldest
 * first: a link made then meant other words.
 */
export function earlierUsesOf(versions: VersionText[], id: string): NumberHolder[] {
  const currentIndex = versions.length - 1;
  return holdersOf(versions, id).filter((holder) => holder.lastIndex !== currentIndex);
}
