/**
 * What every-page.spec.ts cannot see at rest, on both sites: search results (they exist once a query
 * has run), the skip link, the 404 page, and every kind of page on a 320 px screen.
 */
import { expect, test } from '@playwright/test';
import { pagesOfEachKind } from '../../scripts/measure/pages-of-each-kind.mjs';
import { axeViolations, installAxe } from '../helpers/axe';
import { BROWSER_SITES, policiesOf } from '../helpers/sites';

for (const site of BROWSER_SITES) {
  const [policy] = policiesOf(site);
  if (!policy) throw new Error(`${site.name} has no policy`);
  /** A query with results on this site: its first policy's first clause title. */
  const query = policy.clauses[0]?.title ?? policy.title;
  /**
   * The kinds of page whose layout differs most on a narrow screen: a policy, a clause, the
   * definitions, a decision's steps and outcome (pagesOfEachKind), the map, the handbook pages, the
   * worked examples, search results and the 404 page.
   */
  const kinds = pagesOfEachKind(site.dist);
  const pages = [
    ...new Set([
      ...Object.values(kinds),
      kinds.policy.replace(/\/$/, '/map/'),
      '/questions/',
      '/questions/examples/',
      '/links/',
      '/card/',
      '/a-z/',
      `/search/?q=${encodeURIComponent(query)}`,
      '/no-such-page/',
    ]),
  ];

  test.describe(site.name, () => {
    test.use({ baseURL: site.origin });

    // Every built page is checked by axe, light and dark, in every-page.spec.ts. Here: the search
    // results, which only exist once a query has run.
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${colorScheme} mode: search results have no axe violations and load nothing from elsewhere`, async ({
        page,
        context,
      }) => {
        await installAxe(context);
        await page.emulateMedia({ colorScheme });
        const foreign: string[] = [];
        page.on('request', (request) => {
          if (!request.url().startsWith(site.origin)) foreign.push(request.url());
        });
        await page.goto(`/search/?q=${encodeURIComponent(query)}`);
        await expect(page.locator('#page-search-results a').first()).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
        expect(foreign).toEqual([]);
      });
    }

    test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
      await page.goto(`/${policy.slug}/`);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to content' });
      await expect(skip).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main$/);
    });

    test('the 404 page answers with status 404 and offers search', async ({ page }) => {
      const response = await page.goto(`/${policy.slug}/9z/`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.getByRole('searchbox', { name: 'Search for what you were looking for' })).toBeVisible();
    });

    test.describe('on a 320 px wide screen', () => {
      test.use({ viewport: { width: 320, height: 640 } });
      test(`no page of any kind (${String(pages.length)}) needs sideways scrolling`, async ({ page }) => {
        const tooWide: string[] = [];
        for (const path of pages) {
          await page.goto(path);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > 320) tooWide.push(`${path}: ${String(width)} px`);
        }
        expect(tooWide).toEqual([]);
      });
    });
  });
}
