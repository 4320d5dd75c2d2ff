/** The site as deployed under /policies/ behind nginx with the README's example configuration. */
import { expect, test } from '@playwright/test';
import { copiedText, recordClipboardWrites } from '../helpers/clipboard';
import { SEARCH_LABEL } from '../helpers/search-box';

test('pages and clause links work under /policies/', async ({ page }) => {
  await page.goto('/policies/');
  await page.getByRole('link', { name: 'Electronic Social Media', exact: true }).click();
  await expect(page).toHaveURL(/\/policies\/electronic-social-media\/$/);
  await page.getByRole('link', { name: 'Friend and follow requests with students' }).click();
  await expect(page).toHaveURL(/\/policies\/electronic-social-media\/3e\/$/);
  await expect(page.locator('[data-clause-text="3e"]')).toContainText('Divisional staff shall not initiate or accept');
});

test('search finds clauses and links inside /policies/', async ({ page }) => {
  await page.goto('/policies/');
  await page.getByRole('searchbox', { name: SEARCH_LABEL }).fill('friend request');
  await expect(page.locator('#site-search-results a').first()).toHaveAttribute(
    'href',
    '/policies/electronic-social-media/3e/',
  );
});

test('a decision can be walked, and an outdated step link is rescued', async ({ page }) => {
  await page.goto('/policies/questions/messaging-a-student/answers/');
  await expect(page.locator('[data-static-step]')).toHaveCount(0);
  await page.getByLabel('Not yet: I am deciding whether to write', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Yes', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(
    /\/policies\/questions\/messaging-a-student\/answers\/has-it-happened=not-yet\/is-about-course-or-club=yes\/$/,
  );
  await page.goto('/policies/questions/messaging-a-student/answers/is-about-course-or-club=perhaps/');
  await expect(page.getByRole('status').filter({ hasText: 'no longer fit' })).toBeVisible();
  await expect(page).toHaveURL(/\/policies\/questions\/messaging-a-student\/answers\/has-it-happened=not-yet\/$/);
});

test('copy link copies the address under /policies/', async ({ page, context, baseURL }) => {
  await recordClipboardWrites(context);
  await page.goto('/policies/electronic-social-media/2g/');
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  // The copy code loads on the first click: wait until the clipboard has it.
  await expect.poll(() => copiedText(page)).toBe(`${baseURL}/policies/electronic-social-media/2g/`);
});

test('cache headers: hashed assets immutable, pages, lazy scripts and the search index revalidated; no framing', async ({
  request,
  page,
}) => {
  const html = await request.get('/policies/electronic-social-media/');
  expect(html.headers()['cache-control']).toBe('no-cache');
  expect(html.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
  expect(html.headers()['x-content-type-options']).toBe('nosniff');
  expect((await request.get('/policies/pagefind/pagefind.js')).headers()['cache-control']).toBe('no-cache');
  const lazyScript = await request.get('/policies/lazy/search-ui.js');
  expect(lazyScript.status()).toBe(200);
  expect(lazyScript.headers()['cache-control']).toBe('no-cache');
  await page.goto('/policies/');
  const stylesheet = await page.locator('link[rel=stylesheet]').first().getAttribute('href');
  const asset = await request.get(stylesheet ?? '');
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const missing = await request.get('/policies/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
});

test.describe('the offline worker', () => {
  test.use({ serviceWorkers: 'allow' });
  test('is scoped to /policies/ and precaches its pages', async ({ page }) => {
    await page.goto('/policies/');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/policies/');
    await expect
      .poll(() =>
        page.evaluate(async () => (await caches.keys()).some((name) => name.includes('policy-site-precache'))),
      )
      .toBe(true);
  });
});
