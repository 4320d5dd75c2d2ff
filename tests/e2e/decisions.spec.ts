/**
 * The stepper in Chromium on both sites, for every decision each has: walked by keyboard, Back,
 * reload, shared and tampered links, an error, nothing stored. What is particular to this policy's
 * decisions (links from before a question was added, after-the-fact steps, the statement to copy)
 * is in the spec named for that policy.
 */
import { expect, test, type Page } from '@playwright/test';
import { allSteps, metaOf, questionMeta, stateNameOf, startOf } from '../../src/lib/decision';
import { stepPath, type AnsweredStep } from '../../src/lib/step-address';
import { VERDICT_LABELS } from '../../machines/verdicts';
import { axeViolations, installAxe } from '../helpers/axe';
import { islandReady, urlEndingWith } from '../helpers/stepper';
import { BROWSER_SITES } from '../helpers/sites';

/** Answers the current question by keyboard alone: Tab to the radios, arrows to choose, Tab to Continue, Enter. */
async function answerByKeyboard(page: Page, optionIndex: number) {
  // From the top of a freshly loaded page this passes the skip link and the header first.
  for (let presses = 0; presses < 20; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)) === 'radio') break;
  }
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
  await page.keyboard.press('Space');
  for (let index = 0; index < optionIndex; index += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Continue');
  await page.keyboard.press('Enter');
}

for (const site of BROWSER_SITES) {
  const machines = await site.loadMachines();

  test.describe(`${site.name}: the stepper`, () => {
    test.use({ baseURL: site.origin });

    const [firstId] = machines.keys();
    for (const [id, machine] of machines) {
      // The longest walk the decision has: it passes the most questions. Every other walk to every
      // verdict is opened in worked-examples.spec.ts and checked against XState in
      // tests/machines; here the point is the keyboard and the focus.
      const steps = allSteps(machine);
      const outcomes = steps.filter((step) => metaOf(machine, step.snapshot).kind === 'outcome');
      const longest = outcomes.reduce((best, step) => (step.steps.length > best.steps.length ? step : best));
      const verdictOf = (step: (typeof steps)[number]) =>
        (metaOf(machine, step.snapshot) as { verdict: keyof typeof VERDICT_LABELS }).verdict;
      const firstQuestion = questionMeta(machine, stateNameOf(startOf(machine)));
      // A first answer that leads to another question, for the Back and reload tests.
      const second = steps.find(
        (step) => step.steps.length === 1 && metaOf(machine, step.snapshot).kind === 'question',
      );
      if (!firstQuestion || !second) throw new Error(`${id} has no second question`);
      const firstAnswer = firstQuestion.answers.find((option) => option.answer === second.steps[0]?.answer);
      const secondPrompt = (metaOf(machine, second.snapshot) as { prompt: string }).prompt;

      test(`${id}: the longest walk (${String(longest.steps.length)} questions) by keyboard alone, focus on each new heading`, async ({
        page,
      }) => {
        await page.goto(`/questions/${id}/answers/`);
        await islandReady(page);
        let replayed: AnsweredStep[] = [];
        for (const step of longest.steps) {
          const question = questionMeta(machine, step.question);
          await answerByKeyboard(page, question?.answers.findIndex((option) => option.answer === step.answer) ?? -1);
          replayed = [...replayed, step];
          await expect(page).toHaveURL(urlEndingWith(`/questions/${id}/${stepPath(replayed)}`));
          await expect(page.locator('h1')).toBeFocused();
        }
        await expect(page.locator('.verdict')).toHaveText(VERDICT_LABELS[verdictOf(longest)]);
      });

      // The stepper's own behaviour is the same for every decision: checked on the first one.
      if (id !== firstId) continue;
      test(`${id}: the browser Back button steps back, and the earlier answer is still selected; reload keeps the place`, async ({
        page,
      }) => {
        await page.goto(`/questions/${id}/answers/`);
        await islandReady(page);
        await page.getByLabel(firstAnswer?.label ?? '', { exact: true }).check();
        await page.getByRole('button', { name: 'Continue' }).click();
        await expect(page.locator('h1')).toHaveText(secondPrompt);
        await page.reload();
        await islandReady(page);
        await expect(page.locator('h1')).toHaveText(secondPrompt);
        await page.goBack();
        await expect(page.locator('h1')).toHaveText(firstQuestion.prompt);
        await expect(page.getByLabel(firstAnswer?.label ?? '', { exact: true })).toBeChecked();
      });

      test(`${id}: a tampered link lands on the last valid step with a notice`, async ({ page }) => {
        const valid = second.steps;
        const tampered = stepPath([...valid, { question: stateNameOf(second.snapshot), answer: 'banana' }]);
        await page.goto(`/questions/${id}/${tampered}`);
        await islandReady(page);
        await expect(page.locator('h1')).toHaveText(secondPrompt);
        await expect(page.getByRole('status').filter({ hasText: 'no longer fit' })).toBeVisible();
        await expect(page).toHaveURL(urlEndingWith(`/questions/${id}/${stepPath(valid)}`));
      });

      test(`${id}: Continue without an answer shows an error, not a new step; nothing is stored after a walk`, async ({
        page,
        context,
      }) => {
        await page.goto(`/questions/${id}/answers/`);
        await islandReady(page);
        await page.getByRole('button', { name: 'Continue' }).click();
        await expect(page.getByRole('alert')).toContainText('Select an answer');
        await expect(page).toHaveURL(/\/answers\/$/);
        await page.getByLabel(firstAnswer?.label ?? '', { exact: true }).check();
        await page.getByRole('button', { name: 'Continue' }).click();
        await expect(page.locator('h1')).toHaveText(secondPrompt);
        expect(await context.cookies()).toEqual([]);
        expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      });
    }

    // Every step and page is checked by axe, light and dark, in every-page.spec.ts. Here: the states
    // that only exist after a reader acts (an error shown, the outline opened), on the first decision.
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${colorScheme} mode: a question with its error shown, and an introduction with its outline open: no axe violations`, async ({
        page,
        context,
      }) => {
        await installAxe(context);
        await page.emulateMedia({ colorScheme });
        await page.goto(`/questions/${firstId ?? ''}/answers/`);
        await islandReady(page);
        await page.getByRole('button', { name: 'Continue' }).click();
        await expect(page.getByRole('alert')).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
        await page.goto(`/questions/${firstId ?? ''}/`);
        await page.locator('details.outline summary').click();
        await expect(page.locator('details.outline')).toHaveAttribute('open', '');
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
