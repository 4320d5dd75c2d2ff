/**
 * The real site as deployed under /policies/ behind nginx with the README's example configuration
 * (dist-subpath, built with BASE_PATH=/policies/): its first policy, clause and decision.
 */
import { expect, test } from '@playwright/test';
import { questionMeta, stateNameOf, startOf } from '../../src/lib/decision';
import { toSlug } from '../../src/lib/step-address';
import { copiedText, recordClipboardWrites } from '../helpers/clipboard';
import { urlEndingWith } from '../helpers/stepper';
import { SEARCH_LABEL } from '../helpers/search-box';
import { REAL_SITE, policiesOf } from '../helpers/sites';
import { SUBPATH_PORT } from '../helpers/ports';

test.use({ baseURL: `http://127.0.0.1:${String(SUBPATH_PORT)}` });

const [policy] = policiesOf(REAL_SITE);
const [clause] = policy?.clauses ?? [];
if (!policy || !clause) throw new Error('the real site has no policy with a clause');
const clausePath = `/policies/${policy.slug}/${clause.id}/`;
const [id, machine] = [...(await REAL_SITE.loadMachines())][0] ?? [];
if (!id || !machine) throw new Error('the real site has no decision');
const firstQuestion = stateNameOf(startOf(machine));
const firstAnswer = questionMeta(machine, firstQuestion)?.answers[0];
test('pages and clause links work under /policies/', async ({ page }) => {
  await page.goto('/policies/');
  await page.getByRole('link', { name: policy.title, exact: true }).click();
  await expect(page).toHaveURL(urlEndingWith(`/policies/${policy.slug}/`));
  await page.getByRole('link', { name: clause.title }).first().click();
  await expect(page).toHaveURL(urlEndingWith(clausePath));
  await expect(page.locator(`[data-clause-text="${clause.id}"]`)).toContainText(clause.text.slice(0, 40));
});

test('search finds clauses and links inside /policies/', async ({ page }) => {
  await page.goto('/policies/');
  await page.getByRole('searchbox', { name: SEARCH_LABEL }).fill(clause.title);
  await expect(page.locator(`#site-search-results a[href="${clausePath}"]`)).toBeVisible();
});

test('a decision can be walked, and an outdated step link is rescued', async ({ page }) => {
  await page.goto(`/policies/questions/${id}/answers/`);
  await expect(page.locator('[data-static-step]')).toHaveCount(0);
  await page.getByLabel(firstAnswer?.label ?? '', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const answered = `/policies/questions/${id}/answers/${toSlug(firstQuestion)}=${toSlug(firstAnswer?.answer ?? '')}/`;
  await expect(page).toHaveURL(urlEndingWith(answered));
  await page.goto(`/policies/questions/${id}/answers/${toSlug(firstQuestion)}=perhaps/`);
  await expect(page.getByRole('status').filter({ hasText: 'no longer fit' })).toBeVisible();
  await expect(page).toHaveURL(urlEndingWith(`/policies/questions/${id}/answers/`));
});

test('copy link copies the address under /policies/', async ({ page, context, baseURL }) => {
  await recordClipboardWrites(context);
  await page.goto(clausePath);
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  // The copy code loads on the first click: wait until the clipboard has it.
  await expect.poll(() => copiedText(page)).toBe(`${baseURL ?? ''}${clausePath}`);
});

test('cache headers: hashed assets immutable, pages, lazy scripts and the search index revalidated; no framing', async ({
  request,
  page,
}) => {
  const html = await request.get(`/policies/${policy.slug}/`);
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
