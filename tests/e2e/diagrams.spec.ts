import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { BROWSER_SITES, policyWithDecisions } from '../helpers/sites';

// Screenshots land in test-results/diagrams/ for a person to look at after a run.
const folder = 'test-results/diagrams';
mkdirSync(folder, { recursive: true });

for (const site of BROWSER_SITES) {
  const machines = await site.loadMachines();
  const policy = policyWithDecisions(site, machines);
  test.describe(site.name, () => {
    test.use({ baseURL: site.origin });
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${colorScheme} mode: every decision's flowchart is drawn, legible and scrollable by keyboard`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme });
        for (const id of machines.keys()) {
          await page.goto(`/questions/${id}/flowchart/`);
          const diagram = page.locator('figure.diagram');
          const box = await diagram.locator('svg').boundingBox();
          expect(box?.width, id).toBeGreaterThan(150);
          expect(box?.height, id).toBeGreaterThan(150);
          // Text is drawn in the page's text colour, so it stays readable in dark mode.
          const colour = await diagram
            .locator('svg g.edge text')
            .first()
            .evaluate((text) => getComputedStyle(text).fill);
          expect(colour, id).toBe(await page.evaluate(() => getComputedStyle(document.body).color));
          await diagram.locator('.diagram__frame').focus();
          await expect(diagram.locator('.diagram__frame'), id).toBeFocused();
          await diagram.screenshot({ path: `${folder}/${id}-${colorScheme}.png` });
        }
      });
    }

    test(`the map of ${policy.slug} fits a phone by scrolling sideways, not by shrinking the page`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/${policy.slug}/map/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const frame = page.locator('.diagram__frame');
      expect(await frame.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      await page.locator('figure.diagram').screenshot({ path: `${folder}/${policy.slug}-map-phone.png` });
    });
  });
}
