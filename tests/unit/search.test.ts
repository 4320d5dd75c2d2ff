/**
 * Search's reading of a query and its ranking (src/lib/search/), on records written here: the
 * thesaurus's phrases and words, a query of several words that no page has all of, an unknown
 * word, and worked examples weighed below the decisions and clauses that answer the same words.
 * The same code ranks on the site (Pagefind) and from disk (MiniSearch, used here).
 */
import { describe, expect, it } from 'vitest';
import { diskEngine } from '../../src/lib/search/disk-engine';
import type { SearchRecord } from '../../src/lib/search/records';
import { combineWordHits, weighByKind } from '../../src/lib/search/rank';
import { searchFor } from '../../src/lib/search/search';
import { conceptsOf, type ThesaurusEntry } from '../../src/lib/search/thesaurus';
import { stem, wordsOf } from '../../src/lib/search/words';

const thesaurus: ThesaurusEntry[] = [
  { words: ['coworker', 'co-worker'], find: ['colleague'] },
  { words: ['report card', 'grades'], find: ['student information', 'records'] },
  { words: ['meme', 'picture'], find: ['image', 'photo'] },
];

const record = (fields: Partial<SearchRecord> & Pick<SearchRecord, 'url' | 'title'>): SearchRecord => ({
  kind: 'clause',
  policy: 'Social Media',
  keywords: [],
  text: '',
  ...fields,
});

const records: SearchRecord[] = [
  record({
    url: '/p/2a/',
    title: '2(a) Consent before sharing',
    text: 'Staff will not disclose student information, images or records without written consent.',
  }),
  record({
    url: '/p/2b/',
    title: '2(b) No defamation',
    text: 'Staff will not defame students, colleagues or the Division.',
  }),
  record({
    url: '/questions/photo/',
    kind: 'decision',
    title: 'May I post a photo of my class?',
    text: 'Photos and student information: whose written consent you need.',
  }),
  record({
    url: '/questions/examples/t/#photo-example',
    kind: 'example',
    title: 'A class photo on your own account',
    verdict: 'Not allowed',
    text: 'You want to post a photo of your class without consent.',
  }),
  record({ url: '/q/2a/', policy: 'Another Policy', title: '2(a) Consent of a kind', text: 'Consent is recorded.' }),
];

describe('reading a query', () => {
  it('reads a staff phrase as one concept, searched by its words and the site words it means', () => {
    expect(conceptsOf('sharing report cards online', thesaurus)).toEqual([
      { typed: 'sharing', alternatives: ['sharing'] },
      { typed: 'report cards', alternatives: ['report cards', 'student information', 'records'] },
      { typed: 'online', alternatives: ['online'] },
    ]);
  });

  it('leaves out the small words every page has, but searches a query of nothing else as it is', () => {
    expect(conceptsOf('can I post a meme about my coworker?', thesaurus).map((concept) => concept.typed)).toEqual([
      'post',
      'meme',
      'coworker',
    ]);
    expect(conceptsOf('can I?', thesaurus).map((concept) => concept.typed)).toEqual(['can', 'i']);
  });

  it('reads clause labels as they are indexed, and stems plurals and endings alike', () => {
    expect(wordsOf('Clause 2(a), Sharing')).toEqual(['clause', '2a', 'sharing']);
    expect(stem('pictures')).toBe(stem('picture'));
    expect(stem('messaging')).toBe(stem('messages'));
    expect(stem('policies')).toBe(stem('policy'));
    expect(stem('class')).toBe('class');
    expect(stem('chatted')).toBe(stem('chat'));
    expect(stem('added')).toBe(stem('add'));
  });
});

describe('ranking', () => {
  it('puts a page that matches more of the words first, then the better score', () => {
    const ranked = combineWordHits(
      new Map([
        ['field', [{ id: 'a', score: 9 }]],
        [
          'photo',
          [
            { id: 'b', score: 1 },
            { id: 'a', score: 1 },
            { id: 'c', score: 5 },
          ],
        ],
      ]),
      10,
    );
    expect(ranked.map((candidate) => candidate.id)).toEqual(['a', 'c', 'b']);
    expect(ranked[0]?.matched).toEqual(['field', 'photo']);
  });

  it('counts a rare word of the query for more than a word most pages have', () => {
    // "iep" is on one page of ten, "group" on all ten: the page with "iep" comes first though its score is lower.
    const everyPage = Array.from({ length: 10 }, (_, at) => ({ id: `p${String(at)}`, score: 5 }));
    const ranked = combineWordHits(
      new Map([
        ['iep', [{ id: 'p1', score: 2 }]],
        ['group', everyPage],
        ['teacher', everyPage.filter((hit) => hit.id !== 'p1')],
      ]),
      10,
    );
    expect(ranked[0]?.id).toBe('p1');
  });

  it('weighs a worked example below a decision or clause that matches the same words as well', () => {
    const same = { matched: ['photo'], score: 1 };
    const ranked = weighByKind([
      { id: 'example', kind: 'example' as const, ...same },
      { id: 'clause', kind: 'clause' as const, ...same },
      { id: 'decision', kind: 'decision' as const, ...same },
    ]);
    expect(ranked.at(-1)?.id).toBe('example');
  });
});

describe('a search', () => {
  const engine = diskEngine(records);

  it('finds pages by the staff words of the thesaurus', async () => {
    const outcome = await searchFor(engine, thesaurus, 'meme', '');
    expect(outcome.results.map((result) => result.url)).toContain('/p/2a/');
    expect((await searchFor(engine, thesaurus, 'coworker', '')).results[0]?.url).toBe('/p/2b/');
  });

  it('shows the pages that match some words when none has all of them, and says so', async () => {
    const outcome = await searchFor(engine, thesaurus, 'field trip pictures', '');
    expect(outcome.someWordsOnly).toBe(true);
    expect(outcome.results.length).toBeGreaterThan(0);
    expect(outcome.results.every((result) => result.matched.includes('pictures'))).toBe(true);
  });

  it('finds a phrase only where its words stand side by side', async () => {
    const found = async (phrase: string) =>
      Promise.all((await engine.hitsFor(phrase, '')).map(async (hit) => (await engine.describe([hit.id], []))[0]?.url));
    expect(await found('written consent')).toEqual(expect.arrayContaining(['/p/2a/', '/questions/photo/']));
    expect(await found('consent written')).toEqual([]);
  });

  it('finds nothing for a word no page has, rather than a page that has part of it', async () => {
    expect((await searchFor(engine, thesaurus, 'xyzzy', '')).results).toEqual([]);
  });

  it('finds the words a word begins as it is typed, and marks the words found in the excerpt', async () => {
    const outcome = await searchFor(engine, thesaurus, 'defam', '');
    expect(outcome.results[0]?.url).toBe('/p/2b/');
    expect(outcome.results[0]?.excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['defame']);
  });

  it('ranks the decision and the clause above the worked example on the same words, and names the example’s verdict', async () => {
    const outcome = await searchFor(engine, thesaurus, 'photo consent', '');
    const urls = outcome.results.map((result) => result.url);
    expect(urls.indexOf('/questions/photo/')).toBeLessThan(urls.indexOf('/questions/examples/t/#photo-example'));
    expect(outcome.results.find((result) => result.kind === 'example')?.verdict).toBe('Not allowed');
  });

  it('names each result’s policy, and narrows to one policy when asked', async () => {
    const all = await searchFor(engine, thesaurus, 'consent', '');
    expect(new Set(all.results.map((result) => result.policy))).toEqual(new Set(['Social Media', 'Another Policy']));
    const one = await searchFor(engine, thesaurus, 'consent', 'Another Policy');
    expect(one.results.map((result) => result.url)).toEqual(['/q/2a/']);
  });
});
