import { expect, test, type Page } from '@playwright/test';
import { copiedText, recordClipboardWrites } from '../helpers/clipboard';
import { loadAllMachines } from '../../machines/index';
import { allSteps, metaOf, questionMeta } from '../../src/lib/decision';
import { stepPath, type AnsweredStep } from '../../src/lib/step-address';
import { VERDICT_LABELS } from '../../machines/verdicts';
import { axeViolations, installAxe } from '../helpers/axe';

const machines = await loadAllMachines();

/** Waits until the stepper island has taken over from the pre-rendered step. */
async function islandReady(page: Page) {
  await expect(page.locator('[data-static-step]')).toHaveCount(0);
  await expect(page.locator('[data-decision] .step')).toBeVisible();
}

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

for (const [id, machine] of machines) {
  // The longest walk the decision has: it passes the most questions. Every other walk to every
  // verdict is opened in worked-examples.spec.ts and checked against XState in
  // tests/machines; here the point is the keyboard and the focus.
  const longest = allSteps(machine)
    .filter((step) => metaOf(machine, step.snapshot).kind === 'outcome')
    .reduce((best, step) => (step.steps.length > best.steps.length ? step : best));
  const verdict = (metaOf(machine, longest.snapshot) as { verdict: keyof typeof VERDICT_LABELS }).verdict;

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
      await expect(page).toHaveURL(
        new RegExp(`/questions/${id}/${stepPath(replayed).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      );
      await expect(page.locator('h1')).toBeFocused();
    }
    await expect(page.locator('.verdict')).toHaveText(VERDICT_LABELS[verdict]);
  });
}

test.describe('the stepper', () => {
  test('the browser Back button steps back, and the earlier answer is still selected', async ({ page }) => {
    await page.goto('/questions/friend-request/answers/has-it-happened=not-yet/');
    await islandReady(page);
    await page.getByLabel('Yes, a school student', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('h1')).toHaveText('What is happening?');
    await page.goBack();
    await expect(page.locator('h1')).toHaveText('Is the other person a student, at any school?');
    await expect(page.getByLabel('Yes, a school student', { exact: true })).toBeChecked();
  });

  test('reload keeps the place', async ({ page }) => {
    await page.goto('/questions/school-group/answers/has-principal-approval=yes/');
    await islandReady(page);
    await page.reload();
    await islandReady(page);
    await expect(page.locator('h1')).toHaveText('Will a teacher supervise and monitor the group?');
  });

  test('a shared outcome link opens that outcome', async ({ page }) => {
    await page.goto(
      '/questions/school-group/answers/has-principal-approval=no/is-supervised-by-teacher=yes/has-two-staff-admins=not-sure/',
    );
    await islandReady(page);
    await expect(page.locator('.verdict')).toHaveText('Not allowed');
    await expect(page.locator('.requirement-list li')).toHaveCount(2);
    await expect(page.locator('.site-reading')).toContainText('This site reads them as what any group with students');
  });

  test('an outdated or tampered link lands on the last valid step with a notice', async ({ page }) => {
    await page.goto(
      '/questions/friend-request/answers/is-current-student=student/what-kind-of-connection=request/is-part-of-course-or-club=banana/',
    );
    await islandReady(page);
    await expect(page.locator('h1')).toHaveText(
      'Is the networking part of an existing school course or school club structure?',
    );
    await expect(page.getByRole('status').filter({ hasText: 'no longer fit' })).toBeVisible();
    await expect(page).toHaveURL(
      /\/questions\/friend-request\/answers\/has-it-happened=not-yet\/is-current-student=student\/what-kind-of-connection=request\/$/,
    );
  });

  test('a link made before a question was added lands on the new question, keeping the answers that still fit', async ({
    page,
  }) => {
    // Before November 2026 the friend-request decision did not ask what kind of connection it was.
    await page.goto('/questions/friend-request/answers/is-current-student=student/is-part-of-course-or-club=no/');
    await islandReady(page);
    await expect(page.locator('h1')).toHaveText('What is happening?');
    await expect(page.getByRole('status').filter({ hasText: 'now asks this question' })).toBeVisible();
    // Answered, the new question hands over to the link's later answer, which still fits.
    await page.getByLabel(/^A friend, follow or connection request/).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('.verdict')).toHaveText('Not allowed');
    await expect(page).toHaveURL(/what-kind-of-connection=request\/is-part-of-course-or-club=no\/$/);
  });

  test('a link made before "has it already happened?" was asked opens its step, saying it was answered "not yet"', async ({
    page,
  }) => {
    await page.goto('/questions/friend-request/answers/is-current-student=not-student/');
    await islandReady(page);
    await expect(page.locator('.verdict')).toHaveText('Not decided by this policy');
    await expect(
      page.getByRole('status').filter({ hasText: 'Have you already accepted or sent the request?' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/answers\/has-it-happened=not-yet\/is-current-student=not-student\/$/);
  });

  test('after the fact, the outcome says what to do now, each step marked as the policy or the site’s advice', async ({
    page,
  }) => {
    await page.goto('/questions/personal-post/answers/');
    await islandReady(page);
    for (const answer of [
      'Yes, I have already posted, commented or shared it',
      'Post, comment, reply or share',
      'No',
      'Yes',
      'No',
    ]) {
      await page.getByLabel(answer, { exact: true }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await expect(page.locator('.verdict')).toHaveText('Not allowed');
    const now = page.locator('section', {
      has: page.getByRole('heading', { name: 'It has already happened: what to do now' }),
    });
    await expect(now.locator('li')).toHaveCount(4);
    await expect(now.locator('li').first()).toContainText('The policy:');
    await expect(now.locator('li').first().getByRole('link', { name: '2(a)' })).toBeVisible();
    await expect(now.locator('li').nth(1)).toContainText("This site's advice:");
  });

  test('Continue without an answer shows an error, not a new step', async ({ page }) => {
    await page.goto('/questions/personal-post/answers/');
    await islandReady(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toContainText('Select an answer');
    await expect(page).toHaveURL(/\/answers\/$/);
  });

  test('changing an answer keeps the later answers that still apply', async ({ page }) => {
    await page.goto(
      '/questions/school-group/answers/has-principal-approval=yes/is-supervised-by-teacher=yes/has-two-staff-admins=yes/',
    );
    await islandReady(page);
    await expect(page.locator('.verdict')).toHaveText('Allowed with conditions');
    await page.getByRole('link', { name: 'Change your answer to: Has the principal approved the group?' }).click();
    await expect(page.getByLabel('Yes', { exact: true })).toBeChecked();
    await page.getByLabel('No', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('.verdict')).toHaveText('Not allowed');
    await expect(page.locator('.requirement-list li')).toHaveCount(1);
  });

  test('the statement to copy goes onto the clipboard', async ({ page, context }) => {
    await recordClipboardWrites(context);
    await page.goto(
      '/questions/representing-the-division/answers/has-it-happened=not-yet/is-written-to-student=no/is-representing-the-school=no/is-identifiable-as-employee=yes/',
    );
    await islandReady(page);
    await page.getByRole('button', { name: 'Copy the statement' }).click();
    await expect
      .poll(() => copiedText(page))
      .toContain('I am not representing the views of a school, department or the Division.');
  });

  test('stores nothing: no cookies and no storage after a walk', async ({ page, context }) => {
    await page.goto(
      '/questions/friend-request/answers/has-it-happened=not-yet/is-current-student=student/what-kind-of-connection=request/',
    );
    await islandReady(page);
    await page.getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });
});

// Every step and page is checked by axe, light and dark, in every-page.spec.ts. Here: the states
// that only exist after a reader acts (an error shown, the outline opened).
for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} mode: a question with its error shown, and an introduction with its outline open: no axe violations`, async ({
    page,
    context,
  }) => {
    await installAxe(context);
    await page.emulateMedia({ colorScheme });
    await page.goto('/questions/sharing-student-content/answers/');
    await islandReady(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/questions/personal-post/');
    await page.locator('details.outline summary').click();
    await expect(page.locator('details.outline')).toHaveAttribute('open', '');
    expect(await axeViolations(page)).toEqual([]);
  });
}
