/**
 * Over 10 000 random and hostile step addresses thrown at every decision (unknown questions, huge
 * values, script fragments, encodings, outdated answers): reading, replaying and rendering never
 * throw, nothing from the address is rendered, and each lands on a real step with a notice. The
 * replay is XState's, the code the stepper island runs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { loadAllMachines } from '../../machines/index';
import { metaOf, replayAnswers } from '../../src/lib/decision';
import { parseStepPath, toSlug } from '../../src/lib/step-address';
import { describeStep, type StepContext } from '../../src/lib/step-view';
import { DecisionStep } from '../../src/components/decision/DecisionStep';

const machines = await loadAllMachines();
const RUNS_PER_DECISION = 1500;
const context: StepContext = {
  scenarioTitle: 'Fuzz',
  clauses: {},
  policy: { title: 'Policy', reviewed: 'February 2020', statusNoteClauses: [], changesHref: '/policy/changes/' },
  scenarios: {},
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

    it(`survives ${RUNS_PER_DECISION} random and hostile addresses`, () => {
      fc.assert(
        fc.property(fc.array(segment, { maxLength: 12 }), (segments) => {
          const { answers: given, malformed } = parseStepPath(segments.join('/'));
          const replay = replayAnswers(machine, given);
          expect(['question', 'outcome']).toContain(metaOf(machine, replay.snapshot).kind);
          // Every answer used or ignored came from the address, but for those assumed for a question added later.
          expect(replay.steps.length - replay.assumed.length + replay.ignored.length).toBeLessThanOrEqual(given.size);
          const view = describeStep(machine, replay.snapshot, replay.steps, `/questions/${id}/`);
          const notice =
            replay.ignored.length + malformed.length > 0 ? 'Some answers in this link no longer fit.' : undefined;
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
