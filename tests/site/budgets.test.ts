/**
 * Size budgets, every built page (not a sample), in gzip bytes as a compressing server sends them:
 * - HTML ≤ 14 KB (one round trip), CSS ≤ 10 KB per page;
 * - reading pages (everything but decision steps and the search page) reference no script file:
 *   only the bootstrap written into the page, whose bytes count in its HTML;
 * - a decision step's scripts, with everything they import, ≤ 20 KB.
 * A failure names the page, the figure and the budget. The same figures, measured in Chromium,
 * come from tests/e2e/budgets.spec.ts and `npm run measure`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, readBuiltPages, type BuiltPage } from '../helpers/built-site';

const KB = 1024;
const BUDGET = { html: 14 * KB, css: 10 * KB, decisionJs: 20 * KB };

const pages = readBuiltPages();
const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const assetFile = (url: string) => join(DIST, decodeURIComponent(url.replace(/^\//, '')));

/** A script file and every module it imports statically (`import … from "./x.js"`), once each. */
function moduleGraph(url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = readFileSync(assetFile(url), 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']/g)) {
    const specifier = match[1];
    if (specifier?.startsWith('.')) moduleGraph(new URL(specifier, `http://site${url}`).pathname, seen);
  }
  return seen;
}

/** Every script a page loads before the reader does anything: script src, islands and their renderers, with their imports. */
function scriptsOf(page: BuiltPage): string[] {
  const entries = [
    ...page.document.querySelectorAll('script[src]').map((script) => script.getAttribute('src') ?? ''),
    ...page.document.querySelectorAll('astro-island').flatMap((island) => [island.getAttribute('component-url') ?? '', island.getAttribute('renderer-url') ?? '']),
  ].filter(Boolean);
  const all = new Set<string>();
  for (const entry of entries) for (const url of moduleGraph(entry)) all.add(url);
  return [...all];
}

function cssOf(page: BuiltPage): number {
  const linked = page.document.querySelectorAll('link[rel="stylesheet"]').map((link) => readFileSync(assetFile(link.getAttribute('href') ?? '')));
  const inline = page.document.querySelectorAll('style').map((style) => style.textContent);
  return gzipSize(Buffer.concat([...linked, Buffer.from(inline.join(''))]));
}

const isDecisionStep = (page: BuiltPage) => page.path.includes('/answers/');
const loadsSearchAtOnce = (page: BuiltPage) => page.document.querySelector('form[data-search-autorun]') !== null;

describe('size budgets on every page', () => {
  it(`keeps every page's HTML within ${String(BUDGET.html / KB)} KB gzip`, () => {
    const over = pages.map((page) => ({ page: page.path, gzip: gzipSize(page.html) })).filter((row) => row.gzip > BUDGET.html);
    expect(over.map((row) => `${row.page}: HTML ${String(row.gzip)} B gzip > budget ${String(BUDGET.html)} B`)).toEqual([]);
  });

  it(`keeps every page's CSS within ${String(BUDGET.css / KB)} KB gzip`, () => {
    const over = pages.map((page) => ({ page: page.path, gzip: cssOf(page) })).filter((row) => row.gzip > BUDGET.css);
    expect(over.map((row) => `${row.page}: CSS ${String(row.gzip)} B gzip > budget ${String(BUDGET.css)} B`)).toEqual([]);
  });

  it('references no script file from reading pages: search and copying load on first use', () => {
    const reading = pages.filter((page) => !isDecisionStep(page) && !loadsSearchAtOnce(page));
    expect(reading.length).toBeGreaterThan(20);
    expect(reading.flatMap((page) => scriptsOf(page).map((script) => `${page.path}: loads ${script} before any use`))).toEqual([]);
    // What they carry is the bootstrap, written into the page (and counted in its HTML).
    for (const page of reading) expect(page.document.querySelectorAll('script[data-base]').length, page.path).toBe(1);
  });

  it(`keeps every decision step's scripts within ${String(BUDGET.decisionJs / KB)} KB gzip`, () => {
    const steps = pages.filter(isDecisionStep);
    expect(steps.length).toBeGreaterThan(100);
    const rows = steps.map((page) => {
      const scripts = scriptsOf(page);
      const inline = page.document.querySelectorAll('script').filter((script) => !script.hasAttribute('src')).map((script) => script.textContent).join('');
      return { page: page.path, scripts, gzip: scripts.reduce((total, url) => total + gzipSize(readFileSync(assetFile(url))), 0) + gzipSize(inline) };
    });
    // The island must be there to measure: a step page without it would pass for the wrong reason.
    for (const row of rows) expect(row.scripts.some((url) => url.includes('DecisionTree')), row.page).toBe(true);
    expect(rows.filter((row) => row.gzip > BUDGET.decisionJs).map((row) => `${row.page}: JavaScript ${String(row.gzip)} B gzip > budget ${String(BUDGET.decisionJs)} B`)).toEqual([]);
  });
});
