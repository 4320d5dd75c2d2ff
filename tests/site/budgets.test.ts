/**
 * Size budgets, every built page (not a sample), in gzip bytes as a compressing server sends them:
 * - HTML ≤ 14 KB (one round trip), and a decision step's ≤ 7 KB; CSS ≤ 10 KB per page;
 * - reading pages (everything but decision steps and the search page) reference no script file:
 *   only the bootstrap written into the page, whose bytes count in its HTML;
 * - a decision's scripts and data ≤ 42 KB: XState, Preact, the island, the decision's machine
 *   and the clauses its outcomes quote (its context.json), fetched once and shared by every step.
 * A failure names the page, the figure and the budget. Chromium confirms what pages fetch
 * (tests/e2e/every-page.spec.ts, tests/e2e/budgets.spec.ts); `npm run measure` prints the figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readBuiltPages, type BuiltPage } from '../helpers/built-site';
import { SITES, type TestSite } from '../helpers/sites';
import { pageWeight, scriptsWeight, staticImportClosure } from '../../scripts/measure/page-weight.mjs';

const KB = 1024;
// A step's HTML and a decision's scripts grew with the third reading (December 2026): a reply to a
// student (3a), "it already happened" with what to do now on every outcome, and 2(e) and 1(b) in the
// group outcomes. The largest step is 6.7 KB, the largest decision 41.4 KB.
const BUDGET = { html: 14 * KB, stepHtml: 7 * KB, css: 10 * KB, decision: 42 * KB };

const isDecisionStep = (page: Pick<BuiltPage, 'path'>) => page.path.includes('/answers/');
const loadsSearchAtOnce = (page: Pick<BuiltPage, 'document'>) =>
  page.document.querySelector('form[data-search-autorun]') !== null;

for (const site of SITES) await checkBudgets(site);

async function checkBudgets(site: TestSite) {
  const DIST = site.dist;
  const machines = await site.loadMachines();
  /** Every page with its weight (the page itself kept as it is: its HTML is read once, when weighed). */
  const pages = readBuiltPages(DIST).map((page) => {
    const weight = pageWeight(DIST, page.html);
    return {
      path: page.path,
      get document() {
        return page.document;
      },
      weight,
    };
  });

  describe(`${site.name}: size budgets on every page`, () => {
    it(`keeps every page's HTML within ${String(BUDGET.html / KB)} KB gzip, and a decision step's within ${String(BUDGET.stepHtml / KB)} KB`, () => {
      const over = pages
        .map((page) => ({
          page: page.path,
          gzip: page.weight.html,
          budget: isDecisionStep(page) ? BUDGET.stepHtml : BUDGET.html,
        }))
        .filter((row) => row.gzip > row.budget);
      expect(
        over.map((row) => `${row.page}: HTML ${String(row.gzip)} B gzip > budget ${String(row.budget)} B`),
      ).toEqual([]);
    });

    it(`keeps every page's CSS within ${String(BUDGET.css / KB)} KB gzip`, () => {
      const over = pages
        .map((page) => ({ page: page.path, gzip: page.weight.css }))
        .filter((row) => row.gzip > BUDGET.css);
      expect(over.map((row) => `${row.page}: CSS ${String(row.gzip)} B gzip > budget ${String(BUDGET.css)} B`)).toEqual(
        [],
      );
    });

    it('references no script file from reading pages: search and copying load on first use', () => {
      const reading = pages.filter((page) => !isDecisionStep(page) && !loadsSearchAtOnce(page));
      expect(reading.length).toBeGreaterThan(20);
      expect(
        reading.flatMap((page) => page.weight.scripts.map((script) => `${page.path}: loads ${script} before any use`)),
      ).toEqual([]);
      // What they carry is the bootstrap, written into the page (and counted in its HTML).
      for (const page of reading) expect(page.document.querySelectorAll('script[data-base]').length, page.path).toBe(1);
    });

    it(`keeps each decision's scripts and data within ${String(BUDGET.decision / KB)} KB gzip, the same for every step`, () => {
      const steps = pages.filter(isDecisionStep);
      expect(steps.length).toBeGreaterThanOrEqual(machines.size);
      const rows = [...machines.keys()].map((id) => {
        const ofDecision = steps.filter((page) => page.path.startsWith(`/questions/${id}/answers/`));
        // Every step of a decision loads the same scripts: fetched once, cached for the next step.
        const scripts = new Set(ofDecision.map((page) => page.weight.scripts.join(' ')));
        expect(scripts.size, `${id}: steps load different scripts`).toBe(1);
        const island = ofDecision[0]?.weight.scripts ?? [];
        // The island must be there to measure: a step page without it would pass for the wrong reason.
        expect(
          island.some((url) => readFileSync(join(DIST, url), 'utf8').includes('no longer fit this question')),
          `${id}: the stepper island is not among the step's scripts`,
        ).toBe(true);
        const machineChunk = readdirSync(join(DIST, '_astro')).find(
          (name) => name.startsWith(`${id}.`) && name.endsWith('.js'),
        );
        expect(machineChunk, `${id}: no machine chunk in _astro/`).toBeDefined();
        const machine = staticImportClosure(DIST, [`/_astro/${machineChunk ?? ''}`]).filter(
          (url) => !island.includes(url),
        );
        const context = gzipSync(readFileSync(join(DIST, 'questions', id, 'context.json')), { level: 9 }).length;
        return { id, gzip: scriptsWeight(DIST, [...island, ...machine]) + context };
      });
      expect(
        rows
          .filter((row) => row.gzip > BUDGET.decision)
          .map((row) => `${row.id}: scripts and data ${String(row.gzip)} B gzip > budget ${String(BUDGET.decision)} B`),
      ).toEqual([]);
    });
  });
}
