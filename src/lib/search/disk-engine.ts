/**
 * The engine of the copy opened from disk: MiniSearch over the same records Pagefind indexes on the
 * site, built in the page from records.js (a classic script, which file:// allows where Pagefind's
 * modules and fetches are blocked). Words are stemmed alike in the index and the query (words.ts).
 */
import MiniSearch from 'minisearch';
import { FIELD_WEIGHTS, type SearchRecord } from './records';
import type { FoundPage, SearchEngine } from './search';
import { excerptOf } from './excerpt';
import { stem, wordsOf } from './words';

type Indexed = Pick<SearchRecord, 'title' | 'text'> & { id: number; keywords: string };

export function diskEngine(records: readonly SearchRecord[]): SearchEngine {
  const index = new MiniSearch<Indexed>({
    fields: Object.keys(FIELD_WEIGHTS),
    tokenize: wordsOf,
    processTerm: stem,
    searchOptions: { boost: { ...FIELD_WEIGHTS } },
  });
  index.addAll(
    records.map((record, id) => ({
      id,
      title: record.title,
      text: record.text,
      keywords: record.keywords.join(' '),
    })),
  );
  // Each record's title, text and keywords as stemmed words, for phrases.
  const passages = records.map((record) =>
    [record.title, record.text, ...record.keywords].map((passage) => wordsOf(passage).map(stem)),
  );
  return {
    hitsFor(term, policy) {
      // As on the site: the word itself (a phrase: its words side by side, as Pagefind finds a
      // quoted phrase), failing that the words a single word begins ("phot" as it is typed).
      const phrase = wordsOf(term).map(stem);
      const single = phrase.length === 1;
      const filter = (result: { id: number }) =>
        (!policy || records[result.id]?.policy === policy) &&
        (single || (passages[result.id] ?? []).some((words) => holdsPhrase(words, phrase)));
      const exact = index.search(term, { filter, prefix: false, combineWith: 'AND' });
      const found = exact.length > 0 || !single ? exact : index.search(term, { filter, prefix: true });
      return Promise.resolve(found.map((result) => ({ id: String(result.id), score: result.score })));
    },
    describe: (ids, terms) =>
      Promise.resolve(
        ids.flatMap((id): FoundPage[] => {
          const record = records[Number(id)];
          if (!record) return [];
          return [
            {
              id,
              url: record.url,
              kind: record.kind,
              title: record.title,
              policy: record.policy,
              ...(record.verdict ? { verdict: record.verdict } : {}),
              ...(record.leadsTo ? { leadsTo: record.leadsTo } : {}),
              excerpt: excerptOf(record.text, terms),
            },
          ];
        }),
      ),
    idOf: (url) => {
      const at = records.findIndex((record) => record.url === url);
      return Promise.resolve(at === -1 ? undefined : String(at));
    },
    pageCount: () => Promise.resolve(records.length),
    questions: () =>
      Promise.resolve(
        records
          .filter((record) => record.kind === 'decision')
          .map((record) => ({ url: record.url, title: record.title })),
      ),
  };
}

/** Whether these words hold the phrase's words in a row. */
function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let at = 0; at + phrase.length <= words.length; at++)
    if (phrase.every((word, offset) => words[at + offset] === word)) return true;
  return false;
}
