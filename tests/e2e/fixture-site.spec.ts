/**
 * What only a site of several policies shows, on the fixture site (dist-fixture: four policies and a
 * decision on one of them): search narrowed to one policy, current words only, and the pages whose
 * shapes the real site lacks under axe. Everything else runs on both sites in the other specs.
 */
import { expect, test } from '@playwright/test';
import { COLOUR_RULES, axeViolations, installAxe } from '../helpers/axe';
import { FIXTURE_SITE } from '../helpers/sites';

test.use({ baseURL: FIXTURE_SITE.origin });

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
  await expect(page.locator('form.search--page [data-search-status]')).toHaveText('Nothing matches “friday”.');
  await page.goto('/search/?q=cameras');
  const results = page.locator('#page-search-results a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => /\/\d{4}-\d{2}\/|\/changes\//.test(href))).toEqual([]);
  expect(hrefs).toContain('/fixture-revised/1c/');
});

// Pages of the fixture site whose content takes shapes the real site lacks (one page of each
// template is swept on both sites in every-page.spec.ts): a revised policy's versions and changes,
// a clause that quotes its sub-clauses, a sub-clause under a sub-clause, the map of a policy
// without sections, an outcome of the decision on another policy.
const fixturePaths = [
  '/fixture-revised/changes/',
  '/fixture-revised/2b/',
  '/fixture-revised/2021-03/1b/',
  '/fixture-revised/2021-03/',
  '/fixture-messages/1/',
  '/fixture-messages/1.2.1/',
  '/fixture-messages/map/',
  '/questions/commercial-message/answers/is-commercial=yes/has-consent=yes/',
];

test(`${String(fixturePaths.length)} pages of the fixture site with versions, sub-clauses and another policy's decision have no axe violations, light or dark`, async ({
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
