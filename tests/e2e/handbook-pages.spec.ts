/** The pages handbook authors print and copy from, on both sites: each site's first policy. */
import { expect, test } from '@playwright/test';
import { copiedText, recordClipboardWrites } from '../helpers/clipboard';
import { BROWSER_SITES, policiesOf } from '../helpers/sites';

for (const site of BROWSER_SITES) {
  const [policy] = policiesOf(site);
  const [clause] = policy?.clauses ?? [];
  if (!policy || !clause) throw new Error(`${site.name} has no policy with a clause`);

  test.describe(`${site.name} (${policy.slug})`, () => {
    test.use({ baseURL: site.origin });

    test('the quick-reference card prints on one Letter page and one A4 page, with the full address', async ({
      page,
    }) => {
      // The policy's own card (the site-wide /card/ lists the cards when the site holds several policies).
      await page.goto(`/${policy.slug}/card/`);
      await expect(page.locator('.card-sheet__address')).toHaveText(`${site.origin}/`);
      for (const format of ['Letter', 'A4']) {
        const pdf = (await page.pdf({ format })).toString('latin1');
        expect(pdf.match(/\/Type\s*\/Page\b/g), format).toHaveLength(1);
      }
    });

    test('"Copy citation" on the links page copies the clause citation', async ({ page, context }) => {
      await recordClipboardWrites(context);
      await page.goto(`/${policy.slug}/links/`);
      await page.getByRole('button', { name: `Copy citation: clause ${clause.label}`, exact: true }).click();
      // The copy code loads on the first click: wait until the clipboard has it.
      await expect.poll(() => copiedText(page)).toBe(clause.citation);
    });
  });
}
