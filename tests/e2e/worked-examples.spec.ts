/**
 * Every worked example (content/examples.yaml) as a person meets it in Chromium: its topic's page
 * (read from dist/) links each walk to its outcome, and that address shows the verdict in words with each clause the
 * example names quoted and linked. The build replays the same walks against the machines
 * (src/lib/check-examples.ts); the island renders an address by stepping the same machines with
 * XState, so showing the address is the walk. The island is loaded once per decision and moved to
 * each address by history.pushState and a popstate event, as Back and Forward move it (a page load
 * each would add a second per walk).
 * Answering by clicks and by keyboard is tested in decisions.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { VERDICT_LABELS, type Verdict } from '../../machines/verdicts';
import { stepPath } from '../../src/lib/step-address';
import { readBuiltPages } from '../helpers/built-site';
import { urlEndingWith } from '../helpers/stepper';
import { BROWSER_SITES } from '../helpers/sites';

interface Walk {
  scenario: string;
  answers: Record<string, string>;
  verdict: Verdict;
  cites: string[];
}
for (const site of BROWSER_SITES) {
  const examples = parse(readFileSync(join(site.content, 'examples.yaml'), 'utf8')) as {
    id: string;
    topic: string;
    title: string;
    walks: Walk[];
  }[];
  const { policies } = JSON.parse(readFileSync(join(site.dist, 'site.json'), 'utf8')) as {
    policies: { slug: string }[];
  };
  const machines = await site.loadMachines();
  /** Each example's links to its walks' outcomes, as its topic's page in dist/ has them: "<example> <href>". */
  const linked = readBuiltPages(site.dist)
    .filter((page) => page.path.startsWith('/questions/examples/') && page.path !== '/questions/examples/')
    .flatMap((page) =>
      page.document
        .querySelectorAll('a[data-example-outcome]')
        .map(
          (link) =>
            `${link.closest('article')?.getAttribute('aria-labelledby') ?? ''} ${link.getAttribute('href') ?? ''}`,
        ),
    );

  test.describe(site.name, () => {
    test.use({ baseURL: site.origin });
    for (const id of machines.keys()) {
      const walks = examples.flatMap((example) =>
        example.walks.filter((walk) => walk.scenario === id).map((walk) => ({ example, walk })),
      );

      test(`${id}: each worked example's link opens its verdict, quoting its clauses (${String(walks.length)} walks)`, async ({
        page,
      }) => {
        await page.goto(`/questions/${id}/answers/`);
        await expect(page.locator('[data-static-step]')).toHaveCount(0);
        for (const { example, walk } of walks) {
          const steps = Object.entries(walk.answers).map(([question, answer]) => ({ question, answer }));
          const href = `/questions/${id}/${stepPath(steps)}`;
          expect(linked, `${example.id} links to ${href}`).toContain(`${example.id} ${href}`);
          // Back to the first question, then to the walk's address: the verdict shown is this walk's.
          for (const address of [`/questions/${id}/answers/`, href]) {
            await page.evaluate((to) => {
              history.pushState(null, '', to);
              dispatchEvent(new PopStateEvent('popstate'));
            }, address);
            if (address !== href) await expect(page.locator('[data-decision] .verdict')).toHaveCount(0);
          }
          await expect(page.locator('.verdict'), example.id).toHaveText(VERDICT_LABELS[walk.verdict]);
          for (const clause of walk.cites) {
            const cited = policies.map((policy) => `figure.quote figcaption a[href="/${policy.slug}/${clause}/"]`);
            await expect(page.locator(cited.join(', ')), `${example.id} quotes ${clause}`).toHaveCount(1);
          }
        }
      });
    }

    test(`an example’s permanent address leads on to it on its topic’s page`, async ({ page }) => {
      const [example] = examples;
      if (!example) throw new Error(`${site.name} has no worked example`);
      await page.goto(`/questions/examples/#${example.id}`);
      await expect(page).toHaveURL(urlEndingWith(`/questions/examples/${example.topic}/#${example.id}`));
      await expect(page.locator(`[id="${example.id}"]`)).toHaveText(example.title);
    });
  });
}
