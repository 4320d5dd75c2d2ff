/**
 * Clause ids ("3e") and what is derived from them: section, letter, citation, ordering.
 * Pure: used by pages, machines' checks and tests alike.
 */

/** Splits a clause id into its section number and letter; throws on anything else. */
export function parseClauseId(id: string): { section: number; letter: string } {
  const match = /^(\d+)([a-z])$/.exec(id);
  if (!match?.[1] || !match[2]) throw new Error(`"${id}" is not a clause id (section number and letter, e.g. "3e")`);
  return { section: Number(match[1]), letter: match[2] };
}

/** Formats the short citation handbooks use: "Electronic Social Media, s 3(e)". */
export function formatCitation(citationTitle: string, clauseId: string): string {
  const { section, letter } = parseClauseId(clauseId);
  return `${citationTitle}, s ${section}(${letter})`;
}

/** Formats a clause id the way the policy prints it in prose: "3(e)". */
export function formatClauseLabel(clauseId: string): string {
  const { section, letter } = parseClauseId(clauseId);
  return `${section}(${letter})`;
}

/** Orders clause ids as the policy does: by section, then letter ("2g" before "3a", "10a" after "9z"). */
export function compareClauseIds(a: string, b: string): number {
  const left = parseClauseId(a);
  const right = parseClauseId(b);
  return left.section - right.section || left.letter.localeCompare(right.letter);
}
