/**
 * Checks over every decision at once: the graph (xstate/graph), the wording's link to routing,
 * the clauses cited, the "I'm not sure" rule, the committed table of every path.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { loadAllMachines } from '../../machines/index';
import {
  allSteps,
  hasAlreadyHappened,
  metaOf,
  outcomeStates,
  startOf,
  stateMeta,
  stateNameOf,
} from '../../src/lib/decision';
import { renderDecisionPaths } from '../../src/lib/decision-table';
import { formatMonth } from '../../src/lib/dates';
import { versionMonth } from '../../src/lib/versions';
import { toSlug } from '../../src/lib/step-address';
import { CONTENT_ROOT, readPolicyFolder, readScenario, wordedMachines } from '../helpers/content-files';
import { describePath, outcomePaths } from '../helpers/decision-paths';

const machines = wordedMachines(await loadAllMachines());

for (const [id, machine] of machines) {
  describe(`decision ${id}`, () => {
    const steps = allSteps(machine);

    it('has a scenario page in content/scenarios with the same id', () => {
      expect(existsSync(`${CONTENT_ROOT}scenarios/${id}.mdx`)).toBe(true);
      expect(readScenario(CONTENT_ROOT, id).data.id).toBe(id);
      expect(machine.id).toBe(id);
    });

    it('reaches every state (xstate/graph): questions and outcomes as steps, deciding states on the way', () => {
      const reached = new Set(steps.map((step) => stateNameOf(step.snapshot)));
      // A deciding state ("every requirement met?") never rests: XState passes through it. It is
      // reached when a reached question leads to it, and each of its exits is then reached too.
      const deciding = Object.entries(machine.states).filter(([, node]) => (node.always?.length ?? 0) > 0);
      for (const [name, node] of deciding) {
        const enteredFrom = Object.entries(machine.states).filter(
          ([from, source]) =>
            reached.has(from) &&
            [...source.transitions.values()].flat().some((transition) => transition.target?.[0]?.key === name),
        );
        expect(enteredFrom.length, `${name} is entered from a reached question`).toBeGreaterThan(0);
        for (const exit of node.always ?? [])
          expect(reached, `${name} → ${exit.target?.[0]?.key ?? '?'}`).toContain(exit.target?.[0]?.key);
      }
      expect([...reached, ...deciding.map(([name]) => name)].sort()).toEqual(Object.keys(machine.states).sort());
    });

    it('ends every path in an outcome, and gives every question a way on', () => {
      for (const step of steps) {
        const meta = metaOf(machine, step.snapshot);
        expect(step.snapshot.status === 'done', stateNameOf(step.snapshot)).toBe(meta.kind === 'outcome');
      }
      for (const [name, node] of Object.entries(machine.states)) {
        if (node.type !== 'final') expect(node.transitions.size + (node.always?.length ?? 0), name).toBeGreaterThan(0);
      }
    });

    it('gives every outcome a verdict, at least one clause, and the parts its verdict needs', () => {
      for (const [name, meta] of outcomeStates(machine)) {
        expect(meta.cites.length, name).toBeGreaterThan(0);
        if (meta.verdict === 'allowed-with-conditions')
          expect((meta.conditions?.length ?? 0) > 0 || meta.listsUnmetRequirements === true, name).toBe(true);
        if (meta.verdict === 'allowed')
          expect(meta.conditions, `${name}: conditions make it "allowed with conditions"`).toBeUndefined();
        if (meta.verdict === 'not-allowed' || meta.verdict === 'may-lead-to-discipline')
          expect(meta.wouldAllow ?? meta.askWhom, name).toBeTruthy();
        if (meta.verdict === 'not-decided' || meta.verdict === 'find-out-first')
          expect(meta.askWhom, name).toBeTruthy();
      }
    });

    it('states, for every answer, the facts it establishes (for the consistency test)', () => {
      for (const [name, node] of Object.entries(machine.states)) {
        const { meta } = node;
        if (meta?.kind !== 'question') continue;
        for (const option of meta.answers)
          expect(Object.keys(option.facts ?? {}).length, `${name} → ${option.answer}`).toBeGreaterThan(0);
        expect(
          meta.premise === undefined || name === stateNameOf(startOf(machine)),
          `${name}: only the first question states a premise`,
        ).toBe(true);
      }
      const first = metaOf(machine, startOf(machine));
      expect(
        first.kind === 'question' && first.premise?.activity,
        'the first question states the activity the decision is about',
      ).toBeTruthy();
    });

    it('says "find out first" for a fact the person is not sure of, and "not decided" only where the policy is silent', () => {
      for (const path of outcomePaths(id, machine)) {
        const last = path.steps.at(-1);
        const unsureAnswers = path.steps.filter((step) => step.answer === 'notSure');
        if (path.meta.verdict === 'find-out-first')
          expect(unsureAnswers.length, `${describePath(path)}: no "I'm not sure" on the way`).toBeGreaterThan(0);
        if (last?.answer !== 'notSure') continue;
        // A final "I'm not sure" ends in "find out first", in an outcome that explains why the answer is the same either way,
        // or in a stricter verdict an earlier answer already forced (a checklist with a "No" in it).
        const forced =
          (path.meta.verdict === 'not-allowed' || path.meta.verdict === 'may-lead-to-discipline') &&
          path.steps.some((step) => step.answer === 'no');
        expect(
          path.meta.verdict === 'find-out-first' || path.meta.eitherWay !== undefined || forced,
          describePath(path),
        ).toBe(true);
      }
    });

    it('says what to do now on every outcome a person reaches after saying it has already happened', () => {
      const reachedAfterTheFact = new Set(
        steps
          .filter((step) => step.snapshot.status === 'done' && hasAlreadyHappened(step.snapshot))
          .map((step) => stateNameOf(step.snapshot)),
      );
      for (const name of reachedAfterTheFact) {
        const meta = stateMeta(machine, name);
        expect(meta?.kind === 'outcome' && (meta.afterTheFact?.length ?? 0) > 0, name).toBe(true);
      }
      // A step in the policy's words names the clauses it follows from; advice names none.
      for (const [name, meta] of outcomeStates(machine))
        for (const action of [...(meta.nextSteps ?? []), ...(meta.afterTheFact ?? [])])
          if (action.says === 'policy') expect(action.cites.length, `${name}: "${action.text}"`).toBeGreaterThan(0);
    });

    it('assumes, for a link made before a question existed, only an answer that question offers', () => {
      for (const [name, node] of Object.entries(machine.states)) {
        const { meta } = node;
        if (meta?.kind !== 'question' || meta.assumedWhenMissing === undefined) continue;
        expect(
          meta.answers.map((option) => option.answer),
          name,
        ).toContain(meta.assumedWhenMissing);
      }
    });

    it('keeps question and answer names usable in addresses', () => {
      for (const [name, node] of Object.entries(machine.states)) {
        expect(toSlug(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        const { meta } = node;
        if (meta?.kind === 'question')
          for (const option of meta.answers) expect(toSlug(option.answer)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    });
  });
}

describe('all decisions together', () => {
  it('match the committed table of every path (npm run update-decision-paths)', async () => {
    // The version each decision decides against, named as the site names it.
    const decidedAgainst = (id: string) => {
      const slug = readScenario(CONTENT_ROOT, id).data.policy;
      const { policy } = readPolicyFolder(CONTENT_ROOT, slug);
      const month = versionMonth(policy);
      return month
        ? `${policy.citationTitle} as of ${formatMonth(month)} (/${slug}/${month}/)`
        : `${policy.citationTitle} (undated)`;
    };
    // A file snapshot: `npm run update-decision-paths` (vitest --update) rewrites it; review its diff.
    await expect(renderDecisionPaths(machines, decidedAgainst)).toMatchFileSnapshot('./decision-paths.md');
  });
});
