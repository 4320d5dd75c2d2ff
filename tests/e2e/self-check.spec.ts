/**
 * The self-check (/<policy>/check-yourself/) as a person takes it in Chromium, on both sites: end to
 * end by keyboard with scripts (answers kept in the address, the summary counting them, a record to
 * print) and without (each answer page saying whether the choice matched, a summary with the key
 * and a record to fill in); the handout, the key and the record print without splitting a
 * situation. Every page of it is swept by axe, light and dark, in every-page.spec.ts. The answers
 * the test expects are the worked examples' own (content/examples.yaml), which the build checks
 * against the decisions. Firefox and the exported copy: firefox.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { VERDICT_LABELS, VERDICTS, type Verdict } from '../../machines/verdicts';
import { readExamples } from '../../src/lib/content-files';
import { BROWSER_SITES, type TestSite } from '../helpers/sites';
import { readBuiltPages } from '../helpers/built-site';

/** Each policy's self-check on a site: its address and its situations in order, with the answer each expects. */
function selfChecksOf(
  site: TestSite,
): { path: string; situations: { id: string; title: string; verdict: Verdict }[] }[] {
  const examples = readExamples(site.content);
  return readBuiltPages(site.dist)
    .filter((page) => /^\/[a-z0-9-]+\/check-yourself\/$/.test(page.path))
    .map((page) => {
      const order = page.document.querySelector('[data-self-check-order]')?.getAttribute('data-self-check-order') ?? '';
      return {
        path: page.path,
        situations: order.split('~').map((id) => {
          const example = examples.find((candidate) => candidate.id === id);
          return { id, title: example?.title ?? '', verdict: example?.walks[0]?.verdict ?? 'allowed' };
        }),
      };
    });
}

/** A verdict that is not `verdict`: the one after it in the list. */
const otherThan = (verdict: Verdict): Verdict =>
  VERDICTS[(VERDICTS.indexOf(verdict) + 1) % VERDICTS.length] ?? 'allowed';

/**
 * Follows a link by keyboard: focus it, press Enter, wait for the address it leads to (a page load
 * without scripts, a move in place with them).
 */
async function follow(page: Page, name: string | RegExp): Promise<void> {
  const link = page.getByRole('link', { name, exact: typeof name === 'string' });
  const before = page.url();
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.href !== before);
}

/** Marks the page's window, so that a page load since (which makes a new window) can be told. */
const markWindow = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { notReloaded?: boolean }).notReloaded = true;
  });
const windowMarked = (page: Page) =>
  page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

for (const site of BROWSER_SITES) {
  const checks = selfChecksOf(site);

  test.describe(`${site.name}: the self-check`, () => {
    test.use({ baseURL: site.origin });

    test('has one for every policy that marks worked examples for it, each linked from the home page', async ({
      page,
    }) => {
      expect(checks.length).toBeGreaterThan(0);
      await page.goto('/');
      for (const check of checks) await expect(page.locator(`a[href$="${check.path}"]`).first()).toBeVisible();
    });

    for (const check of checks) {
      test(`${check.path}: taken end to end by keyboard with scripts, every other answer wrong; the summary counts them, lists the misses and fills in the record, and survives a reload`, async ({
        page,
      }) => {
        const { situations } = check;
        await page.goto(check.path);
        await markWindow(page);
        await follow(page, `Start: situation 1 of ${situations.length}`);
        for (const [index, situation] of situations.entries()) {
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(situation.title);
          // Moved in place: focus is on the new heading, which a screen reader reads out.
          await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
          await expect(page.locator('[data-self-check-position]')).toHaveText(
            `Situation ${index + 1} of ${situations.length}`,
          );
          const right = index % 2 === 0;
          if (index === 0)
            await page.getByLabel('Which clause do you think decides it? (optional)').selectOption({ index: 1 });
          await follow(page, VERDICT_LABELS[right ? situation.verdict : otherThan(situation.verdict)]);
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(
            right ? 'You gave the policy’s answer' : 'Not the policy’s answer',
          );
          await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
          await expect(page.locator('[data-self-check-verdict]')).toHaveText(VERDICT_LABELS[situation.verdict]);
          await expect(page.locator('.self-check__clause-quote .clause-text').first()).toBeVisible();
          if (index === 0) await expect(page.locator('[data-self-check-clause-result]')).toContainText('You named');
          // The answer is in the address: a reload keeps it.
          expect(new URL(page.url()).searchParams.getAll('a')).toHaveLength(index + 1);
          await follow(page, index + 1 < situations.length ? /^Next: situation/ : 'See your result');
        }
        const matched = situations.filter((_, index) => index % 2 === 0).length;
        const line = `You gave the policy’s answer in ${matched} of ${situations.length} situations.`;
        await expect(page.locator('.self-check__score-line')).toHaveText(line);
        const missed = page.locator('[data-self-check-score] li');
        await expect(missed).toHaveCount(situations.length - matched);
        await expect(page.locator('[data-self-check-result]')).toHaveText(`${matched} of ${situations.length}`);
        await expect(page.locator('[data-self-check-date]')).not.toContainText('____');
        expect(await windowMarked(page), 'every move since the first page was made without a page load').toBe(true);
        // Back and Forward move between the pages in place too, each with its answers.
        await page.goBack();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          (situations.length - 1) % 2 === 0 ? 'You gave the policy’s answer' : 'Not the policy’s answer',
        );
        await page.goForward();
        await expect(page.locator('.self-check__score-line')).toHaveText(line);
        expect(await windowMarked(page)).toBe(true);
        await page.reload();
        await expect(page.locator('.self-check__score-line')).toHaveText(line);
        // A missed situation's link leads back to the answer given, with the policy's answer.
        if (situations.length > 1) {
          await missed.first().getByRole('link').click();
          await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not the policy’s answer');
        }
      });

      test(`${check.path}: a shuffled order is kept in the address from the first situation to the summary`, async ({
        page,
      }) => {
        await page.goto(check.path);
        const shuffled = page.getByRole('link', { name: 'Start in a shuffled order' });
        await expect(shuffled).toBeVisible();
        await shuffled.click();
        await expect(page.locator('[data-self-check="situation"]')).toBeAttached();
        const order = (new URL(page.url()).searchParams.get('o') ?? check.situations.map((s) => s.id).join('~')).split(
          '~',
        );
        expect([...order].sort()).toEqual(check.situations.map((situation) => situation.id).sort());
        await page.getByRole('link', { name: VERDICT_LABELS.allowed, exact: true }).click();
        await expect(page.locator('[data-self-check="answer"]')).toBeAttached();
        expect(new URL(page.url()).pathname).toContain(`/${order[0] ?? ''}/`);
        const next = page.locator('[data-self-check-next]');
        if (order.length > 1) await expect(next).toHaveAttribute('href', new RegExp(`/${order[1] ?? ''}/\\?`));
      });
    }

    test.describe('without scripts', () => {
      test.use({ javaScriptEnabled: false });
      for (const check of checks) {
        test(`${check.path}: taken end to end by keyboard, each answer page saying whether the choice matched; the summary gives the key and a record to fill in`, async ({
          page,
        }) => {
          const { situations } = check;
          await page.goto(check.path);
          await expect(page.getByRole('link', { name: 'Start in a shuffled order' })).toBeHidden();
          await follow(page, `Start: situation 1 of ${situations.length}`);
          for (const [index, situation] of situations.entries()) {
            await expect(page.getByRole('heading', { level: 1 })).toHaveText(situation.title);
            await expect(page.getByLabel('Which clause do you think decides it? (optional)')).toBeHidden();
            const right = index % 2 === 1;
            await follow(page, VERDICT_LABELS[right ? situation.verdict : otherThan(situation.verdict)]);
            await expect(page.getByRole('heading', { level: 1 })).toHaveText(
              right ? 'You gave the policy’s answer' : 'Not the policy’s answer',
            );
            await follow(
              page,
              index + 1 < situations.length
                ? `Next: situation ${index + 2} of ${situations.length}`
                : 'See your result',
            );
          }
          await expect(page.locator('[data-self-check-score]')).toContainText('Count your matches');
          await expect(page.locator('[data-self-check-result]')).toHaveText(`_____ of ${situations.length}`);
          await expect(page.locator('[data-self-check-item]')).toHaveCount(situations.length);
        });
      }
    });

    for (const check of checks) {
      test(`${check.path}: the handout and the key print with no situation split across pages, and the record on one page`, async ({
        page,
      }) => {
        // A4 with the site's 1.5 cm margins: 29.7 − 3 cm of printable height, at 96 px to the inch.
        const printableHeight = ((29.7 - 3) / 2.54) * 96;
        for (const sheet of ['handout', 'key']) {
          await page.goto(`${check.path}${sheet}/`);
          await page.emulateMedia({ media: 'print' });
          const blocks = page.locator('.self-check__block');
          await expect(blocks).toHaveCount(check.situations.length);
          for (const block of await blocks.all()) {
            expect(await block.evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
            expect((await block.boundingBox())?.height ?? Infinity).toBeLessThan(printableHeight);
          }
          const pdf = await page.pdf({ format: 'A4' });
          const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
          expect(pages, `${sheet}: pages`).toBeGreaterThan(0);
          expect(pages, `${sheet}: no more pages than situations`).toBeLessThanOrEqual(check.situations.length + 1);
        }
        await page.goto(`${check.path}summary/`);
        await page.emulateMedia({ media: 'print' });
        const record = await page.pdf({ format: 'A4' });
        expect((record.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, 'the record: pages').toBe(1);
      });
    }
  });
}
