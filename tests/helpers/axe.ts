/**
 * axe-core in the browser tests: installed once per browser context as an init script and run in
 * the page. It finds the same violations as @axe-core/playwright (checked with a page broken on
 * purpose) without re-injecting axe's 500 KB source at every analysis, which made a check 5–10
 * times slower here and every page of the site too slow to check in one run.
 */
import axe from 'axe-core';
import type { BrowserContext, Page } from '@playwright/test';

/** The WCAG 2.2 A and AA rules, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules whose outcome depends on colour, run again in dark mode. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Makes axe available in every page the context opens. */
export async function installAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript(axe.source);
}

/**
 * Runs axe on the page as it is now (all AXE_TAGS, or only `rules`), on the whole document or only
 * the element `within` selects; returns one line per violation: rule and elements.
 */
export async function axeViolations(page: Page, rules?: string[], within?: string): Promise<string[]> {
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: AXE_TAGS };
  const violations = await page.evaluate(
    async ([only, selector]) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: Document | { include: string[][] },
              options: object,
            ) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
          };
        }
      ).axe;
      const results = await axe.run(selector ? { include: [[selector]] } : document, {
        runOnly: only,
        resultTypes: ['violations'],
      });
      return results.violations.map((violation) => ({
        id: violation.id,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    },
    [runOnly, within] as const,
  );
  return violations.map((violation) => `${violation.id}: ${violation.targets.join(', ')}`);
}
