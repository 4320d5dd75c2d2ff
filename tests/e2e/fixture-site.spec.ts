/**
 * What only a site of several policies shows, on the fixture site (dist-fixture: four policies and a
 * decision on one of them): search narrowed to one policy, the pages that list the policies under
 * axe, and the fixture's own decision walked in the browser.
 */
import { expect, test } from '@playwright/test';
import { COLOUR_RULES, axeViolations, installAxe } from '../helpers/axe';
import { FIXTURE_DIST, readBuiltPages } from '../helpers/built-site';
import { pagesToSweep } from '../helpers/sweep';

test('search can be narrowed to one policy, and says so', async ({ page }) => {
  await page.goto('/search/?q=device');
  const results = page.locator('#page-search-results a');
  // Both policies speak of devices.
  await expect(results.filter({ hasText: '1.2.1 Damaged devices' })).toBeVisible();
  await expect(results.filter({ hasText: '1(b)' })).toBeVisible();

  await page.getByLabel('Search in').selectOption('Fixture Dotted Procedure');
  await expect(page.locator('form.search--page [data-search-status]')).toContainText('in Fixture Dotted Procedure');
  await expect(results.first()).toBeVisible();
  for (const href of await results.evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
    expect(href).toMatch(/^\/fixture-dotted\//);

  // The choice travels in the address, as the form submits it without JavaScript.
  await page.goto('/search/?q=device&policy=Fixture+Policy');
  await expect(page.getByLabel('Search in')).toHaveValue('Fixture Policy');
  await expect(results.first()).toBeVisible();
  for (const href of await results.evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
    expect(href).toMatch(/^\/fixture-policy\//);
});

test('search finds the current words only, never an earlier version', async ({ page }) => {
  // "Friday" is only in the March 2021 version of 1(b).
  await page.goto('/search/?q=friday');
  await expect(page.locator('form.search--page [data-search-status]')).toHaveText('No results for friday.');
  await page.goto('/search/?q=cameras');
  const results = page.locator('#page-search-results a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => /\/\d{4}-\d{2}\/|\/changes\//.test(href))).toEqual([]);
  expect(hrefs).toContain('/fixture-revised/1c/');
});

// One page of each template of the fixture site (found in its build, as npm test's sweep of the
// real site finds them), and the pages only the fixture has: a revised policy's versions and
// changes, a clause that quotes its sub-clauses, the map of a policy without sections, an outcome
// of the decision on another policy.
const fixturePaths = [
  ...new Set([
    ...pagesToSweep(readBuiltPages(FIXTURE_DIST)).map((built) =>
      built.path === '/404.html' ? '/no-such-page/' : built.path,
    ),
    '/fixture-revised/changes/',
    '/fixture-revised/2b/',
    '/fixture-revised/2021-03/1b/',
    '/fixture-revised/2021-03/',
    '/fixture-messages/1/',
    '/fixture-messages/1.2.1/',
    '/fixture-messages/map/',
    '/questions/commercial-message/answers/is-commercial=yes/has-consent=yes/',
  ]),
];

test(`${String(fixturePaths.length)} pages of the fixture site (one of each template, and its versions, sub-clauses and decision) have no axe violations, light or dark`, async ({
  page,
  context,
}) => {
  await installAxe(context);
  for (const path of fixturePaths) {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    expect(await axeViolations(page), path).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, COLOUR_RULES), `${path} dark`).toEqual([]);
  }
});

test('the fixture decision on another policy is walked by keyboard to its outcome, which quotes that policy', async ({
  page,
}) => {
  await page.goto('/questions/commercial-message/answers/');
  await expect(page.locator('[data-static-step]')).toHaveCount(0);
  for (const answer of ['Yes', 'Yes']) {
    await page.getByLabel(answer, { exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
  }
  await expect(page).toHaveURL(/\/questions\/commercial-message\/answers\/is-commercial=yes\/has-consent=yes\/$/);
  await expect(page.locator('.verdict')).toHaveText('Allowed with conditions');
  await expect(page.locator('blockquote.clause-text').first()).toHaveText(
    'The Division will have consent before it sends a commercial electronic message:',
  );
});
