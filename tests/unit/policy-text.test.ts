/**
 * The policy is quoted, never paraphrased: every authored string that the site shows as policy
 * text must be the published text (source.txt), and nothing published may be left out.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { foldWhitespace, parseSourceText } from '../../src/lib/source-text';
import { checkDatesAndReferences } from '../../src/lib/check-verbatim';
import {
  CONTENT_ROOT,
  FIXTURE_CONTENT_ROOT,
  policySlugs,
  readPolicyFolder,
  versionFolders,
} from '../helpers/content-files';

const same = (text: string) => foldWhitespace(text);

// The real policies, and the fixture site's (lettered, dotted, and one with earlier versions), each
// version against its own source.txt.
const policies = [CONTENT_ROOT, FIXTURE_CONTENT_ROOT].flatMap((root) =>
  policySlugs(root).flatMap((slug) => [slug, ...versionFolders(root, slug)].map((folder) => ({ root, slug: folder }))),
);

for (const { root, slug } of policies) {
  describe(`policy ${slug}`, () => {
    // A policy whose files the schema refuses fails here, with the file and field, and leaves the
    // other policies' checks running.
    let read: ReturnType<typeof readPolicyFolder>;
    try {
      read = readPolicyFolder(root, slug);
    } catch (error) {
      it('has files the content schema accepts', () => {
        throw error;
      });
      return;
    }
    const { folder, policy, source, clauses } = read;
    const sourceFile = join(folder, 'source.txt');
    const layout = {
      file: sourceFile,
      headings: policy.headings,
      numbering: policy.numbering,
      printsSections: policy.sections.length > 0,
    };
    // Parsed in each test, not here: a source the parser cannot read fails this policy's tests with
    // the file and line, and leaves the other policies' tests running.
    const parsed = () => {
      const published = parseSourceText(source, layout);
      return { published, publishedClauses: published.sections.flatMap((section) => section.clauses) };
    };
    const authoredIds = clauses.map((clause) => clause.data.id).sort();

    it('has one clause file for every clause of the published text, and no other', () => {
      const { publishedClauses } = parsed();
      // A layout the parser does not follow would find no clause, and every check below would pass over nothing.
      expect(publishedClauses.length, `clauses found in ${sourceFile}`).toBeGreaterThan(0);
      expect(authoredIds).toEqual(publishedClauses.map((clause) => clause.id).sort());
    });

    it('would notice a clause missing from the published text (the check above, on a copy with one clause cut)', () => {
      const { publishedClauses } = parsed();
      const cut = publishedClauses[publishedClauses.length - 1];
      if (!cut) throw new Error(`no clause found in ${sourceFile}`);
      // The last line that starts the clause's text (the clause cut is the last, so its line is the last match).
      const opening = cut.text.split(' ').slice(0, 8).join(' ');
      const lines = source.split('\n');
      const cutLine = lines.findLastIndex((line) => foldWhitespace(line).includes(opening));
      const withoutIt = lines.filter((_, index) => index !== cutLine).join('\n');
      const found = parseSourceText(withoutIt, layout).sections.flatMap((section) => section.clauses);
      expect(found.map((clause) => clause.id).sort()).not.toEqual(authoredIds);
      expect(authoredIds.filter((id) => !found.some((clause) => clause.id === id))).toEqual([cut.id]);
    });

    it('quotes every clause word for word (emphasis and line breaks aside)', () => {
      const { publishedClauses } = parsed();
      for (const clause of publishedClauses) {
        const file = clauses.find((candidate) => candidate.data.id === clause.id);
        expect(file, `clause ${clause.id}`).toBeDefined();
        expect(same(file?.body ?? ''), `clause ${clause.id}`).toBe(same(clause.text));
      }
    });

    it('keeps the italics of the published text, on the same words', () => {
      const { publishedClauses } = parsed();
      const emphasised = (text: string) => [...text.matchAll(/\*([^*]+)\*/g)].map((match) => match[1]);
      for (const clause of publishedClauses) {
        const file = clauses.find((candidate) => candidate.data.id === clause.id);
        expect(emphasised(file?.body ?? ''), `clause ${clause.id}`).toEqual(emphasised(clause.text));
      }
      // When the source italicises words in its clauses (the real policy: "friends" in 3(e), the Act's
      // name in 2(g)), the parse must find them: a check over no italics would pass vacuously.
      const clauseLines = source.split('\n').filter((line) => /^\s*(-\s*[a-z]\)|\d+\.\d)/.test(line));
      if (clauseLines.some((line) => /\*[^*]+\*/.test(line)))
        expect(publishedClauses.flatMap((clause) => emphasised(clause.text)).length).toBeGreaterThan(0);
    });

    it('puts each clause in the section the published text puts it in (none, when it prints no section headings)', () => {
      const { published } = parsed();
      for (const section of published.sections) {
        for (const clause of section.clauses) {
          const file = clauses.find((candidate) => candidate.data.id === clause.id);
          expect(file?.data.section, `clause ${clause.id}`).toBe(
            policy.sections.length > 0 ? section.number : undefined,
          );
        }
      }
    });

    it('quotes the background, definitions and procedures introduction word for word', () => {
      const { published } = parsed();
      expect(policy.background.map(same)).toEqual(published.background.map(same));
      expect(policy.definitions.map((definition) => same(definition.text))).toEqual(published.definitions.map(same));
      expect(same(policy.procedures ?? '')).toBe(same(published.procedures.join(' ')));
    });

    it('names each defined term as the definition quotes it', () => {
      for (const definition of policy.definitions) {
        expect(definition.text.startsWith(`“${definition.term}”`)).toBe(true);
      }
    });

    it('titles the sections as published', () => {
      const { published } = parsed();
      // A plainly numbered source prints no section titles: its sections are its clauses.
      const titles = policy.sections.map((section) =>
        policy.numbering === 'plain' ? `${section.number}.` : `${section.number}. ${section.title}`,
      );
      // A source that prints no section headings: policy.yaml lists none (its numbered lines are clauses).
      const printed = policy.sections.length > 0 ? published.sections : [];
      expect(titles).toEqual(printed.map((section) => `${section.number}. ${section.title.replace(/:$/, '')}`.trim()));
    });

    it('keeps the references and dates as published (the build compares the current version; this, every version)', () => {
      const { published } = parsed();
      expect(
        checkDatesAndReferences({ file: join(folder, 'policy.yaml'), data: policy }, sourceFile, published),
      ).toEqual([]);
    });
  });
}
