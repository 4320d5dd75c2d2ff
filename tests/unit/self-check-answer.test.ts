/**
 * A self-check's answers are never typed twice: each is the verdict its worked example reaches in the
 * decision as the build finds it. Shown on the fixture site's decision and example: a decision
 * changed to give another verdict changes the answer, and the example that still states the old one
 * stops the build.
 */
import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { checkWorkedExamples } from '../../src/lib/check-examples';
import { selfCheckAnswer } from '../../src/lib/self-check-answer';
import { readExamples } from '../../src/lib/content-files';
import type { DecisionMachine, OutcomeRouting } from '../../machines/types';
import type { Verdict } from '../../machines/verdicts';
import commercialMessage from '../fixtures/machines/decisions/commercial-message';
import { FIXTURE_CONTENT_ROOT, wordedMachine } from '../helpers/content-files';

const example = readExamples(FIXTURE_CONTENT_ROOT).find((candidate) => candidate.selfCheck);
if (!example) throw new Error('tests/fixtures/content/examples.yaml has no example marked selfCheck');

/** The fixture decision with one outcome's verdict changed, as an author might change it. */
function withVerdict(outcome: string, verdict: Verdict): DecisionMachine {
  const states = commercialMessage.config.states ?? {};
  const state = states[outcome] ?? {};
  return createMachine({
    ...commercialMessage.config,
    states: { ...states, [outcome]: { ...state, meta: { ...(state.meta as OutcomeRouting), verdict } } },
  });
}

describe('a self-check answer on the fixture site', () => {
  it('is the verdict the worked example’s walk reaches in the decision, with the clauses the example names', () => {
    const machines = new Map([['commercial-message', wordedMachine(commercialMessage, FIXTURE_CONTENT_ROOT)]]);
    expect(selfCheckAnswer(example, machines)).toEqual({
      id: 'fundraiser-email-with-consent',
      verdict: 'allowed-with-conditions',
      cites: example.walks[0]?.cites,
    });
  });

  it('changes when the decision gives another verdict, and the example stating the old one stops the build', () => {
    const changed = wordedMachine(withVerdict('allowedWithConditions', 'not-allowed'), FIXTURE_CONTENT_ROOT);
    const machines = new Map([['commercial-message', changed]]);
    expect(selfCheckAnswer(example, machines)).toMatchObject({ verdict: 'not-allowed' });
    const problems = checkWorkedExamples([{ file: 'tests/fixtures/content/examples.yaml', data: example }], machines, [
      example.topic,
    ]);
    expect(problems.map((problem) => problem.field)).toContain('fundraiser-email-with-consent.walks[0].verdict');
  });
});
