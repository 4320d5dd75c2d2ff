/**
 * The thesaurus at work (content/search/thesaurus.yaml): a query's words, and the phrases staff
 * type ("report card", "admin rights"), each become a concept searched by the typed words and the
 * site's words they mean. Search ranks pages by how many of a query's concepts they match, so
 * "meme about a coworker" finds the pages about images and colleagues on the site and in the copy
 * opened from disk alike: both look the same concepts up in their own index.
 */
import { stem, wordsOf, SMALL_WORDS } from './words';

/** One entry of the thesaurus: words staff type, and the site's words they mean. */
export interface ThesaurusEntry {
  words: string[];
  find: string[];
}

/** What a query asks for: the words as typed, and every word or phrase that answers them. */
export interface Concept {
  /** The word or phrase as the query has it ("pictures", "report cards"). */
  typed: string;
  /** The typed words first, then the site's words they mean. */
  alternatives: string[];
}

/** The concepts of a query, in its order: the longest staff phrase at each place, else the word alone. */
export function conceptsOf(query: string, thesaurus: readonly ThesaurusEntry[]): Concept[] {
  const tokens = wordsOf(query);
  const stems = tokens.map(stem);
  const phrases = thesaurus.flatMap((entry) =>
    entry.words.map((words) => ({ stems: wordsOf(words).map(stem), find: entry.find })),
  );
  const concepts: Concept[] = [];
  for (let at = 0; at < tokens.length;) {
    const matching = phrases.filter(
      (phrase) => phrase.stems.length > 0 && phrase.stems.every((word, offset) => stems[at + offset] === word),
    );
    const length = Math.max(1, ...matching.map((phrase) => phrase.stems.length));
    const typed = tokens.slice(at, at + length).join(' ');
    const finds = matching.filter((phrase) => phrase.stems.length === length).flatMap((phrase) => phrase.find);
    at += length;
    if (finds.length === 0 && SMALL_WORDS.has(typed)) continue;
    if (concepts.some((concept) => concept.typed === typed)) continue;
    concepts.push({ typed, alternatives: [...new Set([typed, ...finds.map((find) => find.toLowerCase())])] });
  }
  // A query of small words only ("can I?") is searched as it is.
  return concepts.length > 0 || tokens.length === 0
    ? concepts
    : [...new Set(tokens)].map((token) => ({ typed: token, alternatives: [token] }));
}
