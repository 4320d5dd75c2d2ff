/**
 * The exported copy opened from disk (file://) in Chromium, as a reader who double-clicked
 * index.html would. tests/site/export.test.ts checks every link of every exported page resolves to
 * a file; here a real browser opens one page of each kind and follows each decision to a verdict.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { VERDICT_LABELS } from '../../machines/verdicts';
import { allSteps, metaOf, questionMeta } from '../../src/lib/decision';
import { unzipExport } from '../helpers/exported';
import { readExamples } from '../../src/lib/content-files';
import { pagesOfEachKind } from '../../scripts/measure/pages-of-each-kind.mjs';
import { BROWSER_SITES, policiesOf, type TestSite } from '../helpers/sites';
import { SEARCH_LABEL } from '../helpers/search-box';
import type { DecisionMachine } from '../../machines/types';

// Both sites' exports (npm test writes dist-export and dist-fixture-export).
for (const site of BROWSER_SITES) {
  const machines = await site.loadMachines();
  test.describe(site.name, () => {
    checkExport(site, machines);
  });
}

function checkExport(site: TestSite, machines: ReadonlyMap<string, DecisionMachine>) {
  // Unzipped for each worker's run of this file (a worker may come back to it after afterAll).
  let folder = '';
  test.beforeAll(() => {
    folder = unzipExport(site.exportFolder).folder;
  });
  test.afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const fileUrl = (path: string) =>
    pathToFileURL(join(folder, 'policy-site', path.endsWith('/') ? `${path}index.html` : path)).href;

  /** One page of each kind the site has, found in the build (as the measuring scripts find them). */
  const kinds = pagesOfEachKind(site.dist);
  const firstTopic = readdirSync(join(site.dist, 'questions/examples'), { withFileTypes: true }).find((entry) =>
    entry.isDirectory(),
  )?.name;
  const pageOfEachKind = [
    ...Object.values(kinds),
    kinds.policy.replace(/\/$/, '/map/'),
    '/a-z/',
    '/links/',
    '/card/',
    '/questions/',
    '/questions/examples/',
    `/questions/examples/${firstTopic ?? ''}/`,
  ];

  test(`one page of each kind opens from disk, styled, with no failed request and no console error`, async ({
    page,
  }) => {
    const problems: string[] = [];
    page.on('requestfailed', (request) => {
      // Moving on to the next page aborts a favicon still loading; a missing file is ERR_FILE_NOT_FOUND.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED')
        problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    for (const path of pageOfEachKind) {
      await page.goto(fileUrl(path));
      await expect(page.locator('h1'), path).toHaveCount(1);
      // The stylesheet is a relative file link: without it the header has no rule under it.
      expect(
        await page.locator('.site-header').evaluate((header) => getComputedStyle(header).borderBottomStyle),
        path,
      ).toBe('solid');
    }
    expect(problems).toEqual([]);
  });

  // The longest walk of any decision, by following answer links from disk: every link of every
  // exported page is checked to resolve to a file in tests/site/export.test.ts; this is the browser
  // following them.
  const [id, machine, longest] = [...machines]
    .map(([scenario, decision]) => {
      const outcome = allSteps(decision)
        .filter((step) => metaOf(decision, step.snapshot).kind === 'outcome')
        .reduce((best, step) => (step.steps.length > best.steps.length ? step : best));
      return [scenario, decision, outcome] as const;
    })
    .reduce((best, candidate) => (candidate[2].steps.length > best[2].steps.length ? candidate : best));
  const verdict = (metaOf(machine, longest.snapshot) as { verdict: keyof typeof VERDICT_LABELS }).verdict;

  test(`${id}: its longest walk (${String(longest.steps.length)} answers) reaches its verdict from disk by following links`, async ({
    page,
  }) => {
    await page.goto(fileUrl(`/questions/${id}/`));
    await page.getByRole('link', { name: 'Start now' }).click();
    for (const answered of longest.steps) {
      const label = questionMeta(machine, answered.question)?.answers.find(
        (option) => option.answer === answered.answer,
      )?.label;
      // The answer link whose own text (its hint aside) is the label.
      await page
        .locator(`xpath=//a[contains(@class, "answer-link")][normalize-space(text()[1])=${JSON.stringify(label)}]`)
        .click();
    }
    await expect(page.locator('.verdict')).toHaveText(VERDICT_LABELS[verdict]);
    expect(page.url().startsWith('file://')).toBe(true);
  });

  // The self-check from disk: every situation answered by its links, each answer page saying whether
  // it matched, to the summary (which counts nothing there: a copy opened from disk runs no module).
  const selfCheck = readdirSync(site.dist, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/${entry.name}/check-yourself/`)
    .find((path) => existsSync(join(site.dist, path, 'index.html')));
  test('search works from disk: the box finds a clause by its title, names it, and the result opens it', async ({
    page,
  }) => {
    const [policy] = policiesOf(site);
    const [clause] = policy?.clauses ?? [];
    if (!policy || !clause) throw new Error(`${site.name} has no policy with a clause`);
    await page.goto(fileUrl('/'));
    await page.getByRole('searchbox', { name: SEARCH_LABEL }).fill(clause.title);
    const href = `a[href$="/${policy.slug}/${clause.id}/index.html"]`;
    const link = page.locator(`#site-search-results ${href}`);
    await expect(link).toHaveText(`${clause.label} ${clause.title}`);
    await expect(
      page
        .locator('#site-search-results li')
        .filter({ has: page.locator(href) })
        .locator('.search__where'),
    ).toHaveText(`Clause · ${policy.title}`);
    await link.click();
    await expect(page.locator('h1')).toContainText(clause.title);
    expect(page.url().startsWith('file://')).toBe(true);
  });

  test('the self-check is taken from disk by keyboard, each answer saying whether it matched, to the summary', async ({
    page,
  }) => {
    expect(selfCheck).toBeDefined();
    const examples = readExamples(site.content);
    await page.goto(fileUrl(selfCheck ?? ''));
    /** Focuses a link and presses Enter, as a keyboard user follows it. */
    const press = async (selector: string) => {
      await page.locator(selector).focus();
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    };
    await press('a.button--start');
    let situations = 0;
    while (!page.url().includes('/summary/')) {
      const id = await page.locator('[data-self-check]').getAttribute('data-self-check-id');
      const verdict = examples.find((example) => example.id === id)?.walks[0]?.verdict ?? 'allowed';
      await press(`a[data-self-check-choice="${verdict}"]`);
      await expect(page.locator('h1')).toHaveText('You gave the policy’s answer');
      await press('[data-self-check-next]');
      situations += 1;
    }
    expect(situations).toBe(await page.locator('[data-self-check-item]').count());
    await expect(page.locator('[data-self-check-score]')).toContainText('Count your matches');
    expect(page.url().startsWith('file://')).toBe(true);
  });
}
