/** A policy may leave out its dates (many published procedures do): the site says so, never a made-up month. */
import { wordedMachine } from '../helpers/content-files';
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import machineRouting from '../../machines/decisions/friend-request';
import { DecisionStep } from '../../src/components/decision/DecisionStep';
import { formatPublishedMonth } from '../../src/lib/dates';
import { replayAnswers } from '../../src/lib/decision';
import { describeStep, type StepContext } from '../../src/lib/step-view';

const machine = wordedMachine(machineRouting);

describe('a date a policy may leave out', () => {
  it('is shown as the month when given, and as "not published" when not', () => {
    expect(formatPublishedMonth('2020-02')).toBe('February 2020');
    expect(formatPublishedMonth(undefined)).toBe('not published');
  });

  it('an outcome names the review it was decided against, or says the date is not published', () => {
    const replay = replayAnswers(machine, new Map([['is-current-student', 'not-student']]));
    const view = describeStep(machine, replay.snapshot, replay.steps, '/questions/friend-request/');
    const html = (policy: StepContext['policy'], clauses: StepContext['clauses'] = {}) =>
      render(
        h(DecisionStep, {
          view,
          context: {
            scenarioTitle: 'T',
            wording: {},
            clauses,
            policy,
            scenarios: {},
            letters: {},
            verdictsHref: '/questions/#verdicts',
          },
        }),
      );
    const outcome = (policy: StepContext['policy']) => html(policy).replace(/<[^>]+>/g, '');
    const changesHref = '/policy/changes/';
    expect(outcome({ title: 'Policy', reviewed: 'February 2020', statusNoteClauses: [], changesHref })).toContain(
      'Decided against Policy as last reviewed in February 2020.',
    );
    expect(outcome({ title: 'Policy', statusNoteClauses: [], changesHref })).toContain(
      'Decided against Policy, whose last review date is not published.',
    );
    // A dated policy links the version decided against, kept at its own address.
    expect(
      html({
        title: 'Policy',
        reviewed: 'February 2020',
        statusNoteClauses: [],
        changesHref,
        versionHref: '/policy/2020-02/',
      }),
    ).toContain('as last reviewed in <a href="/policy/2020-02/">February 2020</a>.');
  });

  it('an outcome says when a clause it quotes was changed by a revision, and links what changed', () => {
    const replay = replayAnswers(machine, new Map([['is-current-student', 'not-student']]));
    const view = describeStep(machine, replay.snapshot, replay.steps, '/questions/friend-request/');
    const quote = (changedIn?: string) => ({
      id: '3e',
      label: '3(e)',
      title: 'Friend requests',
      href: '/policy/3e/',
      text: 'Staff shall not …',
      citation: 'Policy, s 3(e)',
      readings: {},
      ...(changedIn ? { changedIn } : {}),
    });
    const text = (changedIn?: string) =>
      render(
        h(DecisionStep, {
          view,
          context: {
            scenarioTitle: 'T',
            wording: {},
            clauses: { '3e': quote(changedIn) },
            policy: { title: 'Policy', reviewed: 'June 2025', statusNoteClauses: [], changesHref: '/policy/changes/' },
            scenarios: {},
            letters: {},
            verdictsHref: '/questions/#verdicts',
          },
        }),
      );
    expect(text('June 2025')).toContain('(changed in June 2025: <a href="/policy/changes/">what changed</a>)');
    expect(text()).not.toContain('changed in');
  });
});
