/**
 * How the site cites: a clause ("Electronic Social Media, s 3(e)"), a clause as one version had it
 * ("Electronic Social Media (February 2020), s 2(g)"), an outcome with the clauses it rests on, and
 * how to read a citation. The one home for the format; clause ids are read by clause-id.ts.
 */
import { formatClauseLabel, parseClauseId } from './clause-id';
import { formatMonth } from './dates';

/** The short citation handbooks use: "Electronic Social Media, s 3(e)", "…, s 1.2.1"; several clauses: "…, s 2(a), 2(b)". */
export function formatCitation(citationTitle: string, ...clauseIds: string[]): string {
  return `${citationTitle}, s ${clauseIds.map(formatClauseLabel).join(', ')}`;
}

/** "Electronic Social Media (February 2020), s 2(g)": the citation of a clause as one version has it. */
export function versionCitation(citationTitle: string, month: string, clauseId: string): string {
  return `${citationTitle} (${formatMonth(month)}), s ${formatClauseLabel(clauseId)}`;
}

/** How a decision's outcome is cited: "Friend or follow requests with students: Not allowed … (Electronic Social Media, s 3(e))". */
export function outcomeCitation(
  decisionTitle: string,
  outcomeTitle: string,
  citationTitle: string,
  clauseIds: readonly string[],
): string {
  return `${decisionTitle}: ${outcomeTitle} (${formatCitation(citationTitle, ...clauseIds)})`;
}

/**
 * Says how to read a citation, for the "How to cite" text: "Electronic Social Media, s 3(e) is clause (e) of
 * section 3", "…, s 1.2.1 is clause 1.2.1", "…, s 4 is clause 4".
 */
export function explainCitation(citationTitle: string, clauseId: string): string {
  const { numbering, parts } = parseClauseId(clauseId);
  const where =
    numbering === 'letters' ? `clause (${String(parts[1])}) of section ${String(parts[0])}` : `clause ${clauseId}`;
  return `${formatCitation(citationTitle, clauseId)} is ${where}`;
}
