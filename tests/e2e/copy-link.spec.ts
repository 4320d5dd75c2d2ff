/** The copy buttons of a clause page, on both sites: each site's first dated policy and its first clause. */
import { expect, test } from '@playwright/test';
import { formatMonth } from '../../src/lib/dates';
import { copiedText, recordClipboardWrites } from '../helpers/clipboard';
import { BROWSER_SITES, datedPolicy } from '../helpers/sites';

for (const site of BROWSER_SITES) {
  const policy = datedPolicy(site);
  const [clause] = policy.clauses;
  if (!clause || !policy.month) throw new Error(`${policy.slug} has no clause or no month`);
  const month = policy.month;
  const clausePath = `/${policy.slug}/${clause.id}/`;

  test.describe(`${site.name}: clause page copy buttons (${clausePath})`, () => {
    test.use({ baseURL: site.origin });
    test.beforeEach(({ context }) => recordClipboardWrites(context));

    test('"Copy link" puts the clause\'s permanent address on the clipboard', async ({ page }) => {
      await page.goto(clausePath);
      await page.getByRole('button', { name: 'Copy link', exact: true }).click();
      await expect(page.locator('[data-copy-status]').first()).toHaveText('Copied.');
      await expect.poll(() => copiedText(page)).toBe(`${site.origin}${clausePath}`);
    });

    test('"this version" copies the address and citation of the words as they stand in the current version', async ({
      page,
    }) => {
      await page.goto(clausePath);
      const asOf = `clause ${clause.label} as of ${formatMonth(month)}`;
      await page.getByRole('button', { name: `Copy link: ${asOf}` }).click();
      await expect.poll(() => copiedText(page)).toBe(`${site.origin}/${policy.slug}/${month}/${clause.id}/`);
      await page.getByRole('button', { name: `Copy citation: ${asOf}` }).click();
      await expect
        .poll(() => copiedText(page))
        .toBe(`${policy.citationTitle} (${formatMonth(month)}), s ${clause.label}`);
    });

    test('"Copy citation" puts the short citation on the clipboard', async ({ page }) => {
      await page.goto(clausePath);
      await page.getByRole('button', { name: 'Copy citation', exact: true }).click();
      // The copy code loads on the first click: wait for what the reader sees, then read the clipboard.
      await expect(page.locator('.copy [data-copy-status]').first()).toHaveText('Copied.');
      await expect.poll(() => copiedText(page)).toBe(clause.citation);
    });
  });

  test.describe(`${site.name}: without JavaScript`, () => {
    test.use({ baseURL: site.origin, javaScriptEnabled: false });

    test('the link and citation are shown to copy by hand, and no dead buttons', async ({ page }) => {
      await page.goto(clausePath);
      await expect(page.getByText(clausePath, { exact: true })).toBeVisible();
      await expect(page.getByText(clause.citation, { exact: true }).first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Copy link', exact: true })).toBeHidden();
    });
  });
}
