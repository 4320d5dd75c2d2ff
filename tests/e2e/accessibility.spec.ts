import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

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
  ['decision introduction with its flowchart', '/questions/school-group/'],
  ['search results', '/search/?q=consent'],
  ['404', '/no-such-page/'],
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const [name, path] of pages) {
      test(`${name} page has no axe violations and loads nothing from elsewhere`, async ({ page, baseURL }) => {
        const foreign: string[] = [];
        page.on('request', (request) => {
          if (!request.url().startsWith(baseURL ?? '')) foreign.push(request.url());
        });
        await page.goto(path);
        if (name === 'search results') await expect(page.locator('#page-search-results a').first()).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(foreign).toEqual([]);
      });
    }
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
  for (const [name, path] of [
    ...pages,
    ['decision outcome', '/questions/school-group/answers/has-principal-approval=no/is-supervised-by-teacher=no/has-two-staff-admins=no/'],
  ] as const) {
    test(`${name} page needs no sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});
