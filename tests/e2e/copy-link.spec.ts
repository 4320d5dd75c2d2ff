import { expect, test } from '@playwright/test';
import { copiedText, recordClipboardWrites } from '../helpers/clipboard';

test.describe('clause page copy buttons', () => {
  test.beforeEach(({ context }) => recordClipboardWrites(context));

  test('"Copy link" puts the clause\'s permanent address on the clipboard', async ({ page, baseURL }) => {
    await page.goto('/electronic-social-media/3e/');
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(page.locator('[data-copy-status]').first()).toHaveText('Copied.');
    await expect.poll(() => copiedText(page)).toBe(`${baseURL}/electronic-social-media/3e/`);
  });

  test('"this version" copies the address and citation of the words as they stand in February 2020', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/electronic-social-media/2g/');
    await page.getByRole('button', { name: 'Copy link: clause 2(g) as of February 2020' }).click();
    await expect.poll(() => copiedText(page)).toBe(`${baseURL}/electronic-social-media/2020-02/2g/`);
    await page.getByRole('button', { name: 'Copy citation: clause 2(g) as of February 2020' }).click();
    await expect.poll(() => copiedText(page)).toBe('Electronic Social Media (February 2020), s 2(g)');
  });

  test('"Copy citation" puts the short citation on the clipboard', async ({ page }) => {
    await page.goto('/electronic-social-media/2a/');
    await page.getByRole('button', { name: 'Copy citation', exact: true }).click();
    // The copy code loads on the first click: wait for what the reader sees, then read the clipboard.
    await expect(page.locator('.copy [data-copy-status]').first()).toHaveText('Copied.');
    await expect.poll(() => copiedText(page)).toBe('Electronic Social Media, s 2(a)');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the link and citation are shown to copy by hand, and no dead buttons', async ({ page }) => {
    await page.goto('/electronic-social-media/3e/');
    await expect(page.getByText('/electronic-social-media/3e/', { exact: true })).toBeVisible();
    await expect(page.getByText('Electronic Social Media, s 3(e)', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy link', exact: true })).toBeHidden();
  });
});
