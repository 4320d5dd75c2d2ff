import { expect, test, type Page } from '@playwright/test';

/** Types a query into the header search box and returns the result links, best first. */
async function searchFor(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: 'Search the policy' });
  await box.fill(query);
  const results = page.locator('#site-search-results a');
  await expect(results.first()).toBeVisible();
  return results;
}

test.describe('search', () => {
  const bestResults: [query: string, clause: string][] = [
    ['3e', '3e'],
    ['friend request', '3e'],
    ['photo', '2a'],
    ['consent', '2a'],
    ['FOIP', '2g'],
    ['principal', '3b'],
  ];
  for (const [query, clause] of bestResults) {
    test(`"${query}" puts clause ${clause} first`, async ({ page }) => {
      await page.goto('/');
      const results = await searchFor(page, query);
      await expect(results.first()).toHaveAttribute('href', `/electronic-social-media/${clause}/`);
    });
  }

  test('"friend request" also finds the friend-request decision', async ({ page }) => {
    await page.goto('/');
    const results = await searchFor(page, 'friend request');
    const top = await results.evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
    expect(top).toContain('/questions/friend-request/');
  });

  test('"/" focuses the search box from anywhere on the page', async ({ page }) => {
    await page.goto('/electronic-social-media/');
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search the policy' })).toBeFocused();
  });

  test('a result opens its clause page', async ({ page }) => {
    await page.goto('/');
    const results = await searchFor(page, 'friend request');
    await results.first().click();
    await expect(page).toHaveURL(/\/electronic-social-media\/3e\/$/);
    await expect(page.locator('h1')).toContainText('Friend and follow requests with students');
  });

  test('the results are reachable by keyboard', async ({ page }) => {
    await page.goto('/');
    await searchFor(page, 'consent');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#site-search-results a').first()).toBeFocused();
  });

  test('the search page shows results for the query in its address', async ({ page }) => {
    await page.goto('/search/?q=friend%20request');
    await expect(page.getByRole('searchbox', { name: 'Search clauses, definitions and questions' })).toHaveValue('friend request');
    await expect(page.locator('#page-search-results a').first()).toHaveAttribute('href', '/electronic-social-media/3e/');
  });

  test('loads no script but the tiny bootstrap until the search box is used', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/electronic-social-media/3e/');
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((path) => path.includes('pagefind') || path.includes('search-ui'))).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search the policy' }).focus();
    await expect.poll(() => scripts.some((path) => path.includes('search-ui'))).toBe(true);
  });
});
