/**
 * What is particular to the Electronic Social Media policy and its seven decisions, on the real
 * site: where its clauses and questions rank for what staff type, links made before a question was
 * added, after-the-fact steps, the statement to copy, and what its request letters say. Everything
 * every policy must do is tested on both sites in the other specs.
 */
import { expect, test, type Page } from '@playwright/test';
import { copiedText, recordClipboardWrites } from '../helpers/clipboard';
import { islandReady } from '../helpers/stepper';
import { SEARCH_LABEL } from '../helpers/search-box';
import { REAL_SITE, policiesOf } from '../helpers/sites';

const SLUG = 'electronic-social-media';
const POLICY = policiesOf(REAL_SITE).find((policy) => policy.slug === SLUG);
if (!POLICY) throw new Error(`content/ has no policy ${SLUG}`);
/**
 * With other policies in content/, this policy's ranking is asked of search narrowed to it (the
 * search page's "Search in"): how results of several policies rank among each other is not this
 * policy's to say.
 */
const SEVERAL_POLICIES = policiesOf(REAL_SITE).length > 1;

/**
 * Searches as a reader does, in the header box (or, on a site of several policies, on the search
 * page narrowed to this policy), and returns the result links, best first.
 */
async function searchFor(page: Page, query: string) {
  if (SEVERAL_POLICIES) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}&policy=${encodeURIComponent(POLICY?.title ?? '')}`);
    await expect(page.locator('#page-search-results')).toHaveAttribute('data-search-query', query);
    const results = page.locator('#page-search-results a');
    await expect(results.first()).toBeVisible();
    return results;
  }
  const box = page.getByRole('searchbox', { name: SEARCH_LABEL });
  await box.fill(query);
  await expect(page.locator('#site-search-results')).toHaveAttribute('data-search-query', query);
  const results = page.locator('#site-search-results a');
  await expect(results.first()).toBeVisible();
  return results;
}

test.describe("search ranks this policy's clauses and questions for what staff type", () => {
  const bestResults: [query: string, clause: string][] = [
    ['3e', '3e'],
    ['friend request', '3e'],
    ['consent', '2a'],
    ['FOIP', '2g'],
    ['principal', '3b'],
  ];
  test(`puts the clause first for ${String(bestResults.length)} queries that name it`, async ({ page }) => {
    await page.goto('/');
    const misses: string[] = [];
    for (const [query, clause] of bestResults) {
      const results = await searchFor(page, query);
      const first = await results.first().getAttribute('href');
      if (first !== `/electronic-social-media/${clause}/`)
        misses.push(`"${query}": expected ${clause} first, got ${first ?? 'nothing'}`);
    }
    expect(misses).toEqual([]);
  });

  /**
   * What staff type, and the page that must be among the first three results: platform names (the
   * definition's list and today's) and the plain words of the worked examples.
   */
  const findsTheQuestion: [query: string, page: string][] = [
    ['tiktok', '/questions/friend-request/'],
    ['linkedin', '/questions/friend-request/'],
    ['instagram follow', '/questions/friend-request/'],
    ['facebook friend request', '/questions/friend-request/'],
    ['snapchat', '/questions/messaging-a-student/'],
    ['whatsapp', '/questions/messaging-a-student/'],
    ['messenger', '/questions/messaging-a-student/'],
    ['microsoft teams', '/questions/messaging-a-student/'],
    ['google classroom', '/questions/messaging-a-student/'],
    ['remind', '/questions/messaging-a-student/'],
    ['discord', '/questions/school-group/'],
    ['whatsapp group', '/questions/school-group/'],
    ['youtube', '/questions/personal-post/'],
    ['school instagram account', '/questions/representing-the-division/'],
    ['school facebook page', '/questions/representing-the-division/'],
    ['tweet', '/questions/personal-post/'],
    ['personal blog', '/questions/personal-post/'],
    ['reddit', '/questions/academic-group/'],
    ['class photo', '/questions/sharing-student-content/'],
    ['photo of my class', '/questions/sharing-student-content/'],
    ['media release form', '/questions/sharing-student-content/'],
    // The photo decision, which asks the student's age; its worked examples of 18-year-olds come
    // after it and the clause, which answer the same words.
    ['18 year old student photo', '/questions/sharing-student-content/'],
    // The photo decision comes first (its worked examples lead to it), the clause with it.
    ['photo', '/electronic-social-media/2a/'],
    ['student essay', '/questions/sharing-student-content/'],
    ['consent form', '/questions/sharing-student-content/'],
    ['written consent', '/electronic-social-media/2a/'],
    ['confidential records', '/electronic-social-media/2a/'],
    ['follow a student', '/electronic-social-media/3e/'],
    ['former student', '/questions/friend-request/'],
    ['parent friend request', '/questions/friend-request/'],
    ['message a student', '/questions/messaging-a-student/'],
    ['text a student', '/questions/messaging-a-student/'],
    ['student in crisis', '/questions/messaging-a-student/'],
    ['group chat with students', '/questions/school-group/'],
    ['set up a class group', '/questions/school-group/'],
    ['principal approval', '/electronic-social-media/3b/'],
    ['two administrators', '/electronic-social-media/3c/'],
    ['nickname', '/questions/academic-group/'],
    ['anonymous account', '/questions/academic-group/'],
    ['professional learning', '/questions/academic-group/'],
    ['my views are my own', '/questions/representing-the-division/'],
    ['represent the school', '/electronic-social-media/1a/'],
    ['defamatory', '/electronic-social-media/2b/'],
    ['harassing', '/electronic-social-media/2f/'],
    ['copyright', '/questions/personal-post/'],
    ['reputation', '/electronic-social-media/2c/'],
    ['disruption', '/electronic-social-media/2d/'],
    ['freedom of information', '/electronic-social-media/2g/'],
    ['re-share the school post', '/questions/personal-post/'],
  ];

  test(`finds the right question or clause in the first three results for ${String(findsTheQuestion.length)} queries staff type`, async ({
    page,
  }) => {
    // On a site of several policies each query loads the search page narrowed to this policy.
    test.setTimeout(120_000);
    await page.goto('/');
    const misses: string[] = [];
    for (const [query, expected] of findsTheQuestion) {
      const results = await searchFor(page, query);
      const top = await results.evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
      if (!top.includes(expected)) misses.push(`"${query}": expected ${expected} in ${top.join(', ')}`);
    }
    expect(misses).toEqual([]);
  });

  test('"friend request" also finds the friend-request decision', async ({ page }) => {
    await page.goto('/');
    const results = await searchFor(page, 'friend request');
    const top = await results.evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
    expect(top).toContain('/questions/friend-request/');
  });
});

test.describe("the stepper on this policy's decisions", () => {
  test('a shared outcome link opens that outcome', async ({ page }) => {
    await page.goto(
      '/questions/school-group/answers/has-principal-approval=no/is-supervised-by-teacher=yes/has-two-staff-admins=not-sure/',
    );
    await islandReady(page);
    await expect(page.locator('.verdict')).toHaveText('Not allowed');
    await expect(page.locator('.requirement-list li')).toHaveCount(2);
    await expect(page.locator('.site-reading')).toContainText('This site reads them as what any group with students');
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
});

test.describe("this policy's request letters", () => {
  test('the form fills the letter, addressed to the person chosen, quoting the clause with its address', async ({
    page,
    baseURL,
  }) => {
    await page.goto(
      '/questions/sharing-student-content/answers/has-it-happened=not-yet/what-will-be-shared=images/how-old-is-the-student=sixteen-or-seventeen/is-independent-student=yes/has-independent-student-consent=no/',
    );
    await islandReady(page);
    // 2(a): an independent student aged 16 or 17 may consent themself, so the student is offered first.
    await expect(page.getByLabel('Student (independent, aged 16 or 17)')).toBeChecked();
    await page.getByLabel('Your name').fill('Sam Teacher');
    await page.getByLabel('Their name').fill('Alex Doe');
    await page.getByLabel('What will be posted, shared or created').fill('photos of the science fair');
    const letter = page.getByRole('article', { name: 'The request letter' });
    await expect(letter).toContainText('To: Alex Doe, Student (independent, aged 16 or 17)');
    await expect(letter).toContainText('disclose the following about you: photos of the science fair');
    await expect(letter).toContainText(`Electronic Social Media, s 2(a), ${baseURL}/electronic-social-media/2a/`);
    // Whether the guardian still consents for an independent student, the policy does not say: not offered.
    await expect(page.getByLabel("Student's parent or guardian")).toHaveCount(0);
    await page.getByLabel('Principal').check();
    await expect(letter).toContainText('To: Alex Doe, Principal');
    // The form's submit control sends nothing: it moves to the letter the boxes filled in.
    await page.getByRole('button', { name: 'Fill in the letter' }).click();
    await expect(letter).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'The letter below is filled in' })).toBeVisible();
  });

  test('a group approval request goes to the principal, and the letter prints on one page', async ({ page }) => {
    await page.goto(
      '/questions/school-group/answers/has-principal-approval=no/is-supervised-by-teacher=yes/has-two-staff-admins=yes/',
    );
    await islandReady(page);
    await expect(page.getByRole('radio', { name: 'Principal' })).toHaveCount(0);
    const letter = page.getByRole('article', { name: 'The request letter' });
    await expect(letter).toContainText(', Principal');
    await expect(letter).toContainText('Principals will only approve school-based electronic social media groups');
    await page.evaluate(() => document.body.classList.add('printing-letter'));
    const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  });
});
