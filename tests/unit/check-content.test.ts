import { describe, expect, it } from 'vitest';
import { ClauseSchema, PolicySchema } from '../../content/schema';
import { checkPolicyContent } from '../../src/lib/check-content';
import { formatContentProblems } from '../../src/lib/content-problems';
import { clause, policy, policyInput } from '../helpers/content-builders';

describe('checkPolicyContent', () => {
  it('accepts consistent content', () => {
    expect(
      checkPolicyContent([policy()], [clause('1a'), clause('1b', { related: ['1a'], definitions: ['thing'] })]),
    ).toEqual([]);
  });

  it('names both files of a duplicate clause id', () => {
    const second = { ...clause('1a'), file: 'content/policies/fixture/clauses/1a-copy.mdx' };
    const [problem] = checkPolicyContent([policy()], [clause('1a'), second]);
    expect(problem).toMatchObject({ file: 'content/policies/fixture/clauses/1a.mdx', field: 'id' });
    expect(problem?.message).toContain('1a-copy.mdx');
  });

  it('rejects a section the policy does not have, listing the ones it has', () => {
    const [problem] = checkPolicyContent([policy()], [clause('2a', { section: 2 })]);
    expect(problem).toMatchObject({ field: 'section' });
    expect(problem?.message).toContain('its sections: 1');
  });

  it('rejects a related clause that does not exist', () => {
    const problems = checkPolicyContent([policy()], [clause('1a', { related: ['1z'] })]);
    expect(problems).toEqual([
      expect.objectContaining({ field: 'related', message: expect.stringContaining('"1z" is not a clause') }),
    ]);
  });

  it('rejects a definition that does not exist, listing the ones that do', () => {
    const problems = checkPolicyContent([policy()], [clause('1a', { definitions: ['widget'] })]);
    expect(problems).toEqual([
      expect.objectContaining({ field: 'definitions', message: expect.stringContaining('its definitions: thing') }),
    ]);
  });

  it('rejects an empty clause and an id that disagrees with its section', () => {
    const problems = checkPolicyContent(
      [
        policy({
          sections: [
            { number: 1, title: 'A' },
            { number: 2, title: 'B' },
          ],
        }),
      ],
      [clause('1a', { section: 2 }, '  ')],
    );
    expect(problems.map((problem) => problem.field).sort()).toEqual(['(body)', 'id']);
  });

  it('accepts dotted ids in a policy that declares dotted numbering, and rejects a mix', () => {
    const dotted = policy({ numbering: 'dotted' });
    expect(checkPolicyContent([dotted], [clause('1.1'), clause('1.2'), clause('1.2.1')])).toEqual([]);
    expect(checkPolicyContent([dotted], [clause('1.1'), clause('1a')])).toEqual([
      expect.objectContaining({
        file: 'content/policies/fixture/clauses/1a.mdx',
        field: 'id',
        message: expect.stringContaining(
          'numbered letters, but content/policies/fixture/policy.yaml declares numbering: dotted',
        ),
      }),
    ]);
  });

  it('accepts a procedure whose numbered lines are clauses (no sections), and names a section given, a missing one, and a sub-clause without its clause', () => {
    const unsectioned = policy({ numbering: 'dotted', sections: [], procedures: undefined });
    const bare = (id: string) => clause(id, { section: undefined });
    expect(checkPolicyContent([unsectioned], [bare('1'), bare('1.1'), bare('1.1.1'), bare('2')])).toEqual([]);
    expect(checkPolicyContent([unsectioned], [bare('1'), clause('1.1')])).toEqual([
      expect.objectContaining({
        file: 'content/policies/fixture/clauses/1.1.mdx',
        field: 'section',
        message: expect.stringContaining(
          'lists no sections (the procedure prints no section headings), so leave out "section:"',
        ),
      }),
    ]);
    expect(checkPolicyContent([unsectioned], [bare('1'), bare('2.1')])).toEqual([
      expect.objectContaining({
        file: 'content/policies/fixture/clauses/2.1.mdx',
        field: 'id',
        message: expect.stringContaining('a sub-clause of "2", which has no file; add clauses/2.mdx'),
      }),
    ]);
    // In a policy that lists sections, a clause must say which one it sits under.
    expect(checkPolicyContent([policy()], [clause('1a', { section: undefined })])).toEqual([
      expect.objectContaining({ field: 'section', message: expect.stringContaining('e.g. "section: 1"') }),
    ]);
  });

  it('rejects a clause folder without a policy.yaml', () => {
    const orphan = { ...clause('1a'), policySlug: 'elsewhere' };
    expect(checkPolicyContent([policy()], [clause('1a'), orphan])).toEqual([
      expect.objectContaining({ field: '(folder)' }),
    ]);
  });

  it('formats every problem on its own line with file and field', () => {
    const text = formatContentProblems([{ file: 'a.mdx', field: 'id', message: 'duplicate' }]);
    expect(text).toBe('The policy content has 1 problem:\n  a.mdx — field "id": duplicate');
  });
});

describe('checkPolicyContent, in policy.yaml', () => {
  it('names a definition id used twice', () => {
    const twice = policy({
      definitions: [...(policyInput.definitions ?? []), { id: 'thing', term: 'Other', text: '“Other” means.' }],
    });
    expect(checkPolicyContent([twice], [clause('1a')])).toEqual([
      expect.objectContaining({
        field: 'definitions',
        message: expect.stringContaining('definition id "thing" is used twice'),
      }),
    ]);
  });

  it('names a status note about a clause that does not exist', () => {
    expect(checkPolicyContent([policy({ statusNoteClauses: ['9z'] })], [clause('1a')])).toEqual([
      expect.objectContaining({ field: 'statusNoteClauses', message: expect.stringContaining('"9z" is not a clause') }),
    ]);
  });

  it('names a reading id used twice in a clause', () => {
    const readings = [
      { id: 'one', text: 'This site reads it so.' },
      { id: 'one', text: 'And so.' },
    ];
    expect(checkPolicyContent([policy()], [clause('1a', { readings })])).toEqual([
      expect.objectContaining({
        field: 'readings',
        message: expect.stringContaining('reading id "one" is used twice'),
      }),
    ]);
  });
});

describe('schemas', () => {
  it('explain a missing clause title', () => {
    const result = ClauseSchema.safeParse({ id: '1a', section: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['title']);
  });

  it('explain a malformed clause id', () => {
    const result = ClauseSchema.safeParse({ id: '1A', section: 1, title: 'T' });
    expect(result.error?.issues[0]?.message).toContain('e.g. "3e"; dotted, e.g. "1.2" or "1.2.1"');
    for (const id of ['3e', '1.2', '1.2.1', '4'])
      expect(ClauseSchema.safeParse({ id, section: 1, title: 'T' }).success).toBe(true);
    for (const id of ['1.2.3.4', '1.', '.1', 'e3'])
      expect(ClauseSchema.safeParse({ id, section: 1, title: 'T' }).success).toBe(false);
  });

  it('explain a date that is not a quoted YYYY-MM month', () => {
    const result = PolicySchema.safeParse({ ...policyInput, reviewed: 'February 2020' });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['reviewed'],
      message: expect.stringContaining("'YYYY-MM'"),
    });
  });
});
