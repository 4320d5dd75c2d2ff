import { describe, expect, it } from 'vitest';
import { foldWhitespace, parseSourceText, publishedMonth, stripEmphasis } from '../../src/lib/source-text';

describe('foldWhitespace and stripEmphasis', () => {
  it('fold page breaks and remove italics markers but keep quotes', () => {
    expect(foldWhitespace('a\n\n  b')).toBe('a b');
    expect(stripEmphasis('electronic "*friends*" invitations')).toBe('electronic "friends" invitations');
  });
});

describe('parseSourceText on dotted numbering', () => {
  const dotted = [
    'A DOTTED PROCEDURE',
    'Procedures',
    'Staff are responsible for:',
    '1. Loans',
    '1.1 Staff will record every loan.',
    '1.2 Staff will check a device',
    'before lending it.',
    '1.2.1 A damaged device is not lent.',
    '2. Returns',
    '2.1 Staff will check a returned device.',
  ].join('\n\n');

  it('finds clauses numbered 1.1, 1.2, 1.2.1 in their sections, joining a clause across a line break', () => {
    const parsed = parseSourceText(dotted);
    expect(parsed.sections.map((section) => [section.number, section.clauses.map((clause) => clause.id)])).toEqual([
      [1, ['1.1', '1.2', '1.2.1']],
      [2, ['2.1']],
    ]);
    expect(parsed.sections[0]?.clauses[1]?.text).toBe('Staff will check a device before lending it.');
  });

  it('refuses a dotted clause under the wrong section', () => {
    expect(() => parseSourceText(dotted.replace('2.1 Staff', '3.1 Staff'), { file: 'x/source.txt' })).toThrow(
      /x\/source\.txt, line \d+: cannot place "3\.1 Staff/,
    );
  });
});

describe('parseSourceText on plain numbering', () => {
  const plain = [
    'A PLAINLY NUMBERED PROCEDURE',
    'Procedures',
    'Staff will:',
    '1. Record every loan.',
    '2. Check a device',
    'before lending it.',
    '3. Lend no damaged device.',
  ].join('\n\n');

  it('reads each numbered line as a clause, its own section, joining a clause across a line break', () => {
    const parsed = parseSourceText(plain, { file: 'x/source.txt', numbering: 'plain' });
    expect(parsed.procedures).toEqual(['Staff will:']);
    expect(parsed.sections.map((section) => [section.number, section.clauses.map((clause) => clause.id)])).toEqual([
      [1, ['1']],
      [2, ['2']],
      [3, ['3']],
    ]);
    expect(parsed.sections[1]?.clauses[0]?.text).toBe('Check a device before lending it.');
  });

  it('reads the numbered lines as section titles when policy.yaml does not declare plain numbering, and says so', () => {
    // "2. Check a device" is then a section, and its second line has no place.
    expect(() => parseSourceText(plain, { file: 'x/source.txt' })).toThrow(
      /line 11: cannot place "before lending it\."/,
    );
  });

  it('names the file and line of a line it cannot place', () => {
    expect(() =>
      parseSourceText(`${plain}\n\n- a) A lettered clause.`, { file: 'x/source.txt', numbering: 'plain' }),
    ).toThrow(/^x\/source\.txt, line 15: cannot place "- a\) A lettered clause\.": it is not a numbered clause/);
  });
});

describe('parseSourceText with the headings a policy declares', () => {
  const source = [
    'A PROCEDURE',
    'Purpose',
    'Why it exists.',
    'Procedure',
    'Staff:',
    '1. Loans',
    '1.1 Record loans.',
  ].join('\n\n');
  const headings = {
    background: 'Purpose',
    definitions: 'Definitions',
    procedures: 'Procedure',
    references: 'References',
  };

  it('finds each part under the heading the policy prints for it', () => {
    const parsed = parseSourceText(source, { file: 'x/source.txt', headings });
    expect(parsed.background).toEqual(['Why it exists.']);
    expect(parsed.procedures).toEqual(['Staff:']);
    expect(parsed.sections[0]?.clauses.map((clause) => clause.id)).toEqual(['1.1']);
  });

  it('says which headings it expected when a heading is not the declared one', () => {
    expect(() => parseSourceText(source, { file: 'x/source.txt' })).toThrow(
      /x\/source\.txt, line 3: "Purpose" comes before the first heading: .*Background, Definitions, Procedures, References; policy\.yaml `headings` names them/,
    );
  });
});

describe('parseSourceText on a procedure whose numbered lines are clauses (no section headings)', () => {
  // The shape of many divisions' administrative procedures: a title over two lines, no sentence
  // under the heading, top-level clauses with their own words, and sub-clauses under the first.
  const texted = [
    'ADMINISTRATIVE PROCEDURE 142',
    'COMMERCIAL ELECTRONIC',
    'MESSAGES',
    'Background',
    'The Division sends electronic messages.',
    'Procedures',
    '1. The Division will obtain consent before it sends a commercial electronic message:',
    '1.1 consent may be express;',
    '1.2 consent may be implied',
    'by an existing relationship;',
    '1.2.1 implied consent lapses after two years.',
    '1.3 a record of consent is kept.',
    '2. Each message identifies the sender.',
    '3. Each message offers a way to unsubscribe.',
  ].join('\n\n');
  const parsed = parseSourceText(texted, { file: 'x/source.txt', numbering: 'dotted', printsSections: false });

  it('joins the title printed over several lines', () => {
    expect(parsed.title).toBe('ADMINISTRATIVE PROCEDURE 142 COMMERCIAL ELECTRONIC MESSAGES');
  });

  it('reads each numbered line as a clause with its sub-clauses, to three levels, and no introduction', () => {
    expect(parsed.procedures).toEqual([]);
    expect(
      parsed.sections.map((section) => [section.number, section.title, section.clauses.map((clause) => clause.id)]),
    ).toEqual([
      [1, '', ['1', '1.1', '1.2', '1.2.1', '1.3']],
      [2, '', ['2']],
      [3, '', ['3']],
    ]);
    expect(parsed.sections[0]?.clauses[0]?.text).toBe(
      'The Division will obtain consent before it sends a commercial electronic message:',
    );
    expect(parsed.sections[0]?.clauses[2]?.text).toBe('consent may be implied by an existing relationship;');
  });

  it('reads lettered sub-clauses under a numbered clause when the policy letters them', () => {
    const lettered = parseSourceText(
      [
        'A PROCEDURE',
        'Procedures',
        '1. Staff will:',
        '- a) record loans;',
        '- b) check devices.',
        '2. Staff may lend.',
      ].join('\n\n'),
      { printsSections: false },
    );
    expect(lettered.sections.flatMap((section) => section.clauses.map((clause) => clause.id))).toEqual([
      '1',
      '1a',
      '1b',
      '2',
    ]);
  });

  it('names the file and line of a sub-clause under the wrong clause', () => {
    expect(() =>
      parseSourceText(texted.replace('1.3 a record', '4.3 a record'), {
        file: 'x/source.txt',
        numbering: 'dotted',
        printsSections: false,
      }),
    ).toThrow(
      /^x\/source\.txt, line 23: cannot place "4\.3 a record of consent is kept\.": it is not a numbered clause/,
    );
  });

  it('still refuses a sentence before the first heading', () => {
    expect(() =>
      parseSourceText(texted.replace('MESSAGES', 'Messages sent by the Division'), { printsSections: false }),
    ).toThrow(/line 5: "Messages sent by the Division" comes before the first heading/);
  });
});

describe('parseSourceText on the date lines procedures print', () => {
  const footer = (...lines: string[]) =>
    ['A PROCEDURE', 'Procedures', '1. Staff will lend devices.', 'References', 'Education Act', ...lines].join('\n\n');

  it('reads "Approved:", "Amended:" and "Last Reviewed:" as the adoption, update and review dates, not references', () => {
    const parsed = parseSourceText(
      footer('Approved: October 2019', 'Amended: March 15, 2022; Sept. 1, 2023', 'Last Reviewed: 2024-05-30'),
      { printsSections: false, numbering: 'plain' },
    );
    expect(parsed.references).toEqual(['Education Act']);
    expect(parsed.adopted).toBe('October 2019');
    expect(parsed.updates).toEqual(['March 15, 2022', 'Sept. 1, 2023']);
    expect(parsed.reviewed).toBe('2024-05-30');
    expect([parsed.adopted, ...parsed.updates, parsed.reviewed].map(publishedMonth)).toEqual([
      '2019-10',
      '2022-03',
      '2023-09',
      '2024-05',
    ]);
  });

  it('keeps a labelled reference that gives no date ("Legal Reference: …") as a reference', () => {
    const parsed = parseSourceText(footer('Legal Reference: Education Act, Section 52'), {
      printsSections: false,
      numbering: 'plain',
    });
    expect(parsed.references).toEqual(['Education Act', 'Legal Reference: Education Act, Section 52']);
  });

  it('names the file and line of a date under a label it does not know, or a date it cannot read', () => {
    const read = (line: string) => () =>
      parseSourceText(footer(line), { file: 'x/source.txt', printsSections: false, numbering: 'plain' });
    expect(read('Board Approval: October 2019')).toThrow(
      /^x\/source\.txt, line 11: "Board Approval: October 2019" looks like a date, but "Board Approval" is not a date label the site reads \(Adopted, Approved,/,
    );
    expect(read('Approved: Fall 2019')).toThrow(
      /^x\/source\.txt, line 11: cannot read one date in "Approved: Fall 2019"/,
    );
    expect(read('Reviewed: May 2020, June 2021')).toThrow(/cannot read one date/);
  });

  it('reads a month in full or shortened, with or without a day, and nothing else', () => {
    expect(['April, 2012', 'Oct. 15, 2019', '15 October 2019', '2019-10', 'sept 2023'].map(publishedMonth)).toEqual([
      '2012-04',
      '2019-10',
      '2019-10',
      '2019-10',
      '2023-09',
    ]);
    expect(['Fall 2019', '2019', '2019-13', 'Ma 2019'].map(publishedMonth)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
