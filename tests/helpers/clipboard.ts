/**
 * What a page put on the clipboard. The browser tests run two at once and Chromium's clipboard is
 * shared between them, so reading it back (navigator.clipboard.readText) can return the other
 * test's text. Each page's own writeText is recorded instead, once it has succeeded; the real
 * writeText still runs, so the site's copy code is exercised as a reader's click would.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** Lets the context's pages write to the clipboard, and records what each page writes. */
export async function recordClipboardWrites(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.addInitScript(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = async (text: string) => {
      await write(text);
      (window as unknown as { copiedText?: string }).copiedText = text;
    };
  });
}

/** The text the page last put on the clipboard, or undefined before any copy succeeded. */
export function copiedText(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { copiedText?: string }).copiedText);
}
