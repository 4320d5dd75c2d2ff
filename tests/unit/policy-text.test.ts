/**
 * The policy is quoted, never paraphrased: every authored string that the site shows as policy
 * text must be the published text (source.txt), and nothing published may be left out.
 */
import { describe, expect, it } from 'vitest';
import { foldWhitespace, parseSourceText, stripEmphasis } from '../../src/lib/source-text';
import { CONTENT_ROOT, policySlugs, readPolicyFolder } from '../helpers/content-files';

const same = (text: string) => foldWhitespace(text);

for (const slug of policySlugs(CONTENT_ROOT)) {
  describe(`policy ${slug}`, () => {
    const { policy, source, clauses } = readPolicyFolder(CONTENT_ROOT, slug);
    const published = parseSourceText(source);
    const publishedClauses = published.sections.flatMap((section) => section.clauses);

    it('has one clause file for every clause of the published text, and no other', () => {
      const authored = clauses.map((clause) => String(clause.frontmatter['id'])).sort();
      expect(authored).toEqual(publishedClauses.map((clause) => clause.id).sort());
    });

    it('quotes every clause word for word (emphasis and line breaks aside)', () => {
      for (const clause of publishedClauses) {
        const file = clauses.find((candidate) => candidate.frontmatter['id'] === clause.id);
        expect(file, `clause ${clause.id}`).toBeDefined();
        expect(same(file?.body ?? ''), `clause ${clause.id}`).toBe(same(clause.text));
      }
    });

    it('keeps the italics of the published text', () => {
      for (const clause of publishedClauses.filter((candidate) => candidate.text.includes('*'))) {
        const file = clauses.find((candidate) => candidate.frontmatter['id'] === clause.id);
        expect(stripEmphasis(file?.body ?? '')).not.toBe(file?.body);
      }
    });

    it('puts each clause in the section the published text puts it in', () => {
      for (const section of published.sections) {
        for (const clause of section.clauses) {
          const file = clauses.find((candidate) => candidate.frontmatter['id'] === clause.id);
          expect(file?.frontmatter['section'], `clause ${clause.id}`).toBe(section.number);
        }
      }
    });

    it('quotes the background, definitions and procedures introduction word for word', () => {
      expect((policy['background'] as string[]).map(same)).toEqual(published.background.map(same));
      expect((policy['definitions'] as { text: string }[]).map((definition) => same(definition.text))).toEqual(published.definitions.map(same));
      expect(same(policy['procedures'] as string)).toBe(same(published.procedures.join(' ')));
    });

    it('names each defined term as the definition quotes it', () => {
      for (const definition of policy['definitions'] as { term: string; text: string }[]) {
        expect(definition.text.startsWith(`“${definition.term}”`)).toBe(true);
      }
    });

    it('titles the sections as published', () => {
      const titles = (policy['sections'] as { number: number; title: string }[]).map((section) => `${section.number}. ${section.title}`);
      expect(titles).toEqual(published.sections.map((section) => `${section.number}. ${section.title.replace(/:$/, '')}`));
    });

    it('keeps the references and dates as published', () => {
      expect(policy['references']).toEqual(published.references);
      const month = (value: string) => new Date(`${value}-01T00:00:00Z`).toLocaleDateString('en-CA', { month: 'long', year: 'numeric', timeZone: 'UTC' });
      expect(month(policy['adopted'] as string)).toBe(published.adopted.replace(',', ''));
      expect((policy['updated'] as string[]).map(month)).toEqual(published.updates);
      expect(month(policy['reviewed'] as string)).toBe(published.reviewed);
    });
  });
}
