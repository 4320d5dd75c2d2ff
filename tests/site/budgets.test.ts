/**
 * Size budgets, every built page (not a sample), in gzip bytes as a compressing server sends them:
 * - HTML ≤ 14 KB (one round trip), CSS ≤ 10 KB per page;
 * - reading pages (everything but decision steps and the search page) reference no script file:
 *   only the bootstrap written into the page, whose bytes count in its HTML;
 * - a decision step's scripts, with everything they import, ≤ 20 KB.
 * A failure names the page, the figure and the budget. Chromium confirms what reading pages fetch
 * (tests/e2e/every-page.spec.ts); `npm run measure` prints the figures.
 */
import { describe, expect, it } from 'vitest';
import { DIST, readBuiltPages, type BuiltPage } from '../helpers/built-site';
import { pageWeight } from '../../scripts/page-weight.mjs';

const KB = 1024;
const BUDGET = { html: 14 * KB, css: 10 * KB, decisionJs: 20 * KB };

const pages = readBuiltPages().map((page) => ({ ...page, weight: pageWeight(DIST, page.html) }));

const isDecisionStep = (page: BuiltPage) => page.path.includes('/answers/');
const loadsSearchAtOnce = (page: BuiltPage) => page.document.querySelector('form[data-search-autorun]') !== null;

describe('size budgets on every page', () => {
  it(`keeps every page's HTML within ${String(BUDGET.html / KB)} KB gzip`, () => {
    const over = pages.map((page) => ({ page: page.path, gzip: page.weight.html })).filter((row) => row.gzip > BUDGET.html);
    expect(over.map((row) => `${row.page}: HTML ${String(row.gzip)} B gzip > budget ${String(BUDGET.html)} B`)).toEqual([]);
  });

  it(`keeps every page's CSS within ${String(BUDGET.css / KB)} KB gzip`, () => {
    const over = pages.map((page) => ({ page: page.path, gzip: page.weight.css })).filter((row) => row.gzip > BUDGET.css);
    expect(over.map((row) => `${row.page}: CSS ${String(row.gzip)} B gzip > budget ${String(BUDGET.css)} B`)).toEqual([]);
  });

  it('references no script file from reading pages: search and copying load on first use', () => {
    const reading = pages.filter((page) => !isDecisionStep(page) && !loadsSearchAtOnce(page));
    expect(reading.length).toBeGreaterThan(20);
    expect(reading.flatMap((page) => page.weight.scripts.map((script) => `${page.path}: loads ${script} before any use`))).toEqual([]);
    // What they carry is the bootstrap, written into the page (and counted in its HTML).
    for (const page of reading) expect(page.document.querySelectorAll('script[data-base]').length, page.path).toBe(1);
  });

  it(`keeps every decision step's scripts within ${String(BUDGET.decisionJs / KB)} KB gzip`, () => {
    const steps = pages.filter(isDecisionStep);
    expect(steps.length).toBeGreaterThan(100);
    const rows = steps.map((page) => ({ page: page.path, scripts: page.weight.scripts, gzip: page.weight.js }));
    // The island must be there to measure: a step page without it would pass for the wrong reason.
    for (const row of rows)
      expect(
        row.scripts.some((url) => url.includes('DecisionTree')),
        row.page,
      ).toBe(true);
    expect(
      rows
        .filter((row) => row.gzip > BUDGET.decisionJs)
        .map((row) => `${row.page}: JavaScript ${String(row.gzip)} B gzip > budget ${String(BUDGET.decisionJs)} B`),
    ).toEqual([]);
  });
});
