import { expect, test } from '@playwright/test';

const islandReady = async (page: import('@playwright/test').Page) =>
  expect(page.locator('[data-static-step]')).toHaveCount(0);

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
  await page.getByLabel("Student's parent or guardian").check();
  await expect(letter).toContainText("Student's parent or guardian");
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

test('nothing typed into the form is sent anywhere', async ({ page }) => {
  const requests: string[] = [];
  await page.goto(
    '/questions/representing-the-division/answers/has-it-happened=not-yet/is-written-to-student=no/is-representing-the-school=yes/has-written-permission=no/',
  );
  await islandReady(page);
  page.on('request', (request) => requests.push(request.url()));
  await page.getByLabel('Your name').fill('Sam Teacher');
  await page.getByLabel('Where').fill('the school account');
  await page.waitForTimeout(300);
  expect(requests).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the letter is there with blanks to fill in by hand', async ({ page }) => {
    await page.goto(
      '/questions/representing-the-division/answers/has-it-happened=not-yet/is-written-to-student=no/is-representing-the-school=yes/has-written-permission=no/',
    );
    await expect(page.getByRole('article', { name: 'The request letter' })).toContainText(
      'To: ____________________, Principal',
    );
  });
});
