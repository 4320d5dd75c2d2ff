/** The diagrams in both built sites: drawn from the machines on every build, complete, linked and labelled. */
import { describe, expect, it } from 'vitest';
import { outcomeStates } from '../../src/lib/decision';
import { VERDICT_LABELS } from '../../machines/verdicts';
import { readBuiltPages, visibleText } from '../helpers/built-site';
import { SITES, policiesOf, policyOfDecision, type TestSite } from '../helpers/sites';

const linksIn = (element: {
  querySelectorAll: (selector: string) => { getAttribute: (name: string) => string | undefined }[];
}) => element.querySelectorAll('a').map((link) => link.getAttribute('xlink:href'));

for (const site of SITES) await checkDiagrams(site);

async function checkDiagrams(site: TestSite) {
  const machines = await site.loadMachines();
  const pages = new Map(readBuiltPages(site.dist).map((page) => [page.path, page]));
  const svgOf = (path: string) => {
    const svg = pages.get(path)?.document.querySelector('svg.diagram__svg');
    if (!svg) throw new Error(`no diagram on ${path} of ${site.name}`);
    return svg;
  };

  for (const [id, machine] of machines) {
    describe(`${site.name}: flowchart of ${id}`, () => {
      const policy = policyOfDecision(site, id);
      const clausePaths = new Set(policy.clauses.map((clause) => `/${policy.slug}/${clause.id}/`));
      const svg = svgOf(`/questions/${id}/flowchart/`);

      it('draws every state of the machine', () => {
        const drawn = svg.querySelectorAll('g.node').map((node) => node.id.replace(/^state-/, ''));
        expect(drawn.sort()).toEqual(Object.keys(machine.states).sort());
      });

      it('marks every outcome with its verdict in words and links each cited clause', () => {
        for (const [state, meta] of outcomeStates(machine)) {
          const node = svg.querySelector(`g#state-${state}`);
          expect(visibleText(node).startsWith(VERDICT_LABELS[meta.verdict]), `${state}: ${visibleText(node)}`).toBe(
            true,
          );
          const clauseLinks = linksIn(node as never).filter((href) => clausePaths.has(href ?? ''));
          expect(clauseLinks.sort(), state).toEqual(meta.cites.map((clause) => `/${policy.slug}/${clause}/`).sort());
        }
      });

      it('draws an arrow, labelled, for every way on from every question and deciding state', () => {
        const edges = svg.querySelectorAll('g.edge');
        // Answers to the same place share one arrow; each distinct target of each state is one arrow.
        const expected = Object.values(machine.states).reduce((total, node) => {
          const targets = new Set(
            [...[...node.transitions.values()].flat(), ...(node.always ?? [])].map(
              (transition) => transition.target?.[0]?.key,
            ),
          );
          return total + targets.size;
        }, 0);
        expect(edges.length).toBe(expected);
        for (const edge of edges) expect(visibleText(edge)).not.toBe('');
      });

      it('has a title and a description, and no link without an address', () => {
        expect(visibleText(svg.querySelector('title'))).toContain('Flowchart');
        expect(visibleText(svg.querySelector('desc'))).not.toBe('');
        for (const link of svg.querySelectorAll('a'))
          expect(link.getAttribute('xlink:href'), link.toString().slice(0, 80)).toBeTruthy();
      });
    });
  }

  for (const policy of policiesOf(site)) {
    describe(`${site.name}: the map of ${policy.slug}`, () => {
      const svg = svgOf(`/${policy.slug}/map/`);
      const decisions = [...machines.keys()].filter((id) => policyOfDecision(site, id).slug === policy.slug);

      it('shows every clause and every decision on the policy, each linking to its page', () => {
        for (const clause of policy.clauses)
          expect(linksIn(svg.querySelector(`g[id="clause-${clause.id}"]`) as never), clause.id).toEqual([
            `/${policy.slug}/${clause.id}/`,
          ]);
        for (const id of decisions)
          expect(linksIn(svg.querySelector(`g#decision-${id}`) as never)).toEqual([`/questions/${id}/`]);
        expect(svg.querySelectorAll('g[id^="decision-"]')).toHaveLength(decisions.length);
      });
    });
  }
}
