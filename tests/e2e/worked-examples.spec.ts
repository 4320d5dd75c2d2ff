/**
 * Every worked example (content/examples.yaml), walked in Chromium as a person would: open the
 * decision, choose each answer by its label, Continue, until the outcome; then check the verdict
 * in words and that each clause the example names is quoted and linked. The build checks the same
 * walks against the machines; this checks what a person sees and clicks.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { loadAllMachines } from '../../machines/index';
import { VERDICT_LABELS, type Verdict } from '../../machines/verdicts';
import type { QuestionMeta } from '../../machines/types';

interface Walk {
  scenario: string;
  answers: Record<string, string>;
  verdict: Verdict;
  cites: string[];
}
const examples = parse(readFileSync(new URL('../../content/examples.yaml', import.meta.url), 'utf8')) as { id: string; title: string; walks: Walk[] }[];
const machines = await loadAllMachines();

test('there are at least 30 worked examples', () => {
  expect(examples.length).toBeGreaterThanOrEqual(30);
});

for (const example of examples) {
  for (const [index, walk] of example.walks.entries()) {
    test(`${example.title}: asked as ${walk.scenario}${example.walks.filter((other) => other.scenario === walk.scenario).length > 1 ? ` (${String(index + 1)})` : ''}, "${VERDICT_LABELS[walk.verdict]}"`, async ({
      page,
    }) => {
      const machine = machines.get(walk.scenario as never);
      if (!machine) throw new Error(`no decision ${walk.scenario}`);
      // Start where the worked examples page sends a reader: the example's own outcome link is checked by the site tests.
      await page.goto(`/questions/${walk.scenario}/answers/`);
      await expect(page.locator('[data-decision] .step')).toBeVisible();
      for (const [question, answer] of Object.entries(walk.answers)) {
        const meta = machine.states[question]?.meta as QuestionMeta | undefined;
        const label = meta?.answers.find((option) => option.answer === answer)?.label;
        if (!meta || !label) throw new Error(`${example.id}: no answer "${answer}" to "${question}"`);
        await expect(page.locator('h1')).toHaveText(meta.prompt);
        await page.getByLabel(label, { exact: true }).check();
        await page.getByRole('button', { name: 'Continue' }).click();
      }
      await expect(page.locator('.verdict')).toHaveText(VERDICT_LABELS[walk.verdict]);
      for (const clause of walk.cites) await expect(page.locator(`figure.quote figcaption a[href="/electronic-social-media/${clause}/"]`)).toHaveCount(1);
      // The outcome is the one the examples page links to: the address holds every answer.
      await expect(page).toHaveURL(new RegExp(`/questions/${walk.scenario}/answers/.*=.*/$`));
    });
  }
}
