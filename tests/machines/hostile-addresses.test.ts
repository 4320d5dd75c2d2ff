/**
 * Over 10 000 random and hostile step addresses thrown at every decision (unknown questions, huge
 * values, script fragments, encodings, outdated answers): reading, replaying and rendering never
 * throw, nothing from the address is rendered, each lands on a real step of the decision, and an
 * address with anything unused gets the notice the stepper island shows (src/lib/link-notice.ts).
 * The replay is XState's, the code the island runs. Only real steps can render, so each distinct
 * step and notice is rendered once, however many addresses land on it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { loadAllMachines } from '../../machines/index';
import { allSteps, replayAnswers } from '../../src/lib/decision';
import { noticeForLink } from '../../src/lib/link-notice';
import { parseStepPath, stepPath, toSlug } from '../../src/lib/step-address';
import { describeStep, type StepContext } from '../../src/lib/step-view';
import { DecisionStep } from '../../src/components/decision/DecisionStep';
import { CONTENT_ROOT, readLetters, readScenario, wordedMachines } from '../helpers/content-files';

const machines = wordedMachines(await loadAllMachines());
const RUNS_PER_DECISION = 1500;
const context: StepContext = {
  scenarioTitle: 'Fuzz',
  wording: {},
  clauses: {},
  policy: { title: 'Policy', reviewed: 'February 2020', statusNoteClauses: [], changesHref: '/policy/changes/' },
  scenarios: {},
  // The real letters of every policy with decisions, so that outcomes that prepare one render it
  // under hostile input too.
  letters: Object.assign(
    {},
    ...[...new Set([...machines.keys()].map((id) => readScenario(CONTENT_ROOT, id).data.policy))].map((policy) =>
      readLetters(CONTENT_ROOT, policy),
    ),
  ),
  verdictsHref: '/questions/#verdicts',
};
const hostile = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%3Cscript%3E',
  '../../etc/passwd',
  '\u0000',
  'x'.repeat(5000),
];

for (const [id, machine] of machines) {
  describe(`decision ${id}`, () => {
    const questions = Object.keys(machine.states).map(toSlug);
    const answers = ['yes', 'no', 'not-sure', 'student', 'spoken-only', 'images', 'under16', 'own-name'];
    const segment = fc.oneof(
      fc
        .tuple(fc.constantFrom(...questions), fc.constantFrom(...answers))
        .map(([question, answer]) => `${question}=${answer}`),
      fc
        .tuple(fc.constantFrom(...questions), fc.constantFrom(...hostile))
        .map(([question, value]) => `${question}=${encodeURIComponent(value)}`),
      fc.constantFrom(...hostile),
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 30 }).map(encodeURIComponent),
    );

    const realSteps = new Set(allSteps(machine).map((step) => stepPath(step.steps)));
    const rendered = new Set<string>();

    it(`survives ${RUNS_PER_DECISION} random and hostile addresses`, () => {
      fc.assert(
        fc.property(fc.array(segment, { maxLength: 12 }), (segments) => {
          const { answers: given, malformed } = parseStepPath(segments.join('/'));
          const replay = replayAnswers(machine, given);
          // It lands on a step a person can reach by answering, never on a state of its own making.
          expect(realSteps.has(stepPath(replay.steps)), stepPath(replay.steps)).toBe(true);
          // Every answer used or ignored came from the address, but for those assumed for a question added later.
          expect(replay.steps.length - replay.assumed.length + replay.ignored.length).toBeLessThanOrEqual(given.size);
          const { notice } = noticeForLink(machine, replay, given, malformed);
          // Anything in the address that was not used is said, never passed over in silence.
          if (replay.ignored.length + malformed.length > 0) expect(notice).toBeDefined();
          const key = `${stepPath(replay.steps)} ${notice ?? ''}`;
          if (rendered.has(key)) return;
          rendered.add(key);
          const view = describeStep(machine, replay.snapshot, replay.steps, `/questions/${id}/`);
          const html = render(h(DecisionStep, { view, context, notice }));
          expect(html).not.toMatch(/<script|onerror=|javascript:|<img/i);
          if (notice) expect(html).toContain(notice);
          for (const href of html.match(/href="[^"]*"/g) ?? []) expect(href).toMatch(/^href="(\/questions\/|#)/);
        }),
        { numRuns: RUNS_PER_DECISION },
      );
    });
  });
}
