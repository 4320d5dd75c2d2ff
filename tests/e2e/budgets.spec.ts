/**
 * In Chromium, every built page and decision step (not a sample): zero Content-Security-Policy
 * violations, zero requests to another origin, no cookies or stored answers; reading pages fetch
 * no script until the reader uses search; a step's scripts stay within budget. Then the
 * interactive parts (search, "/", copy, the stepper) are used, still without a CSP violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { readBuiltPages } from '../helpers/built-site';

const paths = readBuiltPages()
  .map((page) => (page.path === '/404.html' ? '/no-such-page/' : page.path))
  .sort();

/** Watches a page: CSP reports from Chromium's console, requests elsewhere, and scripts fetched. */
function watch(page: Page, origin: string) {
  const seen = { csp: [] as string[], foreign: [] as string[], scripts: [] as string[] };
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) seen.csp.push(`${page.url()}: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) seen.foreign.push(request.url());
    else if (request.resourceType() === 'script') seen.scripts.push(new URL(request.url()).pathname);
  });
  return seen;
}

test('every page and step: no CSP violation, nothing from elsewhere, no script file before use on reading pages', async ({ page, baseURL, context }) => {
  test.setTimeout(300_000);
  const origin = baseURL ?? '';
  const seen = watch(page, origin);
  const scriptsBeforeUse: string[] = [];
  for (const path of paths) {
    seen.scripts.length = 0;
    await page.goto(path, { waitUntil: 'load' });
    const isStep = path.includes('/answers/');
    // Decision steps: wait for the stepper to take over, so its rendering is checked too.
    if (isStep) await expect(page.locator('[data-static-step]')).toHaveCount(0);
    const searchesAtOnce = (await page.locator('form[data-search-autorun]').count()) > 0;
    if (!isStep && !searchesAtOnce)
      scriptsBeforeUse.push(...seen.scripts.filter((script) => !script.endsWith('/lazy/offline.js')).map((script) => `${path}: ${script}`));
  }
  expect(seen.csp).toEqual([]);
  expect(seen.foreign).toEqual([]);
  // Only the offline worker's registration (after the load event) may fetch a script unasked.
  expect(scriptsBeforeUse).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test('search, "/", copy and the stepper work under the CSP, loading their code only when used', async ({ page, baseURL, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const seen = watch(page, baseURL ?? '');
  await page.goto('/electronic-social-media/3e/');
  await page.waitForLoadState('networkidle');
  expect(seen.scripts.filter((script) => !script.endsWith('/lazy/offline.js'))).toEqual([]);

  await page.keyboard.press('/');
  await page.keyboard.type('friend request');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  expect(seen.scripts.some((script) => script.endsWith('/lazy/search-ui.js'))).toBe(true);

  await page.getByRole('button', { name: 'Copy link' }).first().click();
  await expect(page.getByText('Copied.').first()).toBeVisible();

  await page.goto('/questions/friend-request/answers/');
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/is-current-student=/);
  expect(seen.csp).toEqual([]);
  expect(seen.foreign).toEqual([]);
});
