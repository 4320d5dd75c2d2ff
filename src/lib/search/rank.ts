/**
 * How search orders what it finds, whichever engine found it. Each word of the query (or staff
 * phrase, thesaurus.ts) is looked up on its own, so one word no page has (a "field trip" the
 * policy never names) does not empty the results. A page's rank is how well it matches (the
 * engine's score for each word it has, summed), times the share of the query's words it has, each
 * word counted by its rarity (so a page with more of them, or with the rare ones, comes first
 * unless its matches are much weaker), times the weight of its kind. When the best result lacks some of the words, the results say so.
 */
import { KIND_WEIGHTS, type SearchKind } from './records';

/** A page an engine found for one word, by the engine's id for it, with the engine's score. */
export interface WordHit {
  id: string;
  score: number;
}

/** A page found for a query: which of its words it matches, and how well. */
export interface Candidate {
  id: string;
  /** The query's words this page matches. */
  matched: string[];
  /** Its rank: the engine's scores for those words, times the share of the query's words it matches. */
  score: number;
}

/**
 * How strongly the share of the query's words a page has counts: a page with two of three words
 * (of like rarity) keeps (2/3)² of its score. Chosen on the staff queries of tests/search/queries.yaml.
 */
const COVERAGE_POWER = 2;

/**
 * Every page found for any word of the query, best first. A word's share of the query is by how
 * rare it is among the pages (its inverse document frequency): in "kid's iep in a teacher fb
 * group", a page with "iep" has the word that says what the query is about, one with "teacher",
 * "fb" and "group" only the words most pages have.
 */
export function combineWordHits(hitsByWord: ReadonlyMap<string, readonly WordHit[]>, pageCount: number): Candidate[] {
  const rarity = new Map(
    [...hitsByWord].map(([word, hits]) => [word, Math.log(1 + pageCount / Math.max(1, hits.length))]),
  );
  const whole = [...rarity.values()].reduce((sum, share) => sum + share, 0);
  const byId = new Map<string, { matched: string[]; sum: number }>();
  for (const [word, hits] of hitsByWord) {
    for (const hit of hits) {
      const found = byId.get(hit.id) ?? { matched: [], sum: 0 };
      if (!found.matched.includes(word)) found.matched.push(word);
      found.sum += hit.score;
      byId.set(hit.id, found);
    }
  }
  return [...byId]
    .map(([id, { matched, sum }]) => {
      const share = matched.reduce((total, word) => total + (rarity.get(word) ?? 0), 0) / whole;
      return { id, matched, score: sum * share ** COVERAGE_POWER };
    })
    .sort(byScore);
}

/** The candidates in their final order, once each one's kind is known. */
export function weighByKind<T extends Candidate>(candidates: readonly (T & { kind: SearchKind })[]): T[] {
  return [...candidates]
    .map((candidate) => ({ ...candidate, score: candidate.score * KIND_WEIGHTS[candidate.kind] }))
    .sort(byScore);
}

/** Whether the best result matches only some of the query's words (and the page must say so). */
export function matchesSomeWordsOnly(ranked: readonly Candidate[], words: readonly string[]): boolean {
  return ranked.length > 0 && (ranked[0]?.matched.length ?? 0) < words.length;
}

function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score;
}
