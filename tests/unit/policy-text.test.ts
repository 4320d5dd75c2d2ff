/**
 * The policy is quoted, never paraphrased: every authored string that the site shows as policy
 * text must be the published text (source.txt), and nothing published may be left out.
 */
import { describe, expect, it } from 'vitest';
import { foldWhitespace, parseSourceText } from '../../src/lib/source-text';
import { CONTENT_ROOT, policySlugs, readPolicyFolder } from '../helpers/content-files';

const same = (text: string) => foldWhitespace(text);

for (const slug of policySlugs(CONTENT_ROOT)) {
  describe(`policy ${slug}`, () => {
    const { policy, source, clauses } = readPolicyFolder(CONTENT_ROOT, slug);
    const published = parseSourceText(source);
    const publishedClauses = published.sections.flatMap((section) => section.clauses);

    it('has one clause file for every clause of the published text, and no other', () => {
      const authored = clauses.map((clause) => clause.data.id).sort();
      expect(authored).toEqual(publishedClauses.map((clause) => clause.id).sort());
    });

    it('quotes every clause word for word (emphasis and line breaks aside)', () => {
      for (const clause of publishedClauses) {
        const file = clauses.find((candidate) => candidate.data.id === clause.id);
        expect(file, `clause ${clause.id}`).toBeDefined();
        expect(same(file?.body ?? ''), `clause ${clause.id}`).toBe(same(clause.text));
      }
    });

    it('keeps the italics of the published text, on the same words', () => {
      const emphasised = (text: string) => [...text.matchAll(/\*([^*]+)\*/g)].map((match) => match[1]);
      for (const clause of publishedClauses) {
        const file = clauses.find((candidate) => candidate.data.id === clause.id);
        expect(emphasised(file?.body ?? ''), `clause ${clause.id}`).toEqual(emphasised(clause.text));
      }
      // The policy italicises at least "friends" (3(e)) and the Act's name (2(g)): a check over no italics would pass vacuously.
      expect(publishedClauses.flatMap((clause) => emphasised(clause.text)).length).toBeGreaterThan(0);
    });

    it('puts each clause in the section the published text puts it in', () => {
      for (const section of published.sections) {
        for (const clause of section.clauses) {
          const file = clauses.find((candidate) => candidate.data.id === clause.id);
          expect(file?.data.section, `clause ${clause.id}`).toBe(section.number);
        }
      }
    });

    it('quotes the background, definitions and procedures introduction word for word', () => {
      expect(policy.background.map(same)).toEqual(published.background.map(same));
      expect(policy.definitions.map((definition) => same(definition.text))).toEqual(published.definitions.map(same));
      expect(same(policy.procedures)).toBe(same(published.procedures.join(' ')));
    });

    it('names each defined term as the definition quotes it', () => {
      for (const definition of policy.definitions) {
        expect(definition.text.startsWith(`“${definition.term}”`)).toBe(true);
      }
    });

    it('titles the sections as published', () => {
      const titles = policy.sections.map((section) => `${section.number}. ${section.title}`);
      expect(titles).toEqual(
        published.sections.map((section) => `${section.number}. ${section.title.replace(/:$/, '')}`),
      );
    });

    it('keeps the references and dates as published', () => {
      expect(policy.references).toEqual(published.references);
      // A date the published text does not give stays out of policy.yaml (the parser gives '').
      const month = (value: string | undefined) =>
        value === undefined
          ? ''
          : new Date(`${value}-01T00:00:00Z`).toLocaleDateString('en-CA', {
              month: 'long',
              year: 'numeric',
              timeZone: 'UTC',
            });
      expect(month(policy.adopted)).toBe(published.adopted.replace(',', ''));
      expect(policy.updated.map(month)).toEqual(published.updates);
      expect(month(policy.reviewed)).toBe(published.reviewed);
    });
  });
}
