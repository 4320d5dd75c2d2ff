/** Checks over the built decision pages of both sites: every step exists, outcomes quote their clauses, cross-links hold. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { VERDICT_LABELS } from '../../machines/verdicts';
import { allSteps, metaOf, outcomeStates, stateNameOf } from '../../src/lib/decision';
import { stepPath } from '../../src/lib/step-address';
import { formatMonth } from '../../src/lib/dates';
import { fileForPath, readBuiltPages, searchRecordUrls, visibleText } from '../helpers/built-site';
import { readScenario } from '../helpers/content-files';
import { SITES, policyOfDecision, type TestSite } from '../helpers/sites';

for (const site of SITES) await checkDecisionPages(site);

/** The decision pages of one built site, against its machines and its content. */
async function checkDecisionPages(site: TestSite) {
  const machines = await site.loadMachines();
  const pages = new Map(readBuiltPages(site.dist).map((page) => [page.path, page]));
  const page = (path: string) => {
    const found = pages.get(path);
    if (!found) throw new Error(`no built page at ${path} of ${site.name}`);
    return found;
  };

  for (const [id, machine] of machines) {
    describe(`${site.name}: decision ${id}`, () => {
      const steps = allSteps(machine);
      const policy = policyOfDecision(site, id);

      it('has a pre-rendered page for every step, reachable by plain links from the introduction', () => {
        const reachable = new Set<string>();
        const queue = [`/questions/${id}/`];
        while (queue.length > 0) {
          const path = queue.shift() as string;
          if (reachable.has(path)) continue;
          reachable.add(path);
          for (const link of page(path).document.querySelectorAll('main a[href]')) {
            const href = link.getAttribute('href') ?? '';
            if (href.startsWith(`/questions/${id}/answers/`)) queue.push(href);
          }
        }
        for (const step of steps)
          expect(reachable, stepPath(step.steps)).toContain(`/questions/${id}/${stepPath(step.steps)}`);
      });

      it('shows each question as the page heading with its answers as links', () => {
        for (const step of steps) {
          const meta = metaOf(machine, step.snapshot);
          const document = page(`/questions/${id}/${stepPath(step.steps)}`).document;
          const heading = visibleText(document.querySelector('h1'));
          if (meta.kind === 'question') {
            expect(heading).toBe(meta.prompt);
            const links = document.querySelectorAll('.answer-link');
            expect(links.map((link) => (link.childNodes[0]?.text ?? '').trim())).toEqual(
              meta.answers.map((option) => option.label),
            );
            expect(links.map((link) => visibleText(link.querySelector('.answer-link__hint')))).toEqual(
              meta.answers.map((option) => option.hint ?? ''),
            );
          } else {
            expect(heading).toBe(meta.title);
          }
        }
      });

      it('states the verdict in words on every outcome and quotes each cited clause word for word, linked', () => {
        for (const step of steps) {
          const meta = metaOf(machine, step.snapshot);
          if (meta.kind !== 'outcome') continue;
          const document = page(`/questions/${id}/${stepPath(step.steps)}`).document;
          expect(visibleText(document.querySelector('.verdict'))).toBe(VERDICT_LABELS[meta.verdict]);
          // Near the verdict: what the site is (not legal advice) and whom to ask, linking what the verdicts mean.
          const advice = document.querySelector('.advice-note');
          expect(visibleText(advice)).toMatch(/not legal advice.*principal or supervisor/);
          expect(advice?.querySelector('a')?.getAttribute('href')).toBe('/questions/#verdicts');
          // The site's readings, apart from the quoted clauses and before them.
          const readings = document
            .querySelectorAll('.site-reading p a.site-reading__clause')
            .map((link) => link.getAttribute('href'));
          expect(readings).toEqual((meta.readings ?? []).map((ref) => `/${policy.slug}/${ref.clause}/`));
          if (meta.eitherWay) expect(visibleText(document.querySelector('.either-way'))).toBe(meta.eitherWay);
          const quotes = document.querySelectorAll('figure.quote');
          expect(quotes.map((quote) => visibleText(quote.querySelector('blockquote')))).toEqual(
            meta.cites.map((clause) => policy.clause(clause).text),
          );
          expect(quotes.map((quote) => quote.querySelector('figcaption a')?.getAttribute('href'))).toEqual(
            meta.cites.map((clause) => `/${policy.slug}/${clause}/`),
          );
          // A clause's status note (a repealed Act…) goes wherever the clause is quoted.
          for (const [index, clause] of meta.cites.entries()) {
            const note = policy.clause(clause).statusNote;
            if (note) expect(visibleText(quotes[index])).toContain(visibleText(parse(note)).slice(0, 40));
          }
          expect(visibleText(document.querySelector('.decided-against'))).toBe(
            policy.month
              ? `Decided against ${policy.title} as last reviewed in ${formatMonth(policy.month)}.`
              : `Decided against ${policy.title}, whose last review date is not published.`,
          );
        }
      });

      it('shows the whole decision as text on the introduction page: every question and outcome once, linked to a step that reaches it, every answer to where it leads', () => {
        const document = page(`/questions/${id}/`).document;
        const entries = document.querySelectorAll('details.outline .outline__states > li');
        const reached = new Set(steps.map((step) => stateNameOf(step.snapshot)));
        // Each state a person can meet (deciding states aside) has its own entry, once.
        const shown = entries.map((entry) => entry.id.replace(/^outline-/, ''));
        expect(new Set(shown).size).toBe(shown.length);
        for (const state of reached) expect(shown, state).toContain(state);
        const stepLinks = new Set(
          entries.map((entry) => entry.querySelector('.outline__question, .outline__outcome a')?.getAttribute('href')),
        );
        for (const state of reached) {
          const first = steps.find((step) => stateNameOf(step.snapshot) === state);
          expect(
            [...stepLinks].some((href) => href?.startsWith(`/questions/${id}/answers/`)),
            state,
          ).toBe(true);
          expect(page(`/questions/${id}/${stepPath(first?.steps ?? [])}`).document, state).toBeDefined();
        }
        // Every answer leads to an entry of the outline.
        for (const link of document.querySelectorAll('.outline__answers a'))
          expect(
            document.getElementById((link.getAttribute('href') ?? '').slice(1)),
            link.getAttribute('href') ?? '',
          ).not.toBeNull();
      });
    });
  }

  describe(`${site.name}: cross-links`, () => {
    it('lists, on each clause page, the decisions whose outcomes cite it', () => {
      for (const [id, machine] of machines) {
        for (const [, meta] of outcomeStates(machine)) {
          for (const clause of meta.cites) {
            const usedIn = visibleText(
              page(`/${policyOfDecision(site, id).slug}/${clause}/`).document.querySelector('.used-in'),
            );
            expect(usedIn, `${clause} should list ${id}: ${meta.title}`).toContain(meta.title);
          }
        }
      }
    });

    it('lists the questions on the home page, in the order their pages give', () => {
      const links = page('/')
        .document.querySelectorAll('.question-list a')
        .map((link) => link.getAttribute('href'));
      const orderOf = (id: string) => readScenario(site.content, id).data.order;
      const byOrder = [...machines.keys()].sort((a, b) => orderOf(a) - orderOf(b));
      expect(links).toEqual(byOrder.map((id) => `/questions/${id}/`));
      // Each page has its own place; where there are several, the order differs from the files'
      // alphabetical one (in which the content collection reads them), so an unsorted list would fail.
      expect(new Set(byOrder.map(orderOf)).size).toBe(machines.size);
      if (machines.size > 2) expect(byOrder).not.toEqual([...machines.keys()].sort());
    });

    it('gives search every decision by its introduction, but not its steps', () => {
      const found = searchRecordUrls(site.dist);
      for (const id of machines.keys()) {
        expect(found).toContain(`/questions/${id}/`);
        expect(fileForPath(site.dist, `/questions/${id}/answers/`)).toBeDefined();
      }
      expect(found.filter((url) => url.includes('/answers/'))).toEqual([]);
    });
  });

  describe(`${site.name}: worked examples`, () => {
    const index = page('/questions/examples/').document;
    const topicPaths = index
      .querySelectorAll('main h2 a')
      .map((link) => link.getAttribute('href') ?? '')
      .filter((href) => href.startsWith('/questions/examples/'));
    const topics = topicPaths.map((path) => ({ path, document: page(path).document }));
    const articles = topics.flatMap(({ document }) => document.querySelectorAll('article.example'));

    it('shows every situation of examples.yaml, each with its answer and at least one outcome, on one page per topic', () => {
      expect(topics.length).toBeGreaterThan(0);
      expect(articles.length).toBe(exampleCount(site));
      for (const article of articles) {
        expect(visibleText(article.querySelector('.example__answer')), article.id).toMatch(/^Answer: ./);
        expect(
          article.querySelectorAll('[data-example-outcome]').length,
          visibleText(article.querySelector('h2')),
        ).toBeGreaterThan(0);
      }
    });

    it('keeps each example’s permanent anchor on the examples page, leading to it on its topic’s page', () => {
      const entries = index.querySelectorAll('.example-index li[id]');
      expect(entries.length).toBe(articles.length);
      for (const entry of entries) {
        const href = entry.querySelector('a')?.getAttribute('href') ?? '';
        const [path, anchor] = href.split('#');
        expect(anchor, href).toBe(entry.id);
        expect(page(path ?? '').document.getElementById(entry.id)?.tagName, href).toBe('H2');
      }
    });

    it('links each answer to the outcome page it names, with the same verdict and title', () => {
      for (const { document } of topics) {
        for (const link of document.querySelectorAll('[data-example-outcome]')) {
          const href = link.getAttribute('href') ?? '';
          const outcome = page(href).document;
          expect(visibleText(outcome.querySelector('h1')), href).toBe(visibleText(link));
          expect(visibleText(outcome.querySelector('.verdict')), href).toBe(
            visibleText(link.parentNode.querySelector('.verdict-tag')),
          );
        }
      }
    });

    it('gives search each example on its own, at its anchor on its topic page, and never a page of them as a whole', () => {
      const found = searchRecordUrls(site.dist);
      for (const { path, document } of topics) {
        expect(found, path).not.toContain(path);
        for (const article of document.querySelectorAll('article.example'))
          expect(found).toContain(`${path}#${article.querySelector('h2')?.id ?? ''}`);
      }
      expect(found).not.toContain('/questions/examples/');
      const ids = articles.map((article) => article.querySelector('h2')?.id);
      expect(new Set(ids).size).toBe(articles.length);
    });
  });
}

/** How many worked examples the site's content has (examples.yaml, one `- id:` entry each). */
function exampleCount(site: TestSite): number {
  return (readFileSync(join(site.content, 'examples.yaml'), 'utf8').match(/^- id: /gm) ?? []).length;
}
