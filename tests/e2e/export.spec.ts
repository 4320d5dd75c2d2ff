/** The exported copy opened from disk (file://) in Chromium, as a reader who double-clicked index.html would. */
import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { loadAllMachines } from '../../machines/index';
import { VERDICT_LABELS } from '../../machines/verdicts';
import { allSteps, metaOf } from '../../src/lib/decision';
import { readBuiltPages } from '../helpers/built-site';
import { unzipExport } from '../helpers/exported';

const { folder } = unzipExport();
const site = join(folder, 'policy-site');
const fileUrl = (path: string) => pathToFileURL(join(site, path.endsWith('/') ? `${path}index.html` : path)).href;
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('every page opens from disk with no failed request and no console error', async ({ page }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  page.on('requestfailed', (request) => {
    // Moving on to the next page aborts a favicon still loading; a missing file is ERR_FILE_NOT_FOUND.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  for (const built of readBuiltPages(site)) {
    await page.goto(fileUrl(built.path));
    await expect(page.locator('h1')).toHaveCount(1);
  }
  expect(problems).toEqual([]);
});

test('the styles load from disk', async ({ page }) => {
  await page.goto(fileUrl('/electronic-social-media/3e/'));
  expect(await page.locator('.site-header').evaluate((header) => getComputedStyle(header).borderBottomStyle)).toBe('solid');
});

const machines = await loadAllMachines();
for (const [id, machine] of machines) {
  test(`${id}: each verdict can be reached from disk by following links`, async ({ page }) => {
    const seen = new Set<string>();
    for (const step of allSteps(machine)) {
      const meta = metaOf(machine, step.snapshot);
      if (meta.kind !== 'outcome' || seen.has(meta.verdict)) continue;
      seen.add(meta.verdict);
      await page.goto(fileUrl(`/questions/${id}/`));
      await page.getByRole('link', { name: 'Start now' }).click();
      for (const answered of step.steps) {
        const question = machine.states[answered.question]?.meta as { answers: { answer: string; label: string }[] };
        const label = question.answers.find((option) => option.answer === answered.answer)?.label ?? '';
        // The answer link whose own text (its hint aside) is the label.
        await page.locator(`xpath=//a[contains(@class, "answer-link")][normalize-space(text()[1])=${JSON.stringify(label)}]`).click();
      }
      await expect(page.locator('.verdict')).toHaveText(VERDICT_LABELS[meta.verdict]);
      expect(page.url().startsWith('file://')).toBe(true);
    }
  });
}
