/** This policy's published text as the parser reads it: its sections, clauses, dates and every line accounted for. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { foldWhitespace, parseSourceText, stripEmphasis } from '../../src/lib/source-text';

const source = readFileSync(
  new URL('../../content/policies/electronic-social-media/source.txt', import.meta.url),
  'utf8',
);

describe('parseSourceText on the published Electronic Social Media procedure', () => {
  const parsed = parseSourceText(source);

  it('finds the three sections and the fourteen clauses in order', () => {
    expect(parsed.sections.map((section) => section.number)).toEqual([1, 2, 3]);
    expect(parsed.sections.flatMap((section) => section.clauses.map((clause) => clause.id))).toEqual([
      '1a',
      '1b',
      '2a',
      '2b',
      '2c',
      '2d',
      '2e',
      '2f',
      '2g',
      '3a',
      '3b',
      '3c',
      '3d',
      '3e',
    ]);
  });

  it('joins clause 2d across the page break in the source', () => {
    const clause2d = parsed.sections[1]?.clauses.find((clause) => clause.id === '2d');
    expect(clause2d?.text).toContain('a disruption to a school or the Divisional environment; or negatively impact');
  });

  it('reads the two definitions, the background and the dates', () => {
    expect(parsed.definitions).toHaveLength(2);
    expect(parsed.background).toHaveLength(1);
    expect(parsed.adopted).toBe('April, 2012');
    expect(parsed.updates).toEqual(['June 2013', 'June 2018', 'January 2020']);
    expect(parsed.reviewed).toBe('February 2020');
    expect(parsed.references).toEqual([
      'Calgary Catholic School District',
      'Freedom of Information and Protection of Privacy Act (FOIPP), Sections 40 & 41',
    ]);
  });

  it('accounts for every non-empty line of the source', () => {
    const words = (text: string) => foldWhitespace(stripEmphasis(text)).split(' ').length;
    const parts = [
      parsed.title,
      ...parsed.background,
      ...parsed.definitions,
      ...parsed.procedures,
      ...parsed.sections.flatMap((section) => [
        `${section.number}. ${section.title}`,
        ...section.clauses.map((clause) => `- x) ${clause.text}`),
      ]),
      parsed.adopted,
      ...parsed.references,
      `Updates: ${parsed.updates.join(', ')}`,
      `Reviewed: ${parsed.reviewed}`,
      'Background',
      'Definitions',
      'Procedures',
      'References',
    ];
    expect(parts.reduce((sum, part) => sum + words(part), 0)).toBe(words(source));
  });

  it('refuses a line it cannot place instead of dropping it, naming the file and the line', () => {
    expect(() =>
      parseSourceText('TITLE\n\nProcedures\n\n1. A section\n- a) A clause.\nA stray line.', {
        file: 'policies/x/source.txt',
      }),
    ).toThrow(/^policies\/x\/source\.txt, line 7: cannot place "A stray line\."/);
    expect(() => parseSourceText('TITLE\nA line before any heading', { file: 'policies/x/source.txt' })).toThrow(
      /^policies\/x\/source\.txt, line 2: "A line before any heading" comes before the first heading/,
    );
  });
});
