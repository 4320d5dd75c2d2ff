/**
 * The interactive parts under the strict CSP, in Chromium, on both sites: search (by "/"), copying
 * and the stepper work, load their code only when used, violate no CSP directive, ask nothing of
 * another origin, and leave no cookie or stored answer. (Every page at rest: every-page.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { stateNameOf, startOf } from '../../src/lib/decision';
import { toSlug } from '../../src/lib/step-address';
import { isOfflineRegistration, watchPage } from '../helpers/page-watch';
import { BROWSER_SITES, firstDecisionOf } from '../helpers/sites';

for (const site of BROWSER_SITES) {
  const machines = await site.loadMachines();
  const { id, machine, policy } = firstDecisionOf(site, machines);
  const [clause] = policy.clauses;
  const first = stateNameOf(startOf(machine));

  test.describe(site.name, () => {
    test.use({ baseURL: site.origin });

    test('search, "/", copy and the stepper work under the CSP, loading their code only when used', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const seen = watchPage(page, site.origin);
      await page.goto(`/${policy.slug}/${clause?.id ?? ''}/`);
      await page.waitForLoadState('networkidle');
      expect(seen.scripts.filter((script) => !isOfflineRegistration(script))).toEqual([]);

      await page.keyboard.press('/');
      await page.keyboard.type(clause?.title ?? '');
      await expect(page.locator('[data-search-results] a').first()).toBeVisible();
      expect(seen.scripts.some((script) => script.endsWith('/lazy/search-ui.js'))).toBe(true);
      expect(seen.scripts.some((script) => script.includes('/pagefind/'))).toBe(true);

      await page.getByRole('button', { name: 'Copy link' }).first().click();
      await expect(page.getByText('Copied.').first()).toBeVisible();

      await page.goto(`/questions/${id}/answers/`);
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Continue' }).click();
      // The first answer is in the address, keyed by the first question.
      await expect(page).toHaveURL(new RegExp(`/answers/${toSlug(first)}=[a-z0-9-]+/$`));
      await page.getByRole('link', { name: 'Back' }).click();
      await expect(page).toHaveURL(/\/answers\/$/);

      expect(seen.csp).toEqual([]);
      expect(seen.foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    });
  });
}
