/**
 * What the page sweeps (axe, the HTML validators) check. `npm test` checks one page per template
 * (the Astro route a page is built from) and, of the decisions, each stepper state that renders
 * differently: every verdict, every kind of question, every part an outcome can show. `npm run
 * test:full` (POLICY_TEST_TIER=full, run by CI beside npm test) checks every page and every step.
 */
import type { DecisionMachine } from '../../machines/types';
import { allSteps, hasAlreadyHappened, metaOf, unmetRequirementsOf, type Step } from '../../src/lib/decision';
import { stepPath } from '../../src/lib/step-address';
import { templateOf, type BuiltPage } from './built-site';

/** Whether this run is the exhaustive sweep. */
export const FULL_SWEEP = process.env.POLICY_TEST_TIER === 'full';

/** The pages to sweep: every page on the full sweep, else the first page of each template. */
export function pagesToSweep(pages: readonly BuiltPage[]): BuiltPage[] {
  if (FULL_SWEEP) return [...pages];
  const seen = new Set<string>();
  return pages.filter((page) => {
    const template = templateOf(page);
    if (seen.has(template)) return false;
    seen.add(template);
    return true;
  });
}

/** What a step shows that another may not: its kind of question, or its verdict and the parts of its outcome. */
function featuresOf(machine: DecisionMachine, step: Step): string[] {
  const meta = metaOf(machine, step.snapshot);
  if (meta.kind === 'question') {
    return [
      'question',
      ...(meta.hint ? ['question hint'] : []),
      ...(meta.answers.some((option) => option.hint) ? ['answer hint'] : []),
      ...(meta.requirement ? ['requirement'] : []),
      ...(meta.answers.length >= 5 ? ['five or more answers'] : []),
      ...(step.steps.length === 0 ? ['first question'] : []),
    ];
  }
  return [
    `verdict ${meta.verdict}`,
    ...(meta.conditions ? ['conditions'] : []),
    ...(meta.stillApplies ? ['what still applies'] : []),
    ...(meta.wouldAllow ? ['what would allow'] : []),
    ...(meta.askWhom ? ['whom to ask'] : []),
    ...(meta.nextSteps ? ['next steps'] : []),
    ...(meta.eitherWay ? ['either way'] : []),
    ...(meta.copyText ? ['text to copy'] : []),
    ...(meta.handOff ? ['hand-off'] : []),
    ...(meta.request ? [`request ${meta.request.letter}`] : []),
    ...(meta.readings ? ['readings'] : []),
    ...(unmetRequirementsOf(machine, step.snapshot).length > 0 && meta.listsUnmetRequirements ? ['unmet'] : []),
    ...(meta.afterTheFact && hasAlreadyHappened(step.snapshot) ? ['after the fact'] : []),
  ];
}

/** A step to sweep, with its decision and its address. */
export interface SweptStep {
  scenario: string;
  step: Step;
  href: string;
}

/**
 * The steps to sweep: every step of every decision on the full sweep, else a few that between them
 * show every feature any step shows (chosen greedily, most new features first), in decision order.
 */
export function stepsToSweep(machines: ReadonlyMap<string, DecisionMachine>): SweptStep[] {
  const every = [...machines].flatMap(([scenario, machine]) =>
    allSteps(machine).map((step) => ({
      scenario,
      step,
      href: `/questions/${scenario}/${stepPath(step.steps)}`,
      features: featuresOf(machine, step),
    })),
  );
  if (FULL_SWEEP) return every;
  const uncovered = new Set(every.flatMap((candidate) => candidate.features));
  const chosen: typeof every = [];
  while (uncovered.size > 0) {
    const best = every.reduce((a, b) =>
      b.features.filter((feature) => uncovered.has(feature)).length >
      a.features.filter((feature) => uncovered.has(feature)).length
        ? b
        : a,
    );
    chosen.push(best);
    for (const feature of best.features) uncovered.delete(feature);
  }
  const order = (candidate: (typeof every)[number]) => every.indexOf(candidate);
  return chosen.sort((a, b) => order(a) - order(b));
}
