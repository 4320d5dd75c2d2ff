/**
 * Search on the site: Pagefind's index of the search records (src/lib/search-index.ts), loaded on
 * first use of a search box from the site's own /pagefind/ folder, never from elsewhere. The box,
 * the ranking and the results are search-form.ts's, shared with the copy opened from disk.
 */
import type { SearchKind } from '../lib/search/records';
import { excerptOf } from '../lib/search/excerpt';
import type { FoundPage, SearchEngine } from '../lib/search/search';
import type { ThesaurusEntry } from '../lib/search/thesaurus';
import { attachSearchForm } from './search-form';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{
    url: string;
    excerpt: string;
    meta: { title?: string; kind?: string; policy?: string; verdict?: string; leadsTo?: string; text?: string };
  }>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: object): Promise<{ results: PagefindResult[] }>;
  /** Each filter's values, with how many pages have each. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

const base = import.meta.env.BASE_URL;
let loading: Promise<{ engine: SearchEngine; thesaurus: ThesaurusEntry[] }> | undefined;

/** Makes one search form show results as the reader types. */
export function attachSearch(form: HTMLFormElement): void {
  attachSearchForm(form, {
    load: () => (loading ??= load()),
    href: (path) => `${base}${path.replace(/^\//, '')}`,
  });
}

/** Pagefind, and the thesaurus the build wrote beside the search page (src/lib/search-index.ts). */
async function load(): Promise<{ engine: SearchEngine; thesaurus: ThesaurusEntry[] }> {
  const [api, thesaurus] = await Promise.all([
    loadPagefind(),
    fetch(new URL('search/thesaurus.json', new URL(base, document.baseURI))).then(
      (response) => response.json() as Promise<ThesaurusEntry[]>,
    ),
  ]);
  return { engine: pagefindEngine(api), thesaurus };
}

/** Loads Pagefind from the site's own /pagefind/ folder (under the deployment base). */
async function loadPagefind(): Promise<PagefindApi> {
  const url = new URL('pagefind/pagefind.js', new URL(base, document.baseURI)).href;
  const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
  // Result addresses are site paths ("/electronic-social-media/2a/"), as the records have them; the box adds the base.
  // Pagefind weighs a long page's matches down (pageLength 0.75 by default); the decisions, whose
  // summaries are the longest records, are what most queries want, so less (chosen on the tuned
  // queries of tests/search/queries.yaml: 94.8% to 96.0% in the top 3).
  await api.options({ excerptLength: 24, baseUrl: '/', ranking: { pageLength: 0.5 } });
  return api;
}

/** Pagefind as search-form.ts's engine: one search per word; a result's excerpt is cut from its record's own words. */
function pagefindEngine(api: PagefindApi): SearchEngine {
  /** Each term's results by page, to describe a page by the result it was found as. */
  const foundBy = new Map<string, Map<string, PagefindResult>>();
  /** Pages looked up by their address. */
  const atUrl = new Map<string, PagefindResult>();
  let pages: Promise<number> | undefined;
  return {
    async hitsFor(term, policy) {
      const options = policy ? { filters: { policy } } : {};
      // Quoted, Pagefind finds the pages that have the word or phrase itself (by its stem) but
      // scores them all alike; unquoted, it scores them, but also takes words the term begins
      // ("phot" as it is typed) and, for an unknown word, the longest part of it some page has
      // ("x" for "xyzzy"). So: the scores of the unquoted search, for the pages of the quoted one;
      // with none, the words a single word begins, unless the match is only a part of it.
      const [exact, scored] = await Promise.all([api.search(`"${term}"`, options), api.search(term, options)]);
      let results = scored.results;
      if (exact.results.length > 0) {
        const holding = new Set(exact.results.map((result) => result.id));
        results = results.filter((result) => holding.has(result.id));
      } else if (term.includes(' ')) {
        results = [];
      } else {
        const first = await results[0]?.data();
        const marked = [...(first?.excerpt ?? '').matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => match[1] ?? '');
        if (!marked.some((text) => text.toLowerCase().startsWith(term))) results = [];
      }
      foundBy.set(term, new Map(results.map((result) => [result.id, result])));
      return results.map((result) => ({ id: result.id, score: result.score }));
    },
    async describe(ids, terms) {
      const pages = await Promise.all(
        ids.map(async (id): Promise<FoundPage[]> => {
          const result = terms.map((term) => foundBy.get(term)?.get(id)).find(Boolean) ?? atUrl.get(id);
          if (!result) return [];
          const { url, meta } = await result.data();
          return [
            {
              id,
              url,
              kind: (meta.kind ?? 'clause') as SearchKind,
              title: meta.title ?? url,
              policy: meta.policy ?? '',
              ...(meta.verdict ? { verdict: meta.verdict } : {}),
              ...(meta.leadsTo ? { leadsTo: meta.leadsTo.split(' ') } : {}),
              excerpt: excerptOf(meta.text ?? '', terms),
            },
          ];
        }),
      );
      return pages.flat();
    },
    async idOf(url) {
      const [result] = (await api.search(null, { filters: { page: url } })).results;
      if (result) atUrl.set(result.id, result);
      return result?.id;
    },
    async pageCount() {
      // Every page has one kind (src/lib/search-index.ts).
      pages ??= api.filters().then(({ kind }) => Object.values(kind ?? {}).reduce((sum, count) => sum + count, 0));
      return pages;
    },
    async questions() {
      const search = await api.search(null, { filters: { kind: 'decision' } });
      return Promise.all(
        search.results.map(async (result) => {
          const { url, meta } = await result.data();
          return { url, title: meta.title ?? url };
        }),
      );
    },
  };
}
