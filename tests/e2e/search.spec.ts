/** Search on both sites: the header box, the results, the search page, loading on first use. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { SEARCH_LABEL } from '../helpers/search-box';
import { BROWSER_SITES, policiesOf } from '../helpers/sites';

/** Types a query into the header search box and returns the result links, best first. */
async function searchFor(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: SEARCH_LABEL });
  await box.fill(query);
  const results = page.locator('#site-search-results a');
  await expect(results.first()).toBeVisible();
  return results;
}

for (const site of BROWSER_SITES) {
  // Each site's first policy and its first clause, searched for by the clause's title.
  const [policy] = policiesOf(site);
  const [clause] = policy?.clauses ?? [];
  if (!policy || !clause) throw new Error(`${site.name} has no policy with a clause`);
  const clausePath = `/${policy.slug}/${clause.id}/`;
  // Its first worked example (content/examples.yaml), searched for by its title.
  const [example] = parse(readFileSync(join(site.content, 'examples.yaml'), 'utf8')) as {
    id: string;
    topic: string;
    title: string;
  }[];
  if (!example) throw new Error(`${site.name} has no worked example`);

  test.describe(`${site.name}: search`, () => {
    test.use({ baseURL: site.origin });

    test('"/" focuses the search box from anywhere on the page', async ({ page }) => {
      await page.goto(`/${policy.slug}/`);
      await page.keyboard.press('/');
      await expect(page.getByRole('searchbox', { name: SEARCH_LABEL })).toBeFocused();
    });

    test(`a clause result names the clause and its policy, and opens the clause page (${clausePath})`, async ({
      page,
    }) => {
      await page.goto('/');
      await searchFor(page, clause.title);
      await expect(page.locator('form.search--header [data-search-status]')).toContainText(`for “${clause.title}”`);
      const result = page.locator('#site-search-results li').filter({ has: page.locator(`a[href="${clausePath}"]`) });
      await expect(result.locator('a')).toHaveText(`${clause.label} ${clause.title}`);
      await expect(result.locator('.search__where')).toHaveText(`Clause · ${policy.title}`);
      await result.locator('a').click();
      await expect(page).toHaveURL(new RegExp(`${clausePath.replaceAll('.', '\\.')}$`));
      await expect(page.locator('h1')).toContainText(clause.title);
    });

    test(`a worked example is found by its title, and the result opens it at its own heading (${example.id})`, async ({
      page,
    }) => {
      await page.goto('/');
      await searchFor(page, example.title);
      const href = `/questions/examples/${example.topic}/#${example.id}`;
      const result = page.locator(`#site-search-results a[href="${href}"]`);
      const resultItem = page.locator('#site-search-results li').filter({ has: page.locator(`a[href="${href}"]`) });
      await expect(result).toContainText(example.title);
      // It says what it is, with its verdict, and which policy it is in (its decision's).
      await expect(resultItem.locator('.search__where')).toHaveText(/^Worked example · .+ · .+$/);
      await result.click();
      await expect(page).toHaveURL(new RegExp(`${href.replaceAll('.', '\\.')}$`));
      await expect(page.locator(`[id="${example.id}"]`)).toHaveText(example.title);
    });

    test('a word no page has does not empty the results: the pages with the other words are shown, and the page says so', async ({
      page,
    }) => {
      await page.goto('/');
      await searchFor(page, `${clause.title} xyzzyq`);
      await expect(page.locator('#site-search-results .search__some-words')).toContainText(
        'No page has all of your words',
      );
      await expect(page.locator('#site-search-results .search__some-words')).toContainText('“xyzzyq”');
      await expect(page.locator(`#site-search-results a[href="${clausePath}"]`)).toBeVisible();
    });

    test('a query nothing matches offers the questions, the A–Z index and the page of questions', async ({ page }) => {
      await page.goto('/');
      await searchFor(page, 'xyzzyq qwvvz');
      const help = page.locator('#site-search-results .search__help');
      await expect(help).toContainText('Nothing matches “xyzzyq qwvvz”');
      await expect(help.locator('a[href="/a-z/"]')).toBeVisible();
      await expect(help.locator('a[href="/questions/"]')).toBeVisible();
      await expect(help.locator('a[href^="/questions/"]')).not.toHaveCount(1);
    });

    test('the results are reachable by keyboard', async ({ page }) => {
      await page.goto('/');
      await searchFor(page, clause.title);
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('#site-search-results a').first()).toBeFocused();
    });

    test('the search page shows results for the query in its address', async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(clause.title)}`);
      await expect(page.getByRole('searchbox', { name: 'Search clauses, definitions and questions' })).toHaveValue(
        clause.title,
      );
      await expect(page.locator(`#page-search-results a[href="${clausePath}"]`)).toBeVisible();
    });

    test('loads no script but the tiny bootstrap until the search box is used', async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await page.goto(clausePath);
      await page.waitForLoadState('networkidle');
      expect(scripts.filter((path) => path.includes('pagefind') || path.includes('search-ui'))).toEqual([]);
      await page.getByRole('searchbox', { name: SEARCH_LABEL }).focus();
      await expect.poll(() => scripts.some((path) => path.includes('search-ui'))).toBe(true);
    });
  });
}
