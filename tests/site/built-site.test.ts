/** Checks over both built sites (dist/ and dist-fixture/), every policy of each: pages, text, links, anchors and the search index. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brokenReferences, fileForPath, readBuiltPages, visibleText, type BuiltPage } from '../helpers/built-site';
import { policySlugs, readPolicyFolder } from '../helpers/content-files';
import { SITES, policiesOf } from '../helpers/sites';
import { formatClauseLabel } from '../../src/lib/clause-id';
import { clauseAnchor } from '../../src/lib/urls';
import { foldWhitespace, parseSourceText, publishedMonth, stripEmphasis } from '../../src/lib/source-text';
import { formatPublishedMonth } from '../../src/lib/dates';
import { formatCitation } from '../../src/lib/citations';

const published = (text: string) => foldWhitespace(stripEmphasis(text));

/**
 * Every policy of both sites (the real one in dist/, the fixture site in dist-fixture/), checked
 * against its own source.txt: these tests follow the content, whatever its numbering or layout.
 */
for (const site of SITES) {
  const pagesOfSite = () => readBuiltPages(site.dist);
  const pageOf = (path: string): BuiltPage => {
    const found = pagesOfSite().find((candidate) => candidate.path === path);
    if (!found) throw new Error(`no built page at ${path} in ${site.dist}`);
    return found;
  };
  for (const slug of policySlugs(site.content)) {
    const { source, policy } = readPolicyFolder(site.content, slug);
    const text = parseSourceText(source, {
      headings: policy.headings,
      numbering: policy.numbering,
      printsSections: policy.sections.length > 0,
    });
    const clauses = text.sections.flatMap((section) => section.clauses);

    describe(`${site.name}: policy ${slug}`, () => {
      it('has a page for every clause at /<policy>/<clause-id>/, showing its text word for word', () => {
        for (const clause of clauses) {
          const shown = pageOf(`/${slug}/${clause.id}/`).document.querySelector(`[data-clause-text="${clause.id}"]`);
          expect(visibleText(shown), clause.id).toBe(published(clause.text));
        }
      });

      it('keeps the version it was last reviewed in at its own address, in the same words (an undated policy has none)', () => {
        if (!policy.reviewed) {
          const kept = pagesOfSite().filter((candidate) => new RegExp(`^/${slug}/\\d{4}-\\d{2}/`).test(candidate.path));
          expect(kept.map((candidate) => candidate.path)).toEqual([]);
          return;
        }
        for (const clause of clauses) {
          const kept = pageOf(`/${slug}/${policy.reviewed}/${clause.id}/`).document;
          expect(visibleText(kept.querySelector('[data-clause-text]')), clause.id).toBe(published(clause.text));
          expect(visibleText(kept.querySelector('.version-notice')), clause.id).toContain('the current version');
        }
      });

      it('shows every paragraph of the published text on the policy page, in order', () => {
        const shown = visibleText(pageOf(`/${slug}/`).document.querySelector('main'));
        const paragraphs = [
          ...text.background,
          ...text.definitions,
          ...text.procedures,
          ...text.sections.flatMap((section) => [
            section.title.replace(/:$/, ''),
            ...section.clauses.map((clause) => clause.text),
          ]),
          ...text.references,
        ].map(published);
        let from = 0;
        for (const paragraph of paragraphs) {
          const at = shown.indexOf(paragraph, from);
          expect(at, `"${paragraph.slice(0, 60)}…" missing or out of order`).toBeGreaterThanOrEqual(from);
          from = at + paragraph.length;
        }
      });

      it('anchors every clause on the policy page with a visible id', () => {
        const document = pageOf(`/${slug}/`).document;
        for (const clause of clauses) {
          const article = document.getElementById(clauseAnchor(clause.id));
          expect(visibleText(article?.querySelector('.clause-id')), clause.id).toBe(formatClauseLabel(clause.id));
        }
      });

      it('shows the dates as published ("not published" where they are not), and a status note above the text', () => {
        const main = visibleText(pageOf(`/${slug}/`).document.querySelector('main'));
        // As months ("Approved: October 15, 2019" shows as October 2019).
        const month = (printed: string) => formatPublishedMonth(printed ? publishedMonth(printed) : undefined);
        expect(main).toContain(`Adopted ${month(text.adopted)}`);
        if (text.updates.length > 0) expect(main).toContain(`Updated ${text.updates.map(month).join(', ')}`);
        expect(main).toContain(`Last reviewed ${month(text.reviewed)}`);
        if (policy.statusNote)
          expect(main.indexOf('Status note')).toBeLessThan(main.indexOf(published(text.background[0] ?? '')));
      });

      it('quotes every definition on the definitions page, each at its own anchor', () => {
        const document = pageOf(`/${slug}/definitions/`).document;
        const shown = document.querySelectorAll('[data-definition-text]').map((element) => visibleText(element));
        expect(shown).toEqual(text.definitions.map(published));
      });

      it('gives each clause page its citation, its address and its neighbours', () => {
        for (const [index, clause] of clauses.entries()) {
          const document = pageOf(`/${slug}/${clause.id}/`).document;
          expect(document.querySelector('[data-copy-text]')?.getAttribute('data-copy-text')).toBe(
            formatCitation(policy.citationTitle, clause.id),
          );
          expect(document.querySelector('[data-copy-path]')?.getAttribute('data-copy-path')).toBe(
            `/${slug}/${clause.id}/`,
          );
          const previous = clauses[index - 1];
          const next = clauses[index + 1];
          expect(document.querySelector('a[rel=prev]')?.getAttribute('href') ?? null).toBe(
            previous ? `/${slug}/${previous.id}/` : null,
          );
          expect(document.querySelector('a[rel=next]')?.getAttribute('href') ?? null).toBe(
            next ? `/${slug}/${next.id}/` : null,
          );
        }
      });
    });
  }
}

for (const site of SITES) {
  describe(`${site.name}: every page`, () => {
    const pages = readBuiltPages(site.dist);
    it('has a title and exactly one h1', () => {
      for (const { path, document } of pages) {
        expect(visibleText(document.querySelector('title')), path).not.toBe('');
        expect(document.querySelectorAll('h1'), path).toHaveLength(1);
      }
    });

    it('has a skip link to its main landmark, and the site search box', () => {
      for (const { path, document } of pages) {
        expect(document.querySelector('a.skip-link')?.getAttribute('href'), path).toBe('#main');
        expect(document.querySelectorAll('main#main'), path).toHaveLength(1);
        expect(document.querySelector('form[role=search] input[name=q]'), path).not.toBeNull();
      }
    });

    it('links only to pages, files and #anchors that exist', () => {
      expect(brokenReferences(site.dist, pages)).toEqual([]);
    });

    it('loads nothing from another origin', () => {
      for (const { path, html } of pages) {
        expect(html, path).not.toMatch(/(src|href)="(https?:)?\/\/(?!127\.0\.0\.1)/);
      }
    });
  });

  describe(`${site.name}: search index`, () => {
    /** Every page Pagefind indexed, as its fragments hold them: address and the words indexed. */
    const fragments = readdirSync(join(site.dist, 'pagefind', 'fragment')).map((name) => {
      const text = gunzipSync(readFileSync(join(site.dist, 'pagefind', 'fragment', name))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    });

    it('indexes each clause page by its marked body: the clause’s words, never the header or footer', () => {
      const [policy] = policiesOf(site);
      const [first] = policy?.clauses ?? [];
      const clause = fragments.find((fragment) => fragment.url === `/${policy?.slug ?? ''}/${first?.id ?? ''}/`);
      expect(clause?.content).toContain(first?.text.split(' ').slice(0, 6).join(' '));
      expect(clause?.content).not.toContain('The policy text is quoted exactly as the Division published it');
      expect(clause?.content).not.toContain('Skip to content');
    });

    it('leaves out the pages without a marked body: home, decision steps, the list of worked examples', () => {
      const urls = fragments.map((fragment) => fragment.url);
      expect(urls).not.toContain('/');
      expect(urls).not.toContain('/questions/examples/');
      expect(urls.filter((url) => url.includes('/answers/'))).toEqual([]);
      expect(fileForPath(site.dist, '/pagefind/pagefind.js')).toBeDefined();
    });
  });
}
