/**
 * Search on this policy's site, asked the staff queries of tests/search/queries.yaml (written the
 * way staff ask, most with none of the words of the pages that answer them) through the same
 * ranking and records the copy opened from disk uses (MiniSearch over dist/search-records.json;
 * the site's Pagefind is asked the same queries by `npm run bench:search`, which prints both).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { diskEngine } from '../../src/lib/search/disk-engine';
import type { SearchData } from '../../src/lib/search/records';
import { searchFor } from '../../src/lib/search/search';
import { DIST } from '../helpers/built-site';

interface Query {
  query: string;
  answers: string[];
}
const readQueries = (file: string) =>
  parse(readFileSync(new URL(`../search/${file}`, import.meta.url), 'utf8')) as Query[];
const queries = readQueries('queries.yaml');
const { records, thesaurus } = JSON.parse(readFileSync(join(DIST, 'search-records.json'), 'utf8')) as SearchData;
const engine = diskEngine(records);
/** A result answers when it is the page (and the anchor, where the answer names one). */
const answers = (url: string, answer: string) =>
  url === answer || (!answer.includes('#') && url.split('#')[0] === answer);

describe('search, asked as staff ask', () => {
  // A query written twice counts twice in the figures, and one in both files is no longer held out.
  it('asks each query once, and none that the held-out set asks', () => {
    const seen = new Set<string>();
    const repeated = [...queries, ...readQueries('held-out.yaml')]
      .map((query) => query.query.toLowerCase())
      .filter((query) => seen.has(query) || !seen.add(query));
    expect(repeated).toEqual([]);
  });

  it('has a record for every page the queries expect', () => {
    const missing = queries.flatMap((query) =>
      query.answers.filter((answer) => !records.some((record) => answers(record.url, answer))),
    );
    expect(missing).toEqual([]);
  });

  // Issue 19 asks for 95% in the top 3; search reaches 97% on these queries (2026-12-06). A content
  // change that drops it below 95% fails here, listing the queries it missed.
  it('puts a page that answers in the top 3 for at least 95% of the queries, and finds something for every one', async () => {
    const missed: string[] = [];
    const empty: string[] = [];
    for (const query of queries) {
      const { results } = await searchFor(engine, thesaurus, query.query);
      if (results.length === 0) empty.push(query.query);
      // Each worked example is its own result: an examples page as a whole never is.
      expect(results.filter((result) => /^\/questions\/examples\/[^#]*$/.test(result.url))).toEqual([]);
      const top = results.slice(0, 3).map((result) => result.url);
      if (!top.some((url) => query.answers.some((answer) => answers(url, answer))))
        missed.push(`${query.query} → ${top.join(', ')}`);
    }
    console.log(
      `search: ${queries.length - missed.length} of ${queries.length} queries answered in the top 3${missed.length > 0 ? `; missed:\n  ${missed.join('\n  ')}` : ''}`,
    );
    expect(empty).toEqual([]);
    expect(missed.length / queries.length).toBeLessThanOrEqual(0.05);
  });
});
