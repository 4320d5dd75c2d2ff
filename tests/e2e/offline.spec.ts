import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveSite } from '../../scripts/serve/static-server.mjs';
import { SEARCH_LABEL } from '../helpers/search-box';
import { allSteps, metaOf, questionMeta } from '../../src/lib/decision';
import { stepPath } from '../../src/lib/step-address';
import { VERDICT_LABELS } from '../../machines/verdicts';
import { BROWSER_SITES, firstDecisionOf } from '../helpers/sites';

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

for (const site of BROWSER_SITES) {
  const machines = await site.loadMachines();
  const { id, machine, policy } = firstDecisionOf(site, machines);
  const [clause] = policy.clauses;
  if (!clause) throw new Error(`${policy.slug} has no clause`);
  const outcomes = allSteps(machine).filter((step) => metaOf(machine, step.snapshot).kind === 'outcome');
  // The deepest outcome (a step the offline worker does not precache) and one reached in fewest answers.
  const deepest = outcomes.reduce((best, step) => (step.steps.length > best.steps.length ? step : best));
  const shortest = outcomes.reduce((best, step) => (step.steps.length < best.steps.length ? step : best));
  const verdictOf = (step: (typeof outcomes)[number]) =>
    VERDICT_LABELS[(metaOf(machine, step.snapshot) as { verdict: keyof typeof VERDICT_LABELS }).verdict];
  const deepStepBefore = deepest.steps.slice(0, -1);
  const deepQuestion = deepest.steps.at(-1)?.question ?? '';
  const policyHeading = `<h1>${policy.title}</h1>`;

  test.describe(site.name, () => {
    test.use({ baseURL: site.origin });

    test('after one visit, pages, decisions and search all work with the network gone', async ({ page, context }) => {
      await page.goto('/');
      await offlineReady(page);

      // Online, a decision's later step (not precached) still comes from the network, not the offline stand-in.
      const laterStep = `/questions/${id}/${stepPath(deepStepBefore)}`;
      const response = await page.goto(laterStep);
      expect(response?.status()).toBe(200);
      expect(await response?.text()).toContain(`data-step="${deepQuestion}"`);
      expect(await page.evaluate(() => location.pathname + location.search)).toBe(laterStep);

      await context.setOffline(true);

      const pages = [
        [`/${policy.slug}/`, policy.title],
        [`/${policy.slug}/${clause.id}/`, clause.title],
        ['/questions/', 'Questions staff ask'],
        [`/${policy.slug}/card/`, `${policy.title}: the short answers`],
      ] as const;
      for (const [path, heading] of pages) {
        await page.goto(path);
        await expect(page.locator('h1'), path).toContainText(heading);
      }

      // The stepper, answered by clicks, offline.
      await page.goto(`/questions/${id}/answers/`);
      await expect(page.locator('[data-static-step]')).toHaveCount(0);
      for (const answered of shortest.steps) {
        const label = questionMeta(machine, answered.question)?.answers.find(
          (option) => option.answer === answered.answer,
        )?.label;
        await page.getByLabel(label ?? '', { exact: true }).check();
        await page.getByRole('button', { name: 'Continue' }).click();
      }
      await expect(page.locator('.verdict')).toHaveText(verdictOf(shortest));

      // A later step is not downloaded to the phone: offline, its address is answered by the first step replaying it.
      const step = `/questions/${id}/${stepPath(deepest.steps)}`;
      await page.goto(step);
      await expect(page.locator('.verdict')).toHaveText(verdictOf(deepest));
      expect(await page.evaluate(() => location.pathname)).toBe(step);

      await page.goto('/');
      await page.getByRole('searchbox', { name: SEARCH_LABEL }).fill(clause.title);
      // Search answers offline (which result comes first is the search specs' concern).
      await expect(page.locator(`#site-search-results a[href="/${policy.slug}/${clause.id}/"]`)).toBeVisible();
    });

    test('a new build shows "Reload for the latest version", then serves the new version', async ({ browser }) => {
      const folder = mkdtempSync(join(tmpdir(), 'policy-site-update-'));
      cpSync(site.dist, folder, { recursive: true });
      const server = await serveSite(folder);
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.goto(`${server.origin}/${policy.slug}/`);
        await offlineReady(page);
        await expect(page.locator('h1')).toHaveText(policy.title);

        // The next build: one page changed, and with it that page's revision in the service worker.
        const pagePath = join(folder, policy.slug, 'index.html');
        const before = readFileSync(pagePath, 'utf8');
        expect(before).toContain(policyHeading);
        writeFileSync(pagePath, before.replace(policyHeading, `<h1>${policy.title} (updated)</h1>`));
        const workerPath = join(folder, 'sw.js');
        writeFileSync(
          workerPath,
          readFileSync(workerPath, 'utf8').replace(
            new RegExp(`(url:"/${policy.slug}/index\\.html",revision:")[^"]+`),
            '$1next-build',
          ),
        );

        // Until the reader reloads, the old version is served whole.
        await page.goto(`${server.origin}/${policy.slug}/`);
        await expect(page.locator('h1')).toHaveText(policy.title);
        const reload = page.getByRole('button', { name: 'Reload for the latest version' });
        await expect(reload).toBeVisible({ timeout: 15_000 });
        await reload.click();
        await expect(page.locator('h1')).toHaveText(`${policy.title} (updated)`);
      } finally {
        await context.close();
        await server.close();
        rmSync(folder, { recursive: true, force: true });
      }
    });
  });
}
