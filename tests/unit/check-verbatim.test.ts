/** The build's word-for-word check (src/lib/check-verbatim.ts): a changed word stops the build with the file and line. */
import { describe, expect, it } from 'vitest';
import { PolicySchema } from '../../content/schema';
import { checkVerbatim } from '../../src/lib/check-verbatim';
import { atFieldLine } from '../../src/lib/content-problems';

const source = [
  'A PROCEDURE',
  'Background',
  'Why it exists.',
  'Procedures',
  'Staff will:',
  '1. Loans',
  '- a) Staff will record every loan.',
  '- b) Staff will check a device',
  'before lending it.',
].join('\n\n');
const policy = {
  file: 'content/policies/x/policy.yaml',
  data: PolicySchema.parse({
    title: 'X',
    citationTitle: 'X',
    summary: 'S',
    background: ['Why it exists.'],
    procedures: 'Staff will:',
    sections: [{ number: 1, title: 'Loans' }],
  }),
};
const clause = (id: string, body: string) => ({
  file: `content/policies/x/clauses/${id}.mdx`,
  id,
  raw: `---\nid: ${id}\nsection: 1\ntitle: T\n---\n\n${body}\n`,
});

describe('checkVerbatim', () => {
  it('accepts clauses and paragraphs as published, line breaks and italics aside', () => {
    const files = [
      clause('1a', 'Staff will record every loan.'),
      clause('1b', 'Staff will *check* a device\nbefore lending it.'),
    ];
    expect(checkVerbatim(policy, 'x/source.txt', source, files)).toEqual([]);
  });

  it('names the file and the line of a changed word, with the words on both sides', () => {
    const files = [
      clause('1a', 'Staff will record every loan.'),
      clause('1b', 'Staff will check a device\nbefore lending them.'),
    ];
    expect(checkVerbatim(policy, 'x/source.txt', source, files)).toEqual([
      {
        file: 'content/policies/x/clauses/1b.mdx:8',
        field: '(text)',
        message:
          'the words differ from x/source.txt at "before lending it." (this file has "before lending them."); copy the clause again, word for word',
      },
    ]);
  });

  it('names a clause with no file, a file with no clause, a changed paragraph and a source it cannot read', () => {
    const problems = checkVerbatim(
      { ...policy, data: { ...policy.data, background: ['Why it is.'] } },
      'x/source.txt',
      source,
      [clause('1a', 'Staff will record every loan.'), clause('1c', 'Extra.')],
    );
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/policies/x/clauses/1c.mdx', 'id'],
      ['content/policies/x/policy.yaml', 'clauses'],
      ['content/policies/x/policy.yaml', 'background'],
    ]);
    expect(checkVerbatim(policy, 'x/source.txt', `${source}\n\nA stray line.`, [])[0]?.message).toMatch(
      /^x\/source\.txt, line 19: cannot place "A stray line\."/,
    );
  });

  it('names a date or reference of policy.yaml that the published text does not print', () => {
    const dated = `${source}\n\nReferences\n\nEducation Act\n\nApproved: October 15, 2019\n\nLast Reviewed: May 2024`;
    const data = { ...policy.data, adopted: '2019-10', reviewed: '2024-05', references: ['Education Act'] };
    const files = [
      clause('1a', 'Staff will record every loan.'),
      clause('1b', 'Staff will check a device before lending it.'),
    ];
    expect(checkVerbatim({ ...policy, data }, 'x/source.txt', dated, files)).toEqual([]);
    const problems = checkVerbatim(
      { ...policy, data: { ...data, adopted: '2019-11', updated: ['2022-03'], references: ['The Education Act'] } },
      'x/source.txt',
      dated,
      files,
    );
    expect(problems).toEqual([
      {
        file: 'content/policies/x/policy.yaml',
        field: 'adopted',
        message: `x/source.txt prints "October 15, 2019", which is '2019-10'; policy.yaml has '2019-11'`,
      },
      {
        file: 'content/policies/x/policy.yaml',
        field: 'updated',
        message:
          'x/source.txt prints no such date; leave `updated` out of policy.yaml (it has \'2022-03\'), and the site says "not published"',
      },
      {
        file: 'content/policies/x/policy.yaml',
        field: 'references',
        message:
          'differs from the references x/source.txt prints ("Education Act"); copy each line again, word for word',
      },
    ]);
  });
});

describe('atFieldLine', () => {
  const raw = "title: X\nadopted: '2019-11'\nreferences:\n  - The Education Act\n";
  const problem = (file: string, field: string) => ({ file, field, message: 'm' });

  it('adds the line of the field the problem names, so the author goes straight to it', () => {
    expect(atFieldLine(problem('x/policy.yaml', 'adopted'), raw).file).toBe('x/policy.yaml:2');
    expect(atFieldLine(problem('x/policy.yaml', 'references'), raw).file).toBe('x/policy.yaml:3');
  });

  it('leaves a problem that has a line, or whose field is not written, as it is', () => {
    expect(atFieldLine(problem('x/1a.mdx:8', 'adopted'), raw).file).toBe('x/1a.mdx:8');
    expect(atFieldLine(problem('x/policy.yaml', 'updated'), raw).file).toBe('x/policy.yaml');
  });
});
