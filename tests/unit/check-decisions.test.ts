import { describe, expect, it } from 'vitest';
import { createMachine, setup } from 'xstate';
import type { DecisionRouting } from '../../machines/types';
import { FactsSchema } from '../../content/schema';
import {
  checkDecisionFacts,
  checkDecisionRouting,
  checkDecisionVersions,
  checkScenarioContent,
} from '../../src/lib/check-decisions';
import friendRequestMachineRouting from '../../machines/decisions/friend-request';
import commercialMessageMachineRouting from '../fixtures/machines/decisions/commercial-message';
import { FIXTURE_CONTENT_ROOT, wordedMachine } from '../helpers/content-files';
import { clause, policy } from '../helpers/content-builders';

const commercialMessageMachine = wordedMachine(commercialMessageMachineRouting, FIXTURE_CONTENT_ROOT);
const friendRequestMachine = wordedMachine(friendRequestMachineRouting);

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

describe('checkDecisionRouting', () => {
  const question = (answers: string[], on: Record<string, string>) =>
    setup({ types: { meta: {} as DecisionRouting } }).createMachine({
      id: 'demo',
      initial: 'ask',
      states: {
        ask: { meta: { kind: 'question', answers: answers.map((answer) => ({ answer })), cites: ['1a'] }, on },
        done: { type: 'final', meta: { kind: 'outcome', verdict: 'allowed', cites: ['1a'] } },
      },
    });

  it('accepts every decision of this site, whose answers and transitions agree', () => {
    expect(checkDecisionRouting('friend-request', friendRequestMachine)).toEqual([]);
  });

  it('names the machine file and state of an answer without a transition and a transition without an answer', () => {
    const problems = checkDecisionRouting(
      'demo',
      question(['yes', 'no'], { 'answer.yes': 'done', 'answer.nope': 'done' }),
    );
    expect(problems).toEqual([
      {
        file: 'machines/decisions/demo.ts',
        field: 'states.ask.on',
        message: 'offers the answer "no" but has no transition "answer.no"; add one to its on: { … }',
      },
      {
        file: 'machines/decisions/demo.ts',
        field: 'states.ask.meta.answers',
        message:
          'has a transition "answer.nope" but offers no answer "nope"; add it to the question\'s answers or remove the transition',
      },
    ]);
  });
});
