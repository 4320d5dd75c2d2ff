/**
 * Every worked example (content/examples.yaml) as a person meets it in Chromium: the examples page
 * links each walk to its outcome, and that link opens the verdict in words with each clause the
 * example names quoted and linked. The build replays the same walks against the machines
 * (src/lib/check-content.ts); the island renders an address by stepping the same machines with
 * XState, so opening the address is the walk. Answering by clicks and by keyboard is tested in
 * decisions.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { loadAllMachines } from '../../machines/index';
import { VERDICT_LABELS, type Verdict } from '../../machines/verdicts';
import { questionMeta } from '../../src/lib/decision';
import { stepPath } from '../../src/lib/step-address';

interface Walk {
  scenario: string;
  answers: Record<string, string>;
  verdict: Verdict;
  cites: string[];
}
const examples = parse(readFileSync(new URL('../../content/examples.yaml', import.meta.url), 'utf8')) as {
  id: string;
  title: string;
  walks: Walk[];
}[];
const { policies } = JSON.parse(readFileSync(new URL('../../dist/site.json', import.meta.url), 'utf8')) as {
  policies: { slug: string }[];
};
const machines = await loadAllMachines();

test('there are at least 30 worked examples, walked through every decision', () => {
  expect(examples.length).toBeGreaterThanOrEqual(30);
  expect(new Set(examples.flatMap((example) => example.walks.map((walk) => walk.scenario)))).toEqual(
    new Set(machines.keys()),
  );
});

for (const [id, machine] of machines) {
  const walks = examples.flatMap((example) =>
    example.walks.filter((walk) => walk.scenario === id).map((walk) => ({ example, walk })),
  );

  test(`${id}: each worked example's link opens its verdict, quoting its clauses (${String(walks.length)} walks)`, async ({
    page,
  }) => {
    await page.goto('/questions/examples/');
    const linked = await page
      .locator(`a[data-example-outcome="${id}"]`)
      .evaluateAll((links) =>
        links.map(
          (link) =>
            `${link.closest('article')?.getAttribute('aria-labelledby') ?? ''} ${link.getAttribute('href') ?? ''}`,
        ),
      );
    for (const { example, walk } of walks) {
      // Every answer is one this decision offers to the question, in the order it asks them.
      for (const [question, answer] of Object.entries(walk.answers)) {
        expect(
          questionMeta(machine, question)?.answers.map((option) => option.answer),
          example.id,
        ).toContain(answer);
      }
      const href = `/questions/${id}/${stepPath(Object.entries(walk.answers).map(([question, answer]) => ({ question, answer })))}`;
      expect(linked, `${example.id} links to ${href}`).toContain(`${example.id} ${href}`);
      await page.goto(href);
      await expect(page.locator('[data-static-step]'), example.id).toHaveCount(0);
      await expect(page.locator('.verdict'), example.id).toHaveText(VERDICT_LABELS[walk.verdict]);
      for (const clause of walk.cites) {
        const cited = policies.map((policy) => `figure.quote figcaption a[href="/${policy.slug}/${clause}/"]`);
        await expect(page.locator(cited.join(', ')), `${example.id} quotes ${clause}`).toHaveCount(1);
      }
    }
  });
}
