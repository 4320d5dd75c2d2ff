/**
 * Checks over every decision at once: the graph (xstate/graph), the wording's link to routing,
 * the clauses cited, the committed table of every path, and robustness to any input.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { getSimplePaths } from 'xstate/graph';
import { loadAllMachines } from '../../machines/index';
import type { DecisionMachine, DecisionMeta } from '../../machines/types';
import { VERDICTS } from '../../machines/verdicts';
import {
  citationsOf,
  compileDecision,
  metaOf,
  outcomeStates,
  parseStepPath,
  replayAnswers,
  startOf,
  stateNameOf,
  toSlug,
  walkAllSteps,
} from '../../src/lib/decision';
import { graphWalker } from '../../src/lib/decision-walk';
import { renderDecisionPaths } from '../../src/lib/decision-table';
import { CONTENT_ROOT, readMdx, readPolicyFolder } from '../helpers/content-files';
import { describePath, outcomePaths } from '../helpers/decision-paths';

const machines = await loadAllMachines();
const clauseIds = readPolicyFolder(CONTENT_ROOT, 'electronic-social-media').clauses.map((clause) => String(clause.frontmatter['id']));
const TABLE = new URL('./decision-paths.md', import.meta.url);

function answerEvents(machine: DecisionMachine) {
  const answers = new Set(
    Object.values(machine.states).flatMap((node) => {
      const meta = node.meta as DecisionMeta | undefined;
      return meta?.kind === 'question' ? meta.answers.map((option) => option.answer) : [];
    }),
  );
  return [...answers].map((answer) => ({ type: `answer.${answer}` }));
}

for (const [id, machine] of machines) {
  describe(`decision ${id}`, () => {
    const paths = getSimplePaths(machine, { events: answerEvents(machine) });

    it('has a scenario page in content/scenarios with the same id', () => {
      const page = new URL(`scenarios/${id}.mdx`, `file://${CONTENT_ROOT}`).pathname;
      expect(existsSync(page)).toBe(true);
      expect(readMdx(page).frontmatter['id']).toBe(id);
      expect(machine.id).toBe(id);
    });

    it('reaches every state (xstate/graph)', () => {
      const reached = new Set(paths.map((path) => stateNameOf(path.state)));
      const transient = Object.entries(machine.states)
        .filter(([, node]) => (node.always?.length ?? 0) > 0)
        .map(([name]) => name);
      expect([...reached, ...transient].sort()).toEqual(Object.keys(machine.states).sort());
    });

    it('ends every path in an outcome, and gives every question a way on', () => {
      for (const path of paths) {
        const meta = metaOf(machine, path.state);
        if (meta.kind === 'question') expect(path.state.status, stateNameOf(path.state)).toBe('active');
      }
      for (const step of walkAllSteps(machine)) {
        const meta = metaOf(machine, step.snapshot);
        expect(step.snapshot.status === 'done', stateNameOf(step.snapshot)).toBe(meta.kind === 'outcome');
      }
      for (const [name, node] of Object.entries(machine.states)) {
        if (node.type !== 'final') expect(node.transitions.size + (node.always?.length ?? 0), name).toBeGreaterThan(0);
      }
    });

    it('offers exactly the answers its transitions handle', () => {
      for (const [name, node] of Object.entries(machine.states)) {
        const meta = node.meta as DecisionMeta | undefined;
        if (meta?.kind !== 'question') continue;
        expect([...node.transitions.keys()].sort(), name).toEqual(meta.answers.map((option) => `answer.${option.answer}`).sort());
      }
    });

    it('gives every outcome a verdict, at least one clause, and the parts its verdict needs', () => {
      for (const [name, meta] of outcomeStates(machine)) {
        expect(VERDICTS, name).toContain(meta.verdict);
        expect(meta.cites.length, name).toBeGreaterThan(0);
        if (meta.verdict === 'allowed-with-conditions') expect((meta.conditions?.length ?? 0) > 0 || meta.listsUnmetRequirements === true, name).toBe(true);
        if (meta.verdict === 'allowed') expect(meta.conditions, `${name}: conditions make it "allowed with conditions"`).toBeUndefined();
        if (meta.verdict === 'not-allowed' || meta.verdict === 'may-lead-to-discipline') expect(meta.wouldAllow ?? meta.askWhom, name).toBeTruthy();
        if (meta.verdict === 'not-decided' || meta.verdict === 'find-out-first') expect(meta.askWhom, name).toBeTruthy();
      }
    });

    it('states, for every answer, the facts it establishes (for the consistency test)', () => {
      for (const [name, node] of Object.entries(machine.states)) {
        const meta = node.meta as DecisionMeta | undefined;
        if (meta?.kind !== 'question') continue;
        for (const option of meta.answers) expect(Object.keys(option.facts ?? {}).length, `${name} → ${option.answer}`).toBeGreaterThan(0);
        expect(meta.premise === undefined || name === stateNameOf(startOf(machine)), `${name}: only the first question states a premise`).toBe(true);
      }
      const first = metaOf(machine, startOf(machine));
      expect(first.kind === 'question' && first.premise?.activity, 'the first question states the activity the decision is about').toBeTruthy();
    });

    it('says "find out first" for a fact the person is not sure of, and "not decided" only where the policy is silent', () => {
      for (const path of outcomePaths(id, machine)) {
        const last = path.steps.at(-1);
        const unsureAnswers = path.steps.filter((step) => step.answer === 'notSure');
        if (path.meta.verdict === 'find-out-first') expect(unsureAnswers.length, `${describePath(path)}: no "I'm not sure" on the way`).toBeGreaterThan(0);
        if (last?.answer !== 'notSure') continue;
        // A final "I'm not sure" ends in "find out first", in an outcome that explains why the answer is the same either way,
        // or in a stricter verdict an earlier answer already forced (a checklist with a "No" in it).
        const forced =
          (path.meta.verdict === 'not-allowed' || path.meta.verdict === 'may-lead-to-discipline') && path.steps.some((step) => step.answer === 'no');
        expect(path.meta.verdict === 'find-out-first' || path.meta.eitherWay !== undefined || forced, describePath(path)).toBe(true);
      }
    });

    it('cites only clauses the policy has', () => {
      for (const { state, clauseId } of citationsOf(machine)) expect(clauseIds, `${state} cites ${clauseId}`).toContain(clauseId);
    });

    it('compiles to a graph the stepper island walks to the same step on every path', () => {
      const walker = graphWalker(compileDecision(machine));
      for (const step of walkAllSteps(machine)) {
        let position = walker.start;
        for (const answered of step.steps) {
          expect(walker.stateOf(position)).toBe(answered.question);
          const next = walker.answer(position, answered.answer);
          expect(next, `${answered.question} → ${answered.answer}`).toBeDefined();
          position = next ?? -1;
        }
        expect(walker.stateOf(position)).toBe(stateNameOf(step.snapshot));
        expect(walker.metaOf(position)).toEqual(metaOf(machine, step.snapshot));
        // A question offers in the graph exactly the answers XState accepts there.
        const meta = metaOf(machine, step.snapshot);
        const offered = meta.kind === 'question' ? meta.answers.map((option) => option.answer) : [];
        expect(offered.filter((answer) => walker.answer(position, answer) !== undefined)).toEqual(offered);
      }
    });

    it('keeps question and answer names usable in addresses', () => {
      for (const [name, node] of Object.entries(machine.states)) {
        expect(toSlug(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        const meta = node.meta as DecisionMeta | undefined;
        if (meta?.kind === 'question') for (const option of meta.answers) expect(toSlug(option.answer)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    });
  });
}

describe('all decisions together', () => {
  it('cite every clause of the policy in at least one outcome', () => {
    const cited = new Set([...machines.values()].flatMap((machine) => outcomeStates(machine).flatMap(([, meta]) => meta.cites)));
    expect(clauseIds.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('match the committed table of every path (npm run update-decision-paths)', () => {
    const table = renderDecisionPaths(machines);
    if (process.env.UPDATE_DECISION_PATHS) writeFileSync(TABLE, table);
    expect(existsSync(TABLE), 'tests/machines/decision-paths.md is missing: run npm run update-decision-paths').toBe(true);
    expect(readFileSync(TABLE, 'utf8')).toBe(table);
  });
});

describe('any answers, any address', () => {
  const knownKeys = [...machines.values()].flatMap((machine) => Object.keys(machine.states).map(toSlug));
  const knownAnswers = ['yes', 'no', 'not-sure', 'student', 'not-student', 'images', 'under16', 'spoken-only', 'own-name'];
  const key = fc.oneof(fc.constantFrom(...knownKeys), fc.string({ maxLength: 30 }));
  const answer = fc.oneof(fc.constantFrom(...knownAnswers), fc.string({ maxLength: 30 }), fc.constant('<script>alert(1)</script>'));

  it('never throw, and always land on a question or an outcome', () => {
    fc.assert(
      fc.property(fc.constantFrom(...machines.values()), fc.array(fc.tuple(key, answer), { maxLength: 12 }), (machine, pairs) => {
        const replay = replayAnswers(machine, new Map(pairs));
        expect(['question', 'outcome']).toContain(metaOf(machine, replay.snapshot).kind);
        expect(replay.steps.length + replay.ignored.length).toBeLessThanOrEqual(pairs.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('read any address without throwing, keeping only well-formed answers', () => {
    const segment = fc.oneof(
      fc.tuple(key, answer).map(([k, a]) => `${k}=${a}`),
      fc.string({ maxLength: 40 }),
      fc.constant('%E0%A4%A'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...machines.values()), fc.array(segment, { maxLength: 10 }), (machine, segments) => {
        const { answers } = parseStepPath(segments.join('/'));
        for (const [k, a] of answers) expect(`${k}=${a}`).toMatch(/^[a-z0-9-]+=[a-z0-9-]+$/);
        const replay = replayAnswers(machine, answers);
        expect(['question', 'outcome']).toContain(metaOf(machine, replay.snapshot).kind);
      }),
      { numRuns: 2000 },
    );
  });
});
