import { describe, expect, it } from 'vitest';
import { foldWhitespace, parseSourceText, stripEmphasis } from '../../src/lib/source-text';

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
