/**
 * Clause ids as the policy numbers its clauses, and what is derived from them: section, label,
 * citation, ordering. Three numberings (a policy declares its own in policy.yaml, `numbering`):
 *  - letters: the section number and a letter, "3e", printed "3(e)" (the real policy);
 *  - dotted:  "1.2" or "1.2.1" (to three levels), printed as written;
 *  - plain:   "4", printed as written.
 * Pure: used by pages, machines' checks and tests alike.
 */

/** How a policy numbers its clauses. */
export const CLAUSE_NUMBERINGS = ['letters', 'dotted', 'plain'] as const;
type ClauseNumbering = (typeof CLAUSE_NUMBERINGS)[number];

const SHAPES: Record<ClauseNumbering, RegExp> = {
  letters: /^(\d+)([a-z])$/,
  dotted: /^\d+(\.\d+){1,2}$/,
  plain: /^\d+$/,
};

/** What a clause id is made of: its numbering, its section (the first number) and the parts to order by. */
interface ClauseIdParts {
  numbering: ClauseNumbering;
  section: number;
  /** Numbers, and for lettered ids the letter last: "3e" → [3, "e"], "1.2.1" → [1, 2, 1]. */
  parts: (number | string)[];
}

/** Splits a clause id into its parts; throws on an id in none of the three numberings. */
export function parseClauseId(id: string): ClauseIdParts {
  const lettered = SHAPES.letters.exec(id);
  if (lettered?.[1] && lettered[2]) {
    return { numbering: 'letters', section: Number(lettered[1]), parts: [Number(lettered[1]), lettered[2]] };
  }
  for (const numbering of ['dotted', 'plain'] as const) {
    if (SHAPES[numbering].test(id)) {
      const parts = id.split('.').map(Number);
      return { numbering, section: parts[0] ?? 0, parts };
    }
  }
  throw new Error(
    `"${id}" is not a clause id: write it as the policy numbers it, "3e" (section and letter), "1.2" or "1.2.1" (dotted) or "4" (plain)`,
  );
}

/** Formats a clause id the way the policy prints it in prose: "3(e)", "1.2.1", "4". */
export function formatClauseLabel(clauseId: string): string {
  const { numbering, parts } = parseClauseId(clauseId);
  return numbering === 'letters' ? `${String(parts[0])}(${String(parts[1])})` : clauseId;
}

/** Orders clause ids as a policy does: "2g" before "3a", "10a" after "9z", "1.2" before "1.2.1" before "1.10". */
export function compareClauseIds(a: string, b: string): number {
  const left = parseClauseId(a).parts;
  const right = parseClauseId(b).parts;
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const [x, y] = [left[index], right[index]];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (x !== y) return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
  }
  return 0;
}

/**
 * Whether a clause id is written the way a policy of this numbering writes it. A policy that prints
 * section headings ("1. Loans") numbers every clause by its numbering ("1a", "1.2"); one that prints
 * none has top-level clauses numbered plainly ("1. The Division will…"), their sub-clauses by its
 * numbering ("1a", or "1.1" and "1.1.1").
 */
export function fitsNumbering(id: string, numbering: ClauseNumbering, printsSections: boolean): boolean {
  const shape = parseClauseId(id).numbering;
  return shape === numbering || (!printsSections && shape === 'plain');
}

/**
 * The id a sub-clause hangs under: "1.2.1" → "1.2", "1.2" → "1", "3e" → "3"; undefined for a
 * plain number. The parent may be a clause or, in a policy that prints sections, a section.
 */
export function parentIdOf(id: string): string | undefined {
  const { numbering, parts } = parseClauseId(id);
  if (numbering === 'plain') return undefined;
  return numbering === 'letters' ? String(parts[0]) : parts.slice(0, -1).join('.');
}

/** The clause a clause hangs under, when that is one of `ids` (in a policy with sections, "1.2" hangs under section 1). */
export function parentClauseAmong(id: string, ids: ReadonlySet<string>): string | undefined {
  const parent = parentIdOf(id);
  return parent !== undefined && ids.has(parent) ? parent : undefined;
}

/** How many of `ids` a clause sits under: "1.2.1" under "1.2" under "1" is 2, "3e" is 0. */
export function clauseDepthAmong(id: string, ids: ReadonlySet<string>): number {
  const parent = parentClauseAmong(id, ids);
  return parent === undefined ? 0 : clauseDepthAmong(parent, ids) + 1;
}
