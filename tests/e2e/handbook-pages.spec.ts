import { expect, test } from '@playwright/test';
import { copiedText, recordClipboardWrites } from '../helpers/clipboard';

test('the quick-reference card prints on one Letter page and one A4 page, with the full address', async ({
  page,
  baseURL,
}) => {
  // The policy's own card (the site-wide /card/ lists the cards when the site holds several policies).
  await page.goto('/electronic-social-media/card/');
  await expect(page.locator('.card-sheet__address')).toHaveText(`${baseURL}/`);
  for (const format of ['Letter', 'A4']) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g), format).toHaveLength(1);
  }
});

test('"Copy citation" on the links page copies the clause citation', async ({ page, context }) => {
  await recordClipboardWrites(context);
  await page.goto('/electronic-social-media/links/');
  await page.getByRole('button', { name: 'Copy citation: clause 2(a)', exact: true }).click();
  // The copy code loads on the first click: wait until the clipboard has it.
  await expect.poll(() => copiedText(page)).toBe('Electronic Social Media, s 2(a)');
});
