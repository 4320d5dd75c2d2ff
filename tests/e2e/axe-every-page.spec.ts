/** axe-core on every built page, every decision step included, in light and dark: not a sample. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readBuiltPages } from '../helpers/built-site';

const paths = readBuiltPages()
  .map((page) => page.path)
  .filter((path) => path !== '/404.html')
  .sort();

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every page has zero axe violations in ${colorScheme} mode`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.emulateMedia({ colorScheme });
    const violations: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      // Decision steps: check the page the reader uses, after the stepper has taken over.
      if (path.includes('/answers/')) await expect(page.locator('[data-static-step]')).toHaveCount(0);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      for (const violation of results.violations)
        violations.push(`${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
    expect(violations).toEqual([]);
  });
}
