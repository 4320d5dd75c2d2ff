/** What the browser tests of the stepper share: waiting for the island, matching a step's address. */
import { expect, type Page } from '@playwright/test';

/** Waits until the stepper island has taken over from the pre-rendered step. */
export async function islandReady(page: Page): Promise<void> {
  await expect(page.locator('[data-static-step]')).toHaveCount(0);
  await expect(page.locator('[data-decision] .step')).toBeVisible();
}

/** An address as a regular expression matching the end of the page's URL (its dots and brackets literal). */
export function urlEndingWith(path: string): RegExp {
  return new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
