/**
 * The pages for handbook authors, on both sites and for every policy: every permanent link listed
 * with its citation, and the quick-reference card.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { allSteps, outcomeStates, replayAnswers, stateNameOf } from '../../src/lib/decision';

import { parseStepPath } from '../../src/lib/step-address';
import { formatMonth } from '../../src/lib/dates';
import { readBuiltPages, visibleText } from '../helpers/built-site';
import { readScenario } from '../helpers/content-files';
import { SITES, policiesOf, type TestPolicy, type TestSite } from '../helpers/sites';
import { explainCitation } from '../../src/lib/citations';

for (const site of SITES) await checkHandbookPages(site);

async function checkHandbookPages(site: TestSite) {
  const machines = await site.loadMachines();
  const pages = new Map(readBuiltPages(site.dist).map((page) => [page.path, page]));
  const policies = policiesOf(site);
  /** The site-wide pages list everything while the site holds one policy. */
  const onePolicy = policies.length === 1;
  const hrefsOf = (path: string, selector: string) =>
    pages
      .get(path)
      ?.document.querySelectorAll(selector)
      .map((element) => element.getAttribute('href') ?? element.getAttribute('data-copy-path'));
  const decisionsOn = (policy: TestPolicy) =>
    [...machines].filter(([id]) => readScenario(site.content, id).data.policy === policy.slug);

  for (const policy of policies) {
    const decisions = decisionsOn(policy);
    const links = pages.get(`/${policy.slug}/links/`)?.document;
    const copyPaths = new Set(
      links?.querySelectorAll('[data-copy-path]').map((button) => button.getAttribute('data-copy-path')),
    );

    describe(`${site.name}: Link to this policy (/${policy.slug}/links/)`, () => {
      it('lists the policy, every clause with its citation, and every decision on it', () => {
        expect(copyPaths).toContain(`/${policy.slug}/`);
        const citations = links
          ?.querySelectorAll('[data-copy-text]')
          .map((button) => button.getAttribute('data-copy-text'));
        for (const clause of policy.clauses) {
          expect(copyPaths, clause.id).toContain(`/${policy.slug}/${clause.id}/`);
          expect(citations, clause.id).toContain(clause.citation);
        }
        for (const [id] of decisions) expect(copyPaths).toContain(`/questions/${id}/`);
      });

      it('lists every outcome of every decision at an address that reaches it, with no shorter one', () => {
        for (const [id, machine] of decisions) {
          const listed = [...copyPaths].filter((path) => path?.startsWith(`/questions/${id}/answers/`));
          const reached = new Map(
            listed.map((path) => {
              // Replayed as the stepper replays a link: the address must lead to its outcome, with nothing ignored.
              const replay = replayAnswers(
                machine,
                parseStepPath(path?.slice(`/questions/${id}/answers/`.length) ?? '').answers,
              );
              expect(replay.ignored, path ?? '').toEqual([]);
              return [stateNameOf(replay.snapshot), replay.steps.length];
            }),
          );
          const steps = allSteps(machine);
          for (const [outcome] of outcomeStates(machine)) {
            expect(reached.has(outcome), `${id} ${outcome}`).toBe(true);
            const fewest = Math.min(
              ...steps.filter((step) => stateNameOf(step.snapshot) === outcome).map((step) => step.steps.length),
            );
            expect(reached.get(outcome), `${id} ${outcome}`).toBe(fewest);
          }
        }
      });

      it('explains the citation format with one of its own clauses', () => {
        const last = policy.clauses.at(-1);
        expect(visibleText(links?.querySelector('main'))).toContain(
          explainCitation(policy.citationTitle, last?.id ?? ''),
        );
      });
    });

    describe(`${site.name}: quick-reference card of ${policy.slug}`, () => {
      const card = pages.get(`/${policy.slug}/card/`)?.document;

      it('gives each question about the policy its short answer and the clauses its outcomes cite, in the policy’s order; without a question, each clause', () => {
        const rows = card?.querySelectorAll('.card-table tbody tr') ?? [];
        if (decisions.length === 0) {
          expect(visibleText(card?.querySelector('main'))).toContain('No question decides against this policy yet');
          expect(rows.map((row) => visibleText(row.querySelector('th')))).toEqual(
            policy.clauses.map((clause) => clause.label),
          );
          return;
        }
        expect(rows).toHaveLength(decisions.length);
        for (const [id, machine] of decisions) {
          const { question, shortAnswer } = readScenario(site.content, id).data;
          const row = rows.find((candidate) => visibleText(candidate.querySelector('th')) === question);
          expect(row, id).toBeDefined();
          expect(visibleText(row?.querySelector('td')), id).toContain(visibleText(parse(shortAnswer)));
          const cited = new Set(outcomeStates(machine).flatMap(([, meta]) => meta.cites));
          expect(visibleText(row?.querySelector('.card-table__clauses')), id).toBe(
            policy.clauses
              .filter((clause) => cited.has(clause.id))
              .map((clause) => clause.label)
              .join(', '),
          );
        }
      });

      it('prints the site address', () => {
        expect(card?.querySelectorAll('[data-site-address]').length).toBeGreaterThan(0);
      });
    });

    describe(`${site.name}: the pages of ${policy.slug} for handbook authors`, () => {
      it('are listed on the site-wide /links/: every address while the site holds one policy, else a link to the list', () => {
        const siteWide = new Set(hrefsOf('/links/', '[data-copy-path], .policy-titles a'));
        if (onePolicy) {
          for (const path of copyPaths)
            if (path?.startsWith(`/${policy.slug}/`) || path?.startsWith('/questions/'))
              expect(siteWide, path).toContain(path);
        } else {
          expect(siteWide).toContain(`/${policy.slug}/links/`);
        }
        expect(copyPaths).toContain(`/${policy.slug}/a-z/`);
        expect(copyPaths).toContain(`/${policy.slug}/card/`);
      });

      it('have their own A–Z index and card: the same as the site-wide ones while the site holds one policy, else listed on them', () => {
        const rows = (path: string) =>
          pages
            .get(path)
            ?.document.querySelectorAll('.card-table tbody tr')
            .map((row) => visibleText(row));
        const [firstClause] = policy.clauses;
        expect(hrefsOf(`/${policy.slug}/a-z/`, '.az-list a')).toContain(`/${policy.slug}/${firstClause?.id ?? ''}/`);
        if (onePolicy) {
          expect(hrefsOf(`/${policy.slug}/a-z/`, '.az-list a')).toEqual(hrefsOf('/a-z/', '.az-list a'));
          expect(rows(`/${policy.slug}/card/`)).toEqual(rows('/card/'));
        } else {
          expect(hrefsOf('/a-z/', '.az-list a')).toContain(`/${policy.slug}/a-z/`);
          expect(hrefsOf('/card/', 'main .az-list a')).toContain(`/${policy.slug}/card/`);
        }
      });

      it('are linked from the policy page, with its versions and the questions about the policy', () => {
        expect(hrefsOf(`/${policy.slug}/`, '.toc__extra a')).toEqual([
          `/${policy.slug}/map/`,
          `/${policy.slug}/a-z/`,
          `/${policy.slug}/card/`,
          `/${policy.slug}/links/`,
          ...(policy.month ? [`/${policy.slug}/changes/`] : []),
          ...(policy.month ? [`/${policy.slug}/${policy.month}/`] : []),
        ]);
        expect(hrefsOf(`/${policy.slug}/`, '.policy-questions li a') ?? []).toHaveLength(decisions.length);
        // With its self-check, when it has one.
        const selfCheck = `/${policy.slug}/check-yourself/`;
        expect(hrefsOf(`/${policy.slug}/`, '.self-check-link a') ?? []).toEqual(
          pages.has(selfCheck) ? [selfCheck] : [],
        );
        if (policy.month)
          expect(visibleText(pages.get(`/${policy.slug}/`)?.document.querySelector('main'))).toContain(
            formatMonth(policy.month),
          );
      });
    });
  }
}
