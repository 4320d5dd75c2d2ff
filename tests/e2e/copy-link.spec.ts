import { expect, test } from '@playwright/test';
import { copiedText, recordClipboardWrites } from '../helpers/clipboard';

test.describe('clause page copy buttons', () => {
  test.beforeEach(({ context }) => recordClipboardWrites(context));

  test('"Copy link" puts the clause\'s permanent address on the clipboard', async ({ page, baseURL }) => {
    await page.goto('/electronic-social-media/3e/');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Copied.');
    await expect.poll(() => copiedText(page)).toBe(`${baseURL}/electronic-social-media/3e/`);
  });

  test('"Copy citation" puts the short citation on the clipboard', async ({ page }) => {
    await page.goto('/electronic-social-media/2a/');
    await page.getByRole('button', { name: 'Copy citation' }).click();
    // The copy code loads on the first click: wait for what the reader sees, then read the clipboard.
    await expect(page.locator('[data-copy-status]').last()).toHaveText('Copied.');
    await expect.poll(() => copiedText(page)).toBe('Electronic Social Media, s 2(a)');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the link and citation are shown to copy by hand, and no dead buttons', async ({ page }) => {
    await page.goto('/electronic-social-media/3e/');
    await expect(page.getByText('/electronic-social-media/3e/', { exact: true })).toBeVisible();
    await expect(page.getByText('Electronic Social Media, s 3(e)', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  });
});
