/** A policy may leave out its dates (many published procedures do): the site says so, never a made-up month. */
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { friendRequestMachine as machine } from '../../machines/friend-request';
import { DecisionStep } from '../../src/components/decision/DecisionStep';
import { formatPublishedMonth } from '../../src/lib/dates';
import { replayAnswers } from '../../src/lib/decision';
import { describeStep, type StepContext } from '../../src/lib/step-view';

describe('a date a policy may leave out', () => {
  it('is shown as the month when given, and as "not published" when not', () => {
    expect(formatPublishedMonth('2020-02')).toBe('February 2020');
    expect(formatPublishedMonth(undefined)).toBe('not published');
  });

  it('an outcome names the review it was decided against, or says the date is not published', () => {
    const replay = replayAnswers(machine, new Map([['is-current-student', 'not-student']]));
    const view = describeStep(machine, replay.snapshot, replay.steps, '/questions/friend-request/');
    const outcome = (policy: StepContext['policy']) =>
      render(
        h(DecisionStep, {
          view,
          context: { scenarioTitle: 'T', clauses: {}, policy, scenarios: {}, verdictsHref: '/questions/#verdicts' },
        }),
      ).replace(/<[^>]+>/g, '');
    expect(outcome({ title: 'Policy', reviewed: 'February 2020', statusNoteClauses: [] })).toContain(
      'Decided against Policy as last reviewed in February 2020.',
    );
    expect(outcome({ title: 'Policy', statusNoteClauses: [] })).toContain(
      'Decided against Policy, whose last review date is not published.',
    );
  });
});
