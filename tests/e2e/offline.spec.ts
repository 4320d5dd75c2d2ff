import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveSite } from '../../scripts/serve/static-server.mjs';
import { SEARCH_LABEL } from '../helpers/search-box';

// The offline worker is what these tests are about (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has precached everything and controls the page. */
async function offlineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 })
    .toBe(true);
}

test('after one visit, pages, decisions and search all work with the network gone', async ({ page, context }) => {
  await page.goto('/');
  await offlineReady(page);

  // Online, a decision's later step (not precached) still comes from the network, not the offline stand-in.
  const deepStep =
    '/questions/friend-request/answers/has-it-happened=not-yet/is-current-student=student/what-kind-of-connection=request/';
  const response = await page.goto(deepStep);
  expect(response?.status()).toBe(200);
  expect(await response?.text()).toContain('data-step="isPartOfCourseOrClub"');
  expect(await page.evaluate(() => location.pathname + location.search)).toBe(deepStep);

  await context.setOffline(true);

  const pages = [
    ['/electronic-social-media/', 'Electronic Social Media'],
    ['/electronic-social-media/2g/', 'An acknowledgement about the FOIP Act (since repealed)'],
    ['/electronic-social-media/definitions/', 'Definitions'],
    ['/questions/', 'Questions staff ask'],
    ['/electronic-social-media/card/', 'Electronic Social Media: the short answers'],
  ] as const;
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.locator('h1'), path).toContainText(heading);
  }

  await page.goto('/questions/messaging-a-student/answers/');
  await expect(page.locator('[data-static-step]')).toHaveCount(0);
  for (const answer of [
    'Not yet: I am deciding whether to write',
    'Yes',
    'Directly: to one student, or an email or message to several',
    'No',
    'Yes',
  ]) {
    await page.getByLabel(answer, { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.locator('.verdict')).toHaveText('Allowed with conditions');

  // A later step is not downloaded to the phone: offline, its address is answered by the first step replaying it.
  const step =
    '/questions/friend-request/answers/has-it-happened=already/is-current-student=student/what-kind-of-connection=request/is-part-of-course-or-club=no/';
  await page.goto(step);
  await expect(page.locator('.verdict')).toHaveText('Not allowed');
  await expect(page.getByRole('heading', { name: 'It has already happened: what to do now' })).toBeVisible();
  expect(await page.evaluate(() => location.pathname)).toBe(step);

  await page.goto('/');
  await page.getByRole('searchbox', { name: SEARCH_LABEL }).fill('consent');
  // Search answers offline (which result comes first is search.spec.ts's concern).
  await expect(page.locator('#site-search-results a[href="/electronic-social-media/2a/"]')).toBeVisible();
});

test('a new build shows "Reload for the latest version", then serves the new version', async ({ browser }) => {
  const folder = mkdtempSync(join(tmpdir(), 'policy-site-update-'));
  cpSync('dist', folder, { recursive: true });
  const server = await serveSite(folder);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/electronic-social-media/`);
    await offlineReady(page);
    await expect(page.locator('h1')).toHaveText('Electronic Social Media');

    // The next build: one page changed, and with it that page's revision in the service worker.
    const pagePath = join(folder, 'electronic-social-media/index.html');
    writeFileSync(
      pagePath,
      readFileSync(pagePath, 'utf8').replace(
        '<h1>Electronic Social Media</h1>',
        '<h1>Electronic Social Media (updated)</h1>',
      ),
    );
    const workerPath = join(folder, 'sw.js');
    writeFileSync(
      workerPath,
      readFileSync(workerPath, 'utf8').replace(
        /(url:"\/electronic-social-media\/index\.html",revision:")[^"]+/,
        '$1next-build',
      ),
    );

    // Until the reader reloads, the old version is served whole.
    await page.goto(`${server.origin}/electronic-social-media/`);
    await expect(page.locator('h1')).toHaveText('Electronic Social Media');
    const reload = page.getByRole('button', { name: 'Reload for the latest version' });
    await expect(reload).toBeVisible({ timeout: 15_000 });
    await reload.click();
    await expect(page.locator('h1')).toHaveText('Electronic Social Media (updated)');
  } finally {
    await context.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
