/**
 * The interactive parts under the strict CSP, in Chromium: search (by "/"), copying and the
 * stepper work, load their code only when used, violate no CSP directive, ask nothing of another
 * origin, and leave no cookie or stored answer. (Every page at rest: every-page.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { isOfflineRegistration, watchPage } from '../helpers/page-watch';

test('search, "/", copy and the stepper work under the CSP, loading their code only when used', async ({
  page,
  baseURL,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const seen = watchPage(page, baseURL ?? '');
  await page.goto('/electronic-social-media/3e/');
  await page.waitForLoadState('networkidle');
  expect(seen.scripts.filter((script) => !isOfflineRegistration(script))).toEqual([]);

  await page.keyboard.press('/');
  await page.keyboard.type('friend request');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  expect(seen.scripts.some((script) => script.endsWith('/lazy/search-ui.js'))).toBe(true);
  expect(seen.scripts.some((script) => script.includes('/pagefind/'))).toBe(true);

  await page.getByRole('button', { name: 'Copy link' }).first().click();
  await expect(page.getByText('Copied.').first()).toBeVisible();

  await page.goto('/questions/friend-request/answers/');
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/has-it-happened=/);
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page).toHaveURL(/\/answers\/$/);

  expect(seen.csp).toEqual([]);
  expect(seen.foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});
