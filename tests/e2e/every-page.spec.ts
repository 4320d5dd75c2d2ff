/**
 * Built pages and decision steps in Chromium, light and dark: npm test checks one page of each
 * template and the stepper states that render differently (tests/helpers/sweep.ts); npm run
 * test:full (POLICY_TEST_TIER=full) checks every page and every step. On each:
 * - zero axe-core violations. Light mode runs every rule; dark mode re-runs the rules that depend
 *   on colour (contrast, links told apart by colour): the markup is the same in both.
 * - zero Content-Security-Policy violations and zero requests to another origin;
 * - reading pages (all but decision steps and pages that search at once) fetch no script file;
 *   only the offline worker's registration loads, after the page's load event.
 * Reading pages are loaded one by one. Each decision is loaded once and its stepper walked to
 * every step it has, as a reader moves (the island renders each step from the address, without a
 * page load): every step is checked as the reader sees it, with JavaScript. Without JavaScript,
 * each decision's first question and an outcome of each verdict are checked pre-rendered (the same
 * components, as plain links).
 */
import { expect, test, type Page } from '@playwright/test';
import { allSteps, metaOf, stateNameOf } from '../../src/lib/decision';
import { stepPath } from '../../src/lib/step-address';
import { COLOUR_RULES, axeViolations, installAxe } from '../helpers/axe';
import { readBuiltPages, templateOf } from '../helpers/built-site';
import { isOfflineRegistration, watchPage } from '../helpers/page-watch';
import { FULL_SWEEP, pagesToSweep, stepsToSweep } from '../helpers/sweep';
import { BROWSER_SITES } from '../helpers/sites';

/** Checks the page (or only the element `within` selects) as it is now, light then dark; returns one line per violation. */
async function lightAndDark(page: Page, where: string, within?: string): Promise<string[]> {
  const violations = (await axeViolations(page, undefined, within)).map((violation) => `${where} (light) ${violation}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  violations.push(
    ...(await axeViolations(page, COLOUR_RULES, within)).map((violation) => `${where} (dark) ${violation}`),
  );
  await page.emulateMedia({ colorScheme: 'light' });
  return violations;
}

/**
 * Templates already swept: the real site's pages give one of each template, and the fixture site
 * adds the templates only it has (its pages of unusual shape, a procedure's sub-clauses, a kept
 * version, are swept in fixture-site.spec.ts). The full sweep checks every page of the real site.
 */
const templatesSeen = new Set<string>();
for (const site of BROWSER_SITES) {
  const machines = await site.loadMachines();
  const reading = pagesToSweep(readBuiltPages(site.dist).filter((page) => !page.path.includes('/answers/')));
  const readingPaths = reading
    .filter((page) => FULL_SWEEP || !templatesSeen.has(templateOf(page)))
    .map((page) => (page.path === '/404.html' ? '/no-such-page/' : page.path))
    .sort();
  for (const page of reading) templatesSeen.add(templateOf(page));
  // About eight pages to a test, so that the two workers share them out evenly (pages differ in weight).
  const SHARDS = Math.ceil(readingPaths.length / 8);
  // The real site has about 30 templates of reading page: a sweep of fewer means pages went missing.
  if (site === BROWSER_SITES[0] && readingPaths.length < (FULL_SWEEP ? 25 : 20))
    throw new Error(`only ${String(readingPaths.length)} reading pages to sweep on ${site.name}`);
  const stepsOf = (id: string) => stepsToSweep(machines).filter((swept) => swept.scenario === id);

  test.describe(site.name, () => {
    test.use({ baseURL: site.origin });
    for (let shard = 0; shard < SHARDS; shard += 1) {
      const shardPaths = readingPaths.filter((_, index) => index % SHARDS === shard);
      test(`reading pages${FULL_SWEEP ? '' : ', one of each template,'} ${String(shard + 1)} of ${String(SHARDS)}, light and dark: no axe or CSP violation, nothing from elsewhere, no script before use`, async ({
        page,
        context,
      }) => {
        test.setTimeout(300_000);
        // Guards against an empty sweep.
        expect(shardPaths.length).toBeGreaterThan(0);
        await installAxe(context);
        const seen = watchPage(page, site.origin);
        const violations: string[] = [];
        const scriptsBeforeUse: string[] = [];
        for (const path of shardPaths) {
          seen.scripts.length = 0;
          await page.goto(path);
          // The search page runs its query at once; a self-check page keeps the answers in the address
          // from the moment it opens (src/scripts/self-check.ts). Every other page loads no script until used.
          const searchesAtOnce = (await page.locator('form[data-search-autorun]').count()) > 0;
          const selfCheck = (await page.locator('[data-self-check]').count()) > 0;
          if (!searchesAtOnce && !selfCheck)
            scriptsBeforeUse.push(
              ...seen.scripts.filter((script) => !isOfflineRegistration(script)).map((script) => `${path}: ${script}`),
            );
          violations.push(...(await lightAndDark(page, path)));
        }
        expect(violations).toEqual([]);
        expect(seen.csp).toEqual([]);
        expect(seen.foreign).toEqual([]);
        expect(scriptsBeforeUse).toEqual([]);
      });
    }

    for (const [id, machine] of machines) {
      const steps = stepsOf(id).map((swept) => swept.step);
      if (steps.length === 0) continue;

      test(`${id}: ${FULL_SWEEP ? 'every step' : `${String(steps.length)} steps that render differently`} in the stepper, light and dark: no axe or CSP violation, nothing from elsewhere`, async ({
        page,
        context,
      }) => {
        test.setTimeout(300_000);
        await installAxe(context);
        const seen = watchPage(page, site.origin);
        await page.goto(`/questions/${id}/answers/`);
        await expect(page.locator('[data-static-step]')).toHaveCount(0);
        const violations: string[] = [];
        for (const step of steps) {
          const href = `/questions/${id}/${stepPath(step.steps)}`;
          const back =
            step.steps.length > 0 ? `/questions/${id}/${stepPath(step.steps.slice(0, -1))}` : `/questions/${id}/`;
          // Moves as the browser's Back and Forward do: the island follows the address.
          await page.evaluate((address) => {
            history.pushState(null, '', address);
            dispatchEvent(new PopStateEvent('popstate'));
          }, href);
          await page.waitForFunction(
            ([state, backHref]) =>
              document.querySelector('[data-decision] .step')?.getAttribute('data-step') === state &&
              document.querySelector('[data-decision] .back-link')?.getAttribute('href') === backHref,
            [stateNameOf(step.snapshot), back] as const,
          );
          // The page around the stepper (header, footer, title) stays the same from step to step: the
          // whole page is checked at the first step checked, the stepper at every step.
          violations.push(...(await lightAndDark(page, href, step === steps[0] ? undefined : '[data-decision]')));
        }
        if (FULL_SWEEP) expect(steps.length).toBe(allSteps(machine).length);
        expect(violations).toEqual([]);
        expect(seen.csp).toEqual([]);
        expect(seen.foreign).toEqual([]);
      });
    }

    test('pre-rendered as plain links (the stepper held back), light and dark: a first question and an outcome (test:full: each decision’s, and every verdict), no axe violation', async ({
      page,
      context,
    }) => {
      test.setTimeout(180_000);
      await installAxe(context);
      // Without the stepper's module the pre-rendered step stays: what a reader without JavaScript
      // gets. It is the same Question and Outcome components as the stepper shows (checked at every
      // step above), with links in place of the form; a sample of them is checked here.
      await page.route('**/_astro/*.js', (route) => route.abort());
      const hrefs = new Set<string>();
      const verdictsSeen = new Set<string>();
      for (const [id, machine] of machines) {
        // npm test: one decision's first question stands for all (the same component); test:full: each.
        if (FULL_SWEEP || hrefs.size === 0) hrefs.add(`/questions/${id}/answers/`);
        for (const step of allSteps(machine)) {
          const meta = metaOf(machine, step.snapshot);
          // npm test: one outcome stands for all (the same component as the stepper's, swept above); test:full: one of each verdict.
          if (meta.kind !== 'outcome' || verdictsSeen.has(meta.verdict) || (!FULL_SWEEP && verdictsSeen.size > 0))
            continue;
          verdictsSeen.add(meta.verdict);
          hrefs.add(`/questions/${id}/${stepPath(step.steps)}`);
        }
      }
      const violations: string[] = [];
      for (const href of hrefs) {
        await page.goto(href);
        await expect(page.locator('[data-static-step] .step')).toBeVisible();
        violations.push(...(await lightAndDark(page, href)));
      }
      expect(verdictsSeen.size).toBeGreaterThanOrEqual(FULL_SWEEP ? 5 : 1);
      expect(violations).toEqual([]);
    });
  });
}
