/**
 * The verdicts an outcome can give: their words and what each means. The one home for them; the
 * outcome pages, the flowcharts, the path table, the explanation on /questions/ and the tests all
 * read them here. Each verdict keeps a clause's own modal verb: "will not" and "must" are "Not
 * allowed"; "may be disciplined if" is "May lead to discipline", never "Not allowed".
 */

/** Every verdict, from the most permissive to the most restrictive. */
export const VERDICTS = [
  'allowed',
  'allowed-with-conditions',
  'not-decided',
  'find-out-first',
  'may-lead-to-discipline',
  'not-allowed',
] as const;
/** One of the verdicts. */
export type Verdict = (typeof VERDICTS)[number];

/** The words for each verdict, shown with it everywhere (never colour or shape alone). */
export const VERDICT_LABELS: Record<Verdict, string> = {
  allowed: 'Allowed',
  'allowed-with-conditions': 'Allowed with conditions',
  'not-decided': 'Not decided by this policy',
  'find-out-first': 'Find out first',
  'may-lead-to-discipline': 'May lead to discipline',
  'not-allowed': 'Not allowed',
};

/** What each verdict means, in the order a reader meets them (shown on /questions/#verdicts). */
export const VERDICT_MEANINGS: Record<Verdict, string> = {
  allowed:
    'The policy allows what you describe, and asks nothing more of you for it. No decision on this site gives it today: every clause that lets something go ahead also leaves something to keep to (clause 2(d), for one, applies to every posting afterwards), so the permissive answers are "Allowed with conditions".',
  'allowed-with-conditions':
    'The policy allows it on the conditions listed with it. Each condition names its clause and keeps its words: what you "must" do is a requirement; what the policy says you "should" do "when possible" is what it asks of you where you can.',
  'not-allowed':
    'A clause says staff "will not", "shall not" or "are not authorized to" do it, or "must" do something you have not done; or this site reads a clause that way, and the outcome says so. The outcome says what, if anything, would make it allowed.',
  'may-lead-to-discipline':
    'The policy does not forbid it in so many words, but says staff "may be disciplined" for it, or if it results in harm the clause names. This site\'s advice: treat it as a reason not to go ahead.',
  'find-out-first':
    'The answer depends on a fact you are not sure of yet. Until you have found out, treat it as not allowed; the outcome says whom to ask, and you can come back and answer again.',
  'not-decided':
    'The policy is silent: no clause decides this case, or a word it depends on is not defined. The outcome says so, says which clauses still apply, and whom to ask.',
};

/** The verdicts that stop a person going ahead (everything but the two "allowed" verdicts). */
export function isBlocking(verdict: Verdict): boolean {
  return verdict !== 'allowed' && verdict !== 'allowed-with-conditions';
}

/**
 * How restrictive a verdict is, for comparing the answers two decisions give to the same facts:
 * the two "allowed" verdicts rank as one (a condition met is no restriction), as do "not decided"
 * and "find out first" (neither lets a person go ahead, neither forbids).
 */
export function severityOf(verdict: Verdict): number {
  const ranks: Record<Verdict, number> = {
    allowed: 0,
    'allowed-with-conditions': 0,
    'not-decided': 1,
    'find-out-first': 1,
    'may-lead-to-discipline': 2,
    'not-allowed': 3,
  };
  return ranks[verdict];
}
