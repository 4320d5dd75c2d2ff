/**
 * The request letter an outcome prepares, on both sites: for each decision's first outcome that
 * prepares one, the form fills the letter, quoting the policy's clauses with their addresses;
 * nothing typed is sent; without JavaScript the letter has blanks. What this policy's letters say
 * in particular is in the spec named for that policy.
 */
import { expect, test } from '@playwright/test';
import { allSteps, metaOf } from '../../src/lib/decision';
import { stepPath } from '../../src/lib/step-address';
import { ADDRESSEE_ROLES } from '../../src/lib/request-letter';
import { islandReady } from '../helpers/stepper';
import { BROWSER_SITES, policyOfDecision } from '../helpers/sites';

for (const site of BROWSER_SITES) {
  const machines = await site.loadMachines();
  const requests = [...machines].flatMap(([id, machine]) => {
    const step = allSteps(machine).find((candidate) => {
      const meta = metaOf(machine, candidate.snapshot);
      return meta.kind === 'outcome' && meta.request !== undefined;
    });
    const meta = step ? metaOf(machine, step.snapshot) : undefined;
    return step && meta?.kind === 'outcome' && meta.request
      ? [{ id, path: `/questions/${id}/${stepPath(step.steps)}`, request: meta.request }]
      : [];
  });
  if (requests.length === 0) throw new Error(`${site.name}: no outcome prepares a request letter`);

  test.describe(`${site.name}: request letters`, () => {
    test.use({ baseURL: site.origin });

    for (const { id, path, request } of requests) {
      const policy = policyOfDecision(site, id);
      const addressee = ADDRESSEE_ROLES[request.addressees[0] ?? 'principal'];

      test(`${id}: the form fills the letter to the ${addressee.toLowerCase()}, quoting each clause with its address; nothing typed is sent`, async ({
        page,
      }) => {
        await page.goto(path);
        await islandReady(page);
        const sent: string[] = [];
        page.on('request', (sentRequest) => sent.push(sentRequest.url()));
        const letter = page.getByRole('article', { name: 'The request letter' });
        await page.getByLabel('Your name').fill('Sam Teacher');
        await page.getByLabel('Their name').fill('Pat Lee');
        await expect(letter).toContainText(`To: Pat Lee, ${addressee}`);
        await expect(letter).toContainText('Sam Teacher');
        for (const clause of request.cites) {
          const { citation } = policy.clause(clause);
          await expect(letter).toContainText(`${citation}, ${site.origin}/${policy.slug}/${clause}/`);
        }
        // The form's submit control sends nothing: it moves to the letter the boxes filled in.
        await page.getByRole('button', { name: 'Fill in the letter' }).click();
        await expect(letter).toBeFocused();
        await page.waitForTimeout(300);
        expect(sent).toEqual([]);
      });
    }
  });

  test.describe(`${site.name}: request letters without JavaScript`, () => {
    test.use({ baseURL: site.origin, javaScriptEnabled: false });
    const [first] = requests;

    test('the letter is there with blanks to fill in by hand', async ({ page }) => {
      await page.goto(first?.path ?? '/');
      await expect(page.getByRole('article', { name: 'The request letter' })).toContainText(
        `To: ____________________, ${ADDRESSEE_ROLES[first?.request.addressees[0] ?? 'principal']}`,
      );
    });
  });
}
