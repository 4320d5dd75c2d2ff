/**
 * Every built page and every decision step (not a sample), in Chromium, light and dark:
 * - zero axe-core violations. Light mode runs every rule; dark mode re-runs the rules that depend
 *   on colour (contrast, links told apart by colour): the markup is the same in both.
 * - zero Content-Security-Policy violations and zero requests to another origin;
 * - reading pages (all but decision steps and pages that search at once) fetch no script file;
 *   only the offline worker's registration loads, after the page's load event.
 * Each page is loaded once and checked in light, then in dark. Pages are split into shards so
 * that both test workers stay busy.
 */
import { expect, test } from '@playwright/test';
import { COLOUR_RULES, axeViolations, installAxe } from '../helpers/axe';
import { readBuiltPages } from '../helpers/built-site';
import { isOfflineRegistration, watchPage } from '../helpers/page-watch';

const paths = readBuiltPages()
  .map((page) => (page.path === '/404.html' ? '/no-such-page/' : page.path))
  .sort();
const SHARDS = 2;

// The service worker would precache the whole site in the background of every test here;
// offline.spec.ts tests it.
test.use({ serviceWorkers: 'block' });

for (let shard = 0; shard < SHARDS; shard += 1) {
  const shardPaths = paths.filter((_, index) => index % SHARDS === shard);
  test(`pages ${shard + 1} of ${SHARDS}, light and dark: no axe or CSP violation, nothing from elsewhere, no script before use`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(600_000);
    await installAxe(context);
    const seen = watchPage(page, baseURL ?? '');
    const violations: string[] = [];
    const scriptsBeforeUse: string[] = [];
    for (const path of shardPaths) {
      seen.scripts.length = 0;
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      const isStep = path.includes('/answers/');
      // Decision steps: check the page the reader uses, after the stepper has taken over.
      if (isStep) await expect(page.locator('[data-static-step]')).toHaveCount(0);
      const searchesAtOnce = (await page.locator('form[data-search-autorun]').count()) > 0;
      if (!isStep && !searchesAtOnce)
        scriptsBeforeUse.push(...seen.scripts.filter((script) => !isOfflineRegistration(script)).map((script) => `${path}: ${script}`));
      violations.push(...(await axeViolations(page)).map((violation) => `${path} (light) ${violation}`));
      await page.emulateMedia({ colorScheme: 'dark' });
      violations.push(...(await axeViolations(page, COLOUR_RULES)).map((violation) => `${path} (dark) ${violation}`));
    }
    expect(shardPaths.length).toBeGreaterThan(50);
    expect(violations).toEqual([]);
    expect(seen.csp).toEqual([]);
    expect(seen.foreign).toEqual([]);
    expect(scriptsBeforeUse).toEqual([]);
  });
}
