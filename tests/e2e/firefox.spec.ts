/**
 * A second browser engine: Debian's Firefox ESR, driven through WebDriver BiDi by puppeteer-core
 * (Playwright cannot download its own Firefox here; scripts/setup/system.mjs installs firefox-esr).
 * A few journeys on both sites, not the suite: one page of each template opens with no console
 * error, a decision is walked to its outcome by keyboard, search finds a clause, and the exported
 * copy opened from disk is walked to an outcome by its links; the self-check is taken with scripts
 * on (moving in place), off, and from disk. Under BiDi, page.url() does not follow
 * history.pushState, so the address is read from the page.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test as base } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../scripts/setup/system.mjs';
import { readBuiltPages, templateOf } from '../helpers/built-site';
import { unzipExport } from '../helpers/exported';
import { pagesToSweep } from '../helpers/sweep';
import { allSteps, metaOf, questionMeta } from '../../src/lib/decision';
import { stepPath } from '../../src/lib/step-address';
import { VERDICT_LABELS } from '../../machines/verdicts';
import { readExamples } from '../../src/lib/content-files';
import { BROWSER_SITES, policiesOf } from '../helpers/sites';

/**
 * One Firefox per worker, shared by the tests it runs: the tests run in parallel, so a file-level
 * beforeAll would launch Firefox again for nearly every test (2–9 s each).
 */
const test = base.extend<object, { firefox: Browser; firefoxWithoutScripts: Browser }>({
  firefox: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern.
    async ({}, use) => {
      const browser = await launchFirefox({});
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // Firefox 140's BiDi has no command to turn scripts off (page.setJavaScriptEnabled fails), so a
  // second Firefox starts with them off; launched only in a worker whose tests ask for it.
  firefoxWithoutScripts: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern.
    async ({}, use) => {
      const browser = await launchFirefox({ 'javascript.enabled': false });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});

/** Debian's Firefox, headless, with these preferences. */
async function launchFirefox(prefs: Record<string, unknown>): Promise<Browser> {
  const executablePath = findFirefox();
  expect(executablePath, 'Firefox is needed: apt-get install firefox-esr, or set FIREFOX_PATH').toBeDefined();
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: executablePath ?? '',
    headless: true,
    // As in the Chromium tests: the offline worker would precache the site behind every page.
    extraPrefsFirefox: { 'dom.serviceWorkers.enabled': false, ...prefs },
  });
}

/** A new page that records console errors and failed requests. */
async function watchedPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  return { page, problems };
}

/**
 * Waits until a function of the page returns true, asking it every 100 ms (puppeteer's own
 * waitForFunction builds a function from a string, which the site's Content-Security-Policy blocks).
 */
async function until(page: Page, check: (argument: string) => boolean, argument = ''): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    if (await page.evaluate(check, argument)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${check.toString()}`);
}

/** The text of the page's h1, once there is one (asked by `until`: waitForSelector needs the page's scripts on). */
async function heading(page: Page): Promise<string> {
  await until(page, () => document.querySelector('h1') !== null);
  return page.$eval('h1', (element) => element.textContent.trim());
}

/**
 * Firefox renders templates, not content: the real site's pages give one of each template, and the
 * fixture site adds the templates only it has (a kept version, a changes page…).
 */
const templatesSeen = new Set<string>();
for (const site of BROWSER_SITES) {
  const machines = await site.loadMachines();
  const [id, machine] = [...machines][0] ?? [];
  if (!id || !machine) throw new Error(`${site.name} has no decision`);
  // The first decision's longest walk, by the answers' labels.
  const longest = allSteps(machine)
    .filter((step) => metaOf(machine, step.snapshot).kind === 'outcome')
    .reduce((best, step) => (step.steps.length > best.steps.length ? step : best));
  const labels = longest.steps.map(
    (answered) =>
      questionMeta(machine, answered.question)?.answers.find((option) => option.answer === answered.answer)?.label ??
      '',
  );
  const verdict =
    VERDICT_LABELS[(metaOf(machine, longest.snapshot) as { verdict: keyof typeof VERDICT_LABELS }).verdict];
  const [policy] = policiesOf(site);
  const [clause] = policy?.clauses ?? [];
  if (!policy || !clause) throw new Error(`${site.name} has no policy with a clause`);

  const templatePaths = pagesToSweep(readBuiltPages(site.dist))
    .filter((page) => !templatesSeen.has(templateOf(page)) && page.path !== '/404.html')
    .map((page) => page.path);
  for (const page of pagesToSweep(readBuiltPages(site.dist))) templatesSeen.add(templateOf(page));

  test.describe(site.name, () => {
    // A site that adds no template of its own has nothing left to open here.
    if (templatePaths.length > 0)
      test(`one page of each template${site === BROWSER_SITES[0] ? '' : ' the real site lacks'} opens in Firefox, with a heading and no console error`, async ({
        firefox,
      }) => {
        test.setTimeout(120_000);
        const paths = templatePaths;
        const headings: string[] = [];
        const { page, problems } = await watchedPage(firefox);
        for (const path of paths) {
          await page.goto(`${site.origin}${path}`, { waitUntil: 'load' }).catch((error: unknown) => {
            throw new Error(`${path}: ${String(error)}`);
          });
          headings.push(`${path}: ${await heading(page)}`);
        }
        await page.close();
        if (site === BROWSER_SITES[0]) expect(paths.length).toBeGreaterThan(15);
        expect(headings.filter((line) => line.endsWith(': '))).toEqual([]);
        expect(problems).toEqual([]);
      });

    test(`${id}: its longest walk (${String(labels.length)} answers) by keyboard in Firefox`, async ({ firefox }) => {
      const { page, problems } = await watchedPage(firefox);
      await page.goto(`${site.origin}/questions/${id}/answers/`, { waitUntil: 'load' });
      // The stepper island has taken over once the pre-rendered step is gone.
      await until(page, () => document.querySelector('[data-static-step]') === null);
      /** Tab to the first radio, arrow down to the answer, Tab to Continue, Enter. */
      const answer = async (label: string) => {
        await until(
          page,
          (text) => [...document.querySelectorAll('label')].some((element) => element.textContent.trim() === text),
          label,
        );
        const index = await page.$$eval(
          'input[type="radio"]',
          (radios, text) => radios.findIndex((radio) => radio.labels?.[0]?.textContent.trim() === text),
          label,
        );
        expect(index, label).toBeGreaterThanOrEqual(0);
        await page.focus('input[type="radio"]');
        await page.keyboard.press(' ');
        for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent.trim())).toBe('Continue');
        await page.keyboard.press('Enter');
      };
      for (const label of labels) await answer(label);
      await page.waitForSelector('.verdict');
      expect(await page.$eval('.verdict', (element) => element.textContent.trim())).toBe(verdict);
      expect(await page.evaluate(() => location.pathname)).toBe(`/questions/${id}/${stepPath(longest.steps)}`);
      // Focus moves to the outcome's heading, as after a page load.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await page.close();
      expect(problems).toEqual([]);
    });

    test('search finds a clause in Firefox', async ({ firefox }) => {
      const { page, problems } = await watchedPage(firefox);
      await page.goto(`${site.origin}/`, { waitUntil: 'load' });
      await page.type('#site-search', clause.title);
      await page.waitForSelector('#site-search-results a');
      const hrefs = await page.$$eval('#site-search-results a', (links) =>
        links.map((link) => link.getAttribute('href')),
      );
      expect(hrefs).toContain(`/${policy.slug}/${clause.id}/`);
      await page.close();
      expect(problems).toEqual([]);
    });

    // The self-check: each situation with the answer its worked example expects.
    const selfCheck = readBuiltPages(site.dist).find((page) => /^\/[a-z0-9-]+\/check-yourself\/$/.test(page.path));
    const situations = (
      selfCheck?.document.querySelector('[data-self-check-order]')?.getAttribute('data-self-check-order') ?? ''
    )
      .split('~')
      .filter(Boolean)
      .map((situationId) => ({
        id: situationId,
        verdict:
          readExamples(site.content).find((example) => example.id === situationId)?.walks[0]?.verdict ?? 'allowed',
      }));

    test('the self-check is taken end to end by keyboard in Firefox, moving without a page load, and the summary counts the answers', async ({
      firefox,
    }) => {
      expect(selfCheck, 'a self-check page').toBeDefined();
      const { page, problems } = await watchedPage(firefox);
      await page.goto(`${site.origin}${selfCheck?.path ?? ''}`, { waitUntil: 'load' });
      // A page load makes a new window: the mark shows that every move was made in place.
      await page.evaluate(() => {
        (window as unknown as { notReloaded?: boolean }).notReloaded = true;
      });
      /**
       * Focuses a link and presses Enter, as a keyboard user follows it, and waits for the move in
       * place: a new address, and focus on the new page's heading.
       */
      const press = async (selector: string) => {
        const before = await page.evaluate(() => location.href);
        await page.focus(selector);
        await page.keyboard.press('Enter');
        await until(
          page,
          (from) => location.href !== from && document.activeElement === document.querySelector('h1'),
          before,
        );
      };
      await press('a.button--start');
      for (const situation of situations) {
        expect(await page.evaluate(() => location.pathname)).toContain(`/${situation.id}/`);
        await press(`a[data-self-check-choice="${situation.verdict}"]`);
        expect(await heading(page)).toBe('You gave the policy’s answer');
        // The script has carried the answers so far on to the next link.
        await until(
          page,
          () => document.querySelector('[data-self-check-next]')?.getAttribute('href')?.includes('?a=') === true,
        );
        await press('[data-self-check-next]');
      }
      await until(page, () => document.querySelector('.self-check__score-line') !== null);
      expect(await page.$eval('.self-check__score-line', (element) => element.textContent.trim())).toBe(
        `You gave the policy’s answer in ${String(situations.length)} of ${String(situations.length)} situations.`,
      );
      expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
      await page.close();
      expect(problems).toEqual([]);
    });

    /**
     * The self-check as it works without its script (scripts off, or a copy opened from disk, which
     * loads no module): by keyboard from page to page, each answer matched, to a summary with the key.
     */
    const takeByLinks = async (page: Page, start: string) => {
      await page.goto(start);
      /** Focuses a link and presses Enter, as a keyboard user follows it. */
      const click = async (selector: string) => {
        await page.focus(selector);
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      };
      await click('a.button--start');
      for (const situation of situations) {
        await click(`a[data-self-check-choice="${situation.verdict}"]`);
        expect(await heading(page)).toBe('You gave the policy’s answer');
        await click('[data-self-check-next]');
      }
      expect(await heading(page)).toBe('Your result');
      expect(await page.$eval('[data-self-check-score]', (element) => element.textContent)).toContain(
        'Count your matches',
      );
    };

    test('the self-check is taken end to end by keyboard in Firefox with scripts off, served', async ({
      firefoxWithoutScripts,
    }) => {
      const { page, problems } = await watchedPage(firefoxWithoutScripts);
      await takeByLinks(page, `${site.origin}${selfCheck?.path ?? ''}`);
      // With scripts off the shuffled start (which needs a script to draw the order) stays hidden.
      await page.goto(`${site.origin}${selfCheck?.path ?? ''}`);
      expect(await page.$eval('[data-self-check-shuffle]', (element) => (element as HTMLElement).hidden)).toBe(true);
      await page.close();
      expect(problems).toEqual([]);
    });

    test('the self-check in the exported copy, opened from disk in Firefox, is taken by keyboard to the summary', async ({
      firefox,
    }) => {
      const { folder } = unzipExport(site.exportFolder);
      try {
        const { page } = await watchedPage(firefox);
        const start = join(folder, 'policy-site', ...(selfCheck?.path ?? '').split('/').filter(Boolean), 'index.html');
        await takeByLinks(page, pathToFileURL(start).href);
        expect(await page.evaluate(() => location.protocol)).toBe('file:');
        await page.close();
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });

    test('search works in the exported copy opened from disk in Firefox: a clause is found by its title and opened', async ({
      firefox,
    }) => {
      const { folder } = unzipExport(site.exportFolder);
      try {
        const { page, problems } = await watchedPage(firefox);
        await page.goto(pathToFileURL(join(folder, 'policy-site', 'index.html')).href);
        await page.focus('#site-search');
        await page.keyboard.type(clause.title);
        const selector = `#site-search-results a[href$="/${policy.slug}/${clause.id}/index.html"]`;
        await until(page, (wanted) => document.querySelector(wanted) !== null, selector);
        await Promise.all([page.waitForNavigation(), page.click(selector)]);
        expect(await heading(page)).toContain(clause.title);
        expect(await page.evaluate(() => location.protocol)).toBe('file:');
        await page.close();
        expect(problems).toEqual([]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });

    test('the exported copy opens from disk in Firefox, and a decision is walked to its outcome by its links', async ({
      firefox,
    }) => {
      const { folder } = unzipExport(site.exportFolder);
      try {
        const { page } = await watchedPage(firefox);
        await page.goto(pathToFileURL(join(folder, 'policy-site', 'questions', id, 'index.html')).href);
        expect(await heading(page)).not.toBe('');
        /** Follows the link with these words, as a reader would click it. */
        const follow = async (text: string) => {
          const href = await page.$$eval(
            'a',
            (links, words) =>
              links
                .find((link) =>
                  // The whole link, or its own words without the hint under an answer.
                  [link.textContent.trim(), (link.childNodes[0]?.textContent ?? '').trim()].includes(words),
                )
                ?.getAttribute('href'),
            text,
          );
          expect(href, text).toBeTruthy();
          await Promise.all([page.waitForNavigation(), page.click(`a[href="${href ?? ''}"]`)]);
        };
        await follow('Start now →');
        for (const label of labels) await follow(label);
        expect(await page.$eval('.verdict', (element) => element.textContent.trim())).toBe(verdict);
        expect(await page.evaluate(() => location.protocol)).toBe('file:');
        await page.close();
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  });
}
