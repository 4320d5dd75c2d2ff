import { expect, test, type Page } from '@playwright/test';
import { SEARCH_LABEL } from '../helpers/search-box';

/** Types a query into the header search box and returns the result links, best first. */
async function searchFor(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: SEARCH_LABEL });
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
  test(`puts the clause first for ${String(bestResults.length)} queries that name it`, async ({ page }) => {
    await page.goto('/');
    const misses: string[] = [];
    for (const [query, clause] of bestResults) {
      const results = await searchFor(page, query);
      await expect(page.locator('form.search--header [data-search-status]')).toContainText(`for ${query}`);
      const first = await results.first().getAttribute('href');
      if (first !== `/electronic-social-media/${clause}/`)
        misses.push(`"${query}": expected ${clause} first, got ${first ?? 'nothing'}`);
    }
    expect(misses).toEqual([]);
  });

  /**
   * What staff type, and the page that must be among the first three results: platform names (the
   * definition's list and today's) and the plain words of the worked examples.
   */
  const findsTheQuestion: [query: string, page: string][] = [
    ['tiktok', '/questions/friend-request/'],
    ['linkedin', '/questions/friend-request/'],
    ['instagram follow', '/questions/friend-request/'],
    ['facebook friend request', '/questions/friend-request/'],
    ['snapchat', '/questions/messaging-a-student/'],
    ['whatsapp', '/questions/messaging-a-student/'],
    ['messenger', '/questions/messaging-a-student/'],
    ['microsoft teams', '/questions/messaging-a-student/'],
    ['google classroom', '/questions/messaging-a-student/'],
    ['remind', '/questions/messaging-a-student/'],
    ['discord', '/questions/school-group/'],
    ['whatsapp group', '/questions/school-group/'],
    ['youtube', '/questions/sharing-student-content/'],
    ['school instagram account', '/questions/representing-the-division/'],
    ['school facebook page', '/questions/representing-the-division/'],
    ['tweet', '/questions/personal-post/'],
    ['personal blog', '/questions/personal-post/'],
    ['reddit', '/questions/academic-group/'],
    ['class photo', '/questions/sharing-student-content/'],
    ['photo of my class', '/questions/sharing-student-content/'],
    ['media release form', '/questions/sharing-student-content/'],
    ['18 year old student photo', '/questions/sharing-student-content/'],
    ['student essay', '/questions/sharing-student-content/'],
    ['consent form', '/questions/sharing-student-content/'],
    ['written consent', '/electronic-social-media/2a/'],
    ['confidential records', '/electronic-social-media/2a/'],
    ['follow a student', '/electronic-social-media/3e/'],
    ['former student', '/questions/friend-request/'],
    ['parent friend request', '/questions/friend-request/'],
    ['message a student', '/questions/messaging-a-student/'],
    ['text a student', '/questions/messaging-a-student/'],
    ['student in crisis', '/questions/messaging-a-student/'],
    ['group chat with students', '/questions/school-group/'],
    ['set up a class group', '/questions/school-group/'],
    ['principal approval', '/electronic-social-media/3b/'],
    ['two administrators', '/electronic-social-media/3c/'],
    ['nickname', '/questions/academic-group/'],
    ['anonymous account', '/questions/academic-group/'],
    ['professional learning', '/questions/academic-group/'],
    ['my views are my own', '/questions/representing-the-division/'],
    ['represent the school', '/electronic-social-media/1a/'],
    ['defamatory', '/electronic-social-media/2b/'],
    ['harassing', '/electronic-social-media/2f/'],
    ['copyright', '/questions/personal-post/'],
    ['reputation', '/electronic-social-media/2c/'],
    ['disruption', '/electronic-social-media/2d/'],
    ['freedom of information', '/electronic-social-media/2g/'],
    ['re-share the school post', '/questions/personal-post/'],
  ];

  test(`finds the right question or clause in the first three results for ${String(findsTheQuestion.length)} queries staff type`, async ({
    page,
  }) => {
    await page.goto('/');
    const misses: string[] = [];
    for (const [query, expected] of findsTheQuestion) {
      const results = await searchFor(page, query);
      await expect(page.locator('form.search--header [data-search-status]')).toContainText(`for ${query}`);
      const top = await results.evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
      if (!top.includes(expected)) misses.push(`"${query}": expected ${expected} in ${top.join(', ')}`);
    }
    expect(misses).toEqual([]);
  });

  test('a worked example is found by its words, and the result opens it at its own heading', async ({ page }) => {
    await page.goto('/');
    const results = await searchFor(page, 'volleyball whatsapp');
    await expect(results.first()).toHaveAttribute(
      'href',
      '/questions/examples/messages-and-groups/#a-coachs-whatsapp-group-with-the-team',
    );
    await expect(results.first()).toContainText('A coach’s WhatsApp group with the team');
  });

  test('"friend request" also finds the friend-request decision', async ({ page }) => {
    await page.goto('/');
    const results = await searchFor(page, 'friend request');
    const top = await results.evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
    expect(top).toContain('/questions/friend-request/');
  });

  test('"/" focuses the search box from anywhere on the page', async ({ page }) => {
    await page.goto('/electronic-social-media/');
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: SEARCH_LABEL })).toBeFocused();
  });

  test('a clause result names the clause and its policy, and opens the clause page', async ({ page }) => {
    await page.goto('/');
    const results = await searchFor(page, 'friend request');
    await expect(results.first()).toHaveText('3(e) Friend and follow requests with students');
    await expect(page.locator('#site-search-results li').first().locator('.search__where')).toHaveText(
      'Electronic Social Media',
    );
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
    await expect(page.getByRole('searchbox', { name: 'Search clauses, definitions and questions' })).toHaveValue(
      'friend request',
    );
    await expect(page.locator('#page-search-results a').first()).toHaveAttribute(
      'href',
      '/electronic-social-media/3e/',
    );
  });

  test('loads no script but the tiny bootstrap until the search box is used', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/electronic-social-media/3e/');
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((path) => path.includes('pagefind') || path.includes('search-ui'))).toEqual([]);
    await page.getByRole('searchbox', { name: SEARCH_LABEL }).focus();
    await expect.poll(() => scripts.some((path) => path.includes('search-ui'))).toBe(true);
  });
});
