/** Authoring mistakes must stop the build with the file, the field and a way to fix it. */
import { FIXTURE_CONTENT_ROOT, wordedMachine } from '../helpers/content-files';
import { describe, expect, it } from 'vitest';
import { ClauseSchema, PolicySchema, type ClauseInput, type PolicyInput } from '../../content/schema';
import { createMachine } from 'xstate';
import { checkPolicyContent, type ClauseFile, type PolicyFile } from '../../src/lib/check-content';
import { checkDecisionFacts, checkDecisionVersions, checkScenarioContent } from '../../src/lib/check-decisions';
import { checkWorkedExamples } from '../../src/lib/check-examples';
import { formatContentProblems } from '../../src/lib/content-problems';
import { WorkedExampleSchema } from '../../content/schema';
import friendRequestMachineRouting from '../../machines/decisions/friend-request';
import commercialMessageMachineRouting from '../fixtures/machines/decisions/commercial-message';
import { FactsSchema } from '../../content/schema';

const commercialMessageMachine = wordedMachine(commercialMessageMachineRouting, FIXTURE_CONTENT_ROOT);

const friendRequestMachine = wordedMachine(friendRequestMachineRouting);

const policyInput: PolicyInput = {
  title: 'Fixture',
  citationTitle: 'Fixture',
  summary: 'A fixture.',
  adopted: '2020-01',
  reviewed: '2021-01',
  background: ['Background.'],
  definitions: [{ id: 'thing', term: 'Thing', text: '“Thing” means a thing.' }],
  procedures: 'Staff will:',
  sections: [{ number: 1, title: 'First' }],
};

function policy(overrides: Partial<PolicyInput> = {}): PolicyFile {
  return {
    slug: 'fixture',
    file: 'content/policies/fixture/policy.yaml',
    data: PolicySchema.parse({ ...policyInput, ...overrides }),
  };
}

function clause(id: string, overrides: Partial<ClauseInput> = {}, body = 'Clause text.'): ClauseFile {
  return {
    policySlug: 'fixture',
    file: `content/policies/fixture/clauses/${id}.mdx`,
    data: ClauseSchema.parse({ id, section: 1, title: `Clause ${id}`, ...overrides }),
    body,
  };
}

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

describe('checkScenarioContent', () => {
  const citing = (clauseId: string, handOff?: string, letter?: string) =>
    createMachine({
      id: 'demo',
      initial: 'done',
      states: {
        done: {
          type: 'final',
          meta: {
            kind: 'outcome',
            verdict: 'allowed',
            title: 'T',
            explanation: 'E',
            cites: clauseId ? [clauseId] : [],
            ...(handOff ? { handOff: { scenario: handOff, label: 'L' } } : {}),
            ...(letter ? { request: { letter, addressees: ['principal'], cites: [clauseId] } } : {}),
          },
        },
      },
    });
  const scenario = { file: 'content/scenarios/demo.mdx', name: 'demo', data: { id: 'demo', policy: 'fixture' } };
  const letters = new Map([['fixture', ['group-approval']]]);

  it('accepts a machine whose citations all exist', () => {
    expect(
      checkScenarioContent([scenario], new Map([['demo', citing('1a')]]), [policy()], [clause('1a')], letters),
    ).toEqual([]);
  });

  it('names the machine, the state and the clause id when a cited clause does not exist', () => {
    const [problem] = checkScenarioContent(
      [scenario],
      new Map([['demo', citing('9z')]]),
      [policy()],
      [clause('1a')],
      letters,
    );
    expect(problem).toMatchObject({ file: 'machines/decisions/demo.ts', field: 'states.done.meta.cites' });
    expect(problem?.message).toContain('"9z"');
  });

  it('names an outcome whose request letter the policy’s letters.yaml does not have, listing those it has', () => {
    expect(
      checkScenarioContent(
        [scenario],
        new Map([['demo', citing('1a', undefined, 'group-approval')]]),
        [policy()],
        [clause('1a')],
        letters,
      ),
    ).toEqual([]);
    expect(
      checkScenarioContent(
        [scenario],
        new Map([['demo', citing('1a', undefined, 'permission')]]),
        [policy()],
        [clause('1a')],
        letters,
      ),
    ).toEqual([
      expect.objectContaining({
        file: 'machines/decisions/demo.ts',
        field: 'states.done.meta.request.letter',
        message: expect.stringContaining(
          '"permission", which content/policies/fixture/letters.yaml does not have (its letters: group-approval)',
        ),
      }),
    ]);
  });

  it('rejects an outcome that cites nothing, a missing machine and an unknown hand-over', () => {
    expect(
      checkScenarioContent([scenario], new Map([['demo', citing('')]]), [policy()], [clause('1a')], letters)[0]
        ?.message,
    ).toContain('cites no clause');
    expect(checkScenarioContent([scenario], new Map(), [policy()], [clause('1a')], letters)[0]?.message).toContain(
      'no machine "demo"',
    );
    expect(
      checkScenarioContent(
        [scenario],
        new Map([['demo', citing('1a', 'elsewhere')]]),
        [policy()],
        [clause('1a')],
        letters,
      )[0]?.message,
    ).toContain('"elsewhere"');
  });
});

describe('checkDecisionVersions', () => {
  const current = new Map([['fixture', { month: '2026-09', name: 'September 2026' }]]);
  const decision = (checkedAgainst: string | undefined, policy = 'fixture') => ({
    file: 'content/scenarios/friend-request.mdx',
    policy,
    checkedAgainst,
  });

  it('stops the build when a revision makes a decision unchecked, saying what to do', () => {
    expect(checkDecisionVersions([decision('2020-02')], current)).toEqual([
      {
        file: 'content/scenarios/friend-request.mdx',
        field: 'checkedAgainst',
        message:
          "the decision was checked against 2020-02, but fixture is now the version of September 2026: read each outcome against the new words (its changes page lists them, and tests/machines/decision-paths.md every path), correct the decision, then set checkedAgainst: '2026-09'",
      },
    ]);
    expect(checkDecisionVersions([decision(undefined)], current)).toHaveLength(1);
  });

  it('accepts a decision checked against the current version, and one whose policy is undated', () => {
    expect(checkDecisionVersions([decision('2026-09'), decision(undefined, 'undated-policy')], current)).toEqual([]);
  });
});

describe('checkDecisionFacts', () => {
  const vocabulary = FactsSchema.parse({
    commercial: { about: 'Whether the message is commercial.', values: ['yes', 'no', 'unsure'] },
    consent: { about: 'Whether each person consented.', values: ['yes', 'no', 'unsure'] },
  });
  const decision = { id: 'commercial-message', policy: 'fixture-messages', machine: commercialMessageMachine };

  it('accepts answers whose facts and values the policy declares', () => {
    expect(checkDecisionFacts([decision], new Map([['fixture-messages', vocabulary]]))).toEqual([]);
  });

  it('names the machine, the answer and the facts.yaml for an undeclared fact or value', () => {
    const narrowed = { commercial: { about: 'x', values: ['yes', 'no'] } };
    expect(checkDecisionFacts([decision], new Map([['fixture-messages', narrowed]]))).toEqual([
      {
        file: 'machines/decisions/commercial-message.ts',
        field: 'states.isCommercial.meta.answers.notSure.facts',
        message:
          'gives the fact "commercial" the value "unsure", which content/policies/fixture-messages/facts.yaml does not list (its values: yes, no)',
      },
      ...['yes', 'no', 'notSure'].map((answer) => ({
        file: 'machines/decisions/commercial-message.ts',
        field: `states.hasConsent.meta.answers.${answer}.facts`,
        message:
          'asserts the fact "consent", which content/policies/fixture-messages/facts.yaml does not declare (its facts: commercial); add it there or fix the name',
      })),
    ]);
  });

  it('says so when a decision states facts and its policy has no facts.yaml', () => {
    const problems = checkDecisionFacts([decision], new Map());
    expect(problems).toHaveLength(6);
    expect(problems[0]?.message).toBe(
      'asserts the fact "commercial", but content/policies/fixture-messages/facts.yaml does not exist; declare the policy\'s facts there',
    );
  });

  it('checks a premise as well as the answers', () => {
    const problems = checkDecisionFacts(
      [{ id: 'friend-request', policy: 'p', machine: friendRequestMachine }],
      new Map([['p', FactsSchema.parse({ unrelated: { about: 'x', values: ['a', 'b'] } })]]),
    );
    expect(problems.map((problem) => problem.field)).toContainEqual(expect.stringMatching(/\.meta\.premise$/));
  });
});

describe('checkWorkedExamples', () => {
  const example = (walk: object) =>
    WorkedExampleSchema.parse({
      id: 'an-example',
      topic: 'connecting-with-students',
      title: 'T',
      situation: 'S',
      answer: 'A',
      walks: [{ scenario: 'friend-request', verdict: 'not-allowed', cites: ['3e'], ...walk }],
    });
  const check = (walk: object, topics = ['connecting-with-students']) =>
    checkWorkedExamples(
      [{ file: 'content/examples.yaml', data: example(walk) }],
      new Map([['friend-request', friendRequestMachine]]),
      topics,
    );
  const NOT_ALLOWED = {
    hasItHappened: 'notYet',
    isCurrentStudent: 'student',
    whatKindOfConnection: 'request',
    isPartOfCourseOrClub: 'no',
  };

  it('accepts a walk that reaches its verdict and quotes its clauses', () => {
    expect(check({ answers: NOT_ALLOWED })).toEqual([]);
  });

  it('names the example and the field when the answers lead to another verdict', () => {
    expect(check({ answers: NOT_ALLOWED, verdict: 'allowed' })).toEqual([
      expect.objectContaining({
        field: 'an-example.walks[0].verdict',
        message: expect.stringContaining('now lead to "Not allowed"'),
      }),
    ]);
  });

  it('says when the answers are out of order, unknown, or stop before an outcome', () => {
    expect(check({ answers: { hasItHappened: 'notYet', whatKindOfConnection: 'request' } })[0]?.message).toContain(
      'asks "isCurrentStudent" here',
    );
    expect(check({ answers: { hasItHappened: 'notYet', isCurrentStudent: 'maybe' } })[0]?.message).toContain(
      '"maybe" is not an answer',
    );
    expect(check({ answers: { hasItHappened: 'notYet', isCurrentStudent: 'student' } })[0]?.message).toContain(
      'stop at the question "whatKindOfConnection"',
    );
  });

  it('names a topic that example-topics.yaml does not list, and lists those it does', () => {
    const NOT_ALLOWED_WALK = { answers: NOT_ALLOWED };
    expect(check(NOT_ALLOWED_WALK, ['your-own-posts', 'after-the-fact'])).toEqual([
      expect.objectContaining({
        field: 'an-example.topic',
        message: expect.stringContaining('(its topics: your-own-posts, after-the-fact)'),
      }),
    ]);
  });

  it('names a clause the outcome does not quote', () => {
    expect(check({ answers: NOT_ALLOWED, cites: ['2a'] })[0]).toMatchObject({ field: 'an-example.walks[0].cites' });
  });
});
