/**
 * What search finds: one record per decision, clause, definition and worked example, made from the
 * content at build time (src/pages/search-records.json.ts) and indexed twice from the same records:
 * by Pagefind for the site (src/lib/search-index.ts) and, in the copy opened from disk, by
 * MiniSearch (src/scripts/disk-search.ts). The examples' overview pages are not records: each
 * example is its own. The thesaurus is applied to the query, not the records (thesaurus.ts).
 */
import type { ThesaurusEntry } from './thesaurus';

export type SearchKind = 'decision' | 'clause' | 'definition' | 'example';

export interface SearchRecord {
  /** The site path the result opens, without the site's base ("/electronic-social-media/2a/"; #anchor for a definition or an example). */
  url: string;
  kind: SearchKind;
  /** What the result is called: the question, "2(a) Written consent …", the term, the example's title. */
  title: string;
  /** The policy it belongs to, named in every result (two policies can each have a "2(a)"). */
  policy: string;
  /** A worked example's verdict, as its label ("Allowed with conditions"). */
  verdict?: string;
  /** Words that name it: a clause's label and keywords, a decision's or an example's keywords. */
  keywords: string[];
  /** A worked example's decisions and the clauses they cite (site paths): a search that finds the example finds them too. */
  leadsTo?: string[];
  /** Its own words: the clause text with its note and readings, the decision's summary, the example's situation and answer. */
  text: string;
}

/** How each kind is named in a result. */
export const KIND_LABELS: Record<SearchKind, string> = {
  decision: 'Question',
  clause: 'Clause',
  definition: 'Definition',
  example: 'Worked example',
};

/**
 * How much a match in each kind counts (chosen on tests/search/queries.yaml). A worked example
 * weighs less than the decision and the clauses that answer the same words: it is one person's
 * situation, and it passes a share of its score on to them (search.ts).
 */
export const KIND_WEIGHTS: Record<SearchKind, number> = {
  decision: 1,
  clause: 1,
  definition: 1,
  example: 0.5,
};

/** How much a match in each field of a record counts, in both indexes (Pagefind's and MiniSearch's). */
export const FIELD_WEIGHTS = { title: 3, keywords: 2, text: 1 } as const;

/** What the build gives both engines: the records, and the thesaurus queries are read with. */
export interface SearchData {
  records: SearchRecord[];
  thesaurus: ThesaurusEntry[];
}
