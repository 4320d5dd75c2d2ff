import { expect, test } from '@playwright/test';
import { axeViolations, installAxe } from '../helpers/axe';

const pages = [
  ['home', '/'],
  ['policy', '/electronic-social-media/'],
  ['clause', '/electronic-social-media/3e/'],
  ['definitions', '/electronic-social-media/definitions/'],
  ['questions', '/questions/'],
  ['policy map', '/electronic-social-media/map/'],
  ['link to this site', '/links/'],
  ['quick-reference card', '/card/'],
  ['A–Z index', '/a-z/'],
  ['decision introduction with its outline', '/questions/school-group/'],
  ['decision flowchart', '/questions/personal-post/flowchart/'],
  ['worked examples', '/questions/examples/'],
  ['worked examples of one topic', '/questions/examples/messages-and-groups/'],
  ['search results', '/search/?q=consent'],
  ['404', '/no-such-page/'],
] as const;

// Every built page is checked by axe, light and dark, in every-page.spec.ts. Here: the search
// results, which only exist once a query has run.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} mode: search results have no axe violations and load nothing from elsewhere`, async ({
    page,
    context,
    baseURL,
  }) => {
    await installAxe(context);
    await page.emulateMedia({ colorScheme });
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL ?? '')) foreign.push(request.url());
    });
    await page.goto('/search/?q=consent');
    await expect(page.locator('#page-search-results a').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/electronic-social-media/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the 404 page answers with status 404 and offers search', async ({ page }) => {
  const response = await page.goto('/electronic-social-media/9z/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('searchbox', { name: 'Search for what you were looking for' })).toBeVisible();
});

test.describe('on a 320 px wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no page of any kind needs sideways scrolling', async ({ page }) => {
    const tooWide: string[] = [];
    for (const [name, path] of [
      ...pages,
      [
        'decision outcome',
        '/questions/school-group/answers/has-principal-approval=no/is-supervised-by-teacher=no/has-two-staff-admins=no/',
      ],
    ] as const) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) tooWide.push(`${name} (${path}): ${String(width)} px`);
    }
    expect(tooWide).toEqual([]);
  });
});
