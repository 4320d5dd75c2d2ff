/**
 * A search, from the words typed to the results shown, the same on the site (Pagefind) and in the
 * copy opened from disk (MiniSearch): only the engine that finds pages for one word differs.
 */
import type { SearchKind } from './records';
import { combineWordHits, matchesSomeWordsOnly, weighByKind, type Candidate, type WordHit } from './rank';
import { conceptsOf, type ThesaurusEntry } from './thesaurus';

/** A part of a result's excerpt: a matched word is marked. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** A result as the page shows it. */
export interface FoundPage {
  id: string;
  url: string;
  kind: SearchKind;
  title: string;
  policy: string;
  verdict?: string;
  /** A worked example's decisions and clauses (records.ts). */
  leadsTo?: string[];
  excerpt: ExcerptPart[];
}

/** What an engine does for search: find pages for a word or phrase, and say what a page is. */
export interface SearchEngine {
  /** The pages that hold a word (or a word it begins) or a phrase, each with the engine's score; within one policy if named. */
  hitsFor(term: string, policy: string): Promise<WordHit[]>;
  /** The pages with these ids, as results, their excerpts around these words. */
  describe(ids: readonly string[], words: readonly string[]): Promise<FoundPage[]>;
  /** The engine's id of the page at a site path, if it has one. */
  idOf(url: string): Promise<string | undefined>;
  /** Every decision (question), for a query nothing matches. */
  questions(): Promise<{ url: string; title: string }[]>;
  /** How many pages the index holds, against which a word's rarity is told (rank.ts). */
  pageCount(): Promise<number>;
}

export interface SearchOutcome {
  /** What the query asks for: its words and staff phrases, as typed. */
  words: string[];
  /** The results, best first, each with the query's words it matches. */
  results: (FoundPage & Pick<Candidate, 'matched'>)[];
  /** How many pages match at least one word. */
  total: number;
  /** No page matches every word: the results match some of them. */
  someWordsOnly: boolean;
}

/** How many of the best candidates are described and weighed by kind before the list is cut. */
const WEIGHED = 30;
/**
 * What a match on the site's words for a staff word counts, against a match on the word itself:
 * a page that has "meme" is about memes; one that has "image" may be.
 */
const THESAURUS_WEIGHT = 0.8;

/** Searches for a query: each word (or staff phrase) on its own, pages ranked by the words they match, then how well. */
export async function searchFor(
  engine: SearchEngine,
  thesaurus: readonly ThesaurusEntry[],
  query: string,
  policy = '',
  limit = 8,
): Promise<SearchOutcome> {
  const concepts = conceptsOf(query, thesaurus);
  const hits = await Promise.all(
    concepts.map(async (concept) => {
      const found = await Promise.all(
        concept.alternatives.map(async (term, index) =>
          (await engine.hitsFor(term, policy)).map((hit) => ({
            ...hit,
            score: index === 0 ? hit.score : hit.score * THESAURUS_WEIGHT,
          })),
        ),
      );
      // A page found by several of a concept's words counts once, by its best.
      const best = new Map<string, WordHit>();
      for (const hit of found.flat()) if ((best.get(hit.id)?.score ?? -1) < hit.score) best.set(hit.id, hit);
      return [concept.typed, [...best.values()]] as const;
    }),
  );
  const candidates = combineWordHits(new Map(hits), await engine.pageCount());
  const best = candidates.slice(0, WEIGHED);
  const words = concepts.flatMap((concept) => concept.alternatives);
  const pages = new Map(
    (
      await engine.describe(
        best.map((candidate) => candidate.id),
        words,
      )
    ).map((page) => [page.id, page]),
  );
  const weighed = weighByKind(
    best.flatMap((candidate) => {
      const page = pages.get(candidate.id);
      return page ? [{ ...page, ...candidate }] : [];
    }),
  );
  const ranked = await creditWhereExamplesLead(engine, weighed, words);
  const typed = concepts.map((concept) => concept.typed);
  return {
    words: typed,
    results: ranked.slice(0, limit),
    total: candidates.length,
    someWordsOnly: matchesSomeWordsOnly(ranked, typed),
  };
}

/**
 * A worked example is one situation of a decision, answered by its clauses: a query that describes
 * the situation ("christmas concert slideshow on facebook") is answered there too. Each example
 * found passes a share of its score to the decision and clauses it leads to (found or not), which
 * are then ranked with the rest.
 */
const EXAMPLE_SHARE = 0.5;

async function creditWhereExamplesLead(
  engine: SearchEngine,
  weighed: (FoundPage & Candidate)[],
  terms: readonly string[],
): Promise<(FoundPage & Candidate)[]> {
  const byUrl = new Map(weighed.map((page) => [page.url, page]));
  for (const example of weighed.filter((page) => page.kind === 'example')) {
    for (const url of example.leadsTo ?? []) {
      let target = byUrl.get(url);
      if (!target) {
        const id = await engine.idOf(url);
        const [page] = id === undefined ? [] : await engine.describe([id], terms);
        if (!page) continue;
        target = { ...page, matched: [], score: 0 };
        byUrl.set(url, target);
      }
      target.score += example.score * EXAMPLE_SHARE;
      for (const word of example.matched) if (!target.matched.includes(word)) target.matched.push(word);
    }
  }
  return belowWhatAnswersTheSameWords([...byUrl.values()]).sort((a, b) => b.score - a.score);
}

/**
 * A worked example never outranks a decision or clause that has every word the example was found
 * by: those answer the same words, and the example is one situation of them.
 */
function belowWhatAnswersTheSameWords(pages: (FoundPage & Candidate)[]): (FoundPage & Candidate)[] {
  const answering = pages.filter((page) => page.kind !== 'example');
  return pages.map((page) => {
    if (page.kind !== 'example') return page;
    const ceiling = Math.min(
      ...answering
        .filter((other) => page.matched.every((word) => other.matched.includes(word)))
        .map((other) => other.score * 0.999),
    );
    return ceiling < page.score ? { ...page, score: ceiling } : page;
  });
}
