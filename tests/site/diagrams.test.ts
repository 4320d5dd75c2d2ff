/** The diagrams in the built site: drawn from the machines on every build, complete, linked and labelled. */
import { describe, expect, it } from 'vitest';
import { loadAllMachines } from '../../machines/index';
import { outcomeStates } from '../../src/lib/decision';
import { VERDICT_LABELS } from '../../machines/verdicts';
import { readBuiltPages, visibleText } from '../helpers/built-site';
import { CONTENT_ROOT, readPolicyFolder } from '../helpers/content-files';

const machines = await loadAllMachines();
const pages = new Map(readBuiltPages().map((page) => [page.path, page]));
const svgOf = (path: string) => {
  const svg = pages.get(path)?.document.querySelector('svg.diagram__svg');
  if (!svg) throw new Error(`no diagram on ${path}`);
  return svg;
};
const linksIn = (element: ReturnType<typeof svgOf>) =>
  element.querySelectorAll('a').map((link) => link.getAttribute('xlink:href'));

for (const [id, machine] of machines) {
  describe(`flowchart of ${id}`, () => {
    const svg = svgOf(`/questions/${id}/flowchart/`);

    it('draws every state of the machine', () => {
      const drawn = svg.querySelectorAll('g.node').map((node) => node.id.replace(/^state-/, ''));
      expect(drawn.sort()).toEqual(Object.keys(machine.states).sort());
    });

    it('marks every outcome with its verdict in words and links each cited clause', () => {
      for (const [state, meta] of outcomeStates(machine)) {
        const node = svg.querySelector(`g#state-${state}`);
        expect(visibleText(node).startsWith(VERDICT_LABELS[meta.verdict]), `${state}: ${visibleText(node)}`).toBe(true);
        const clauseLinks = linksIn(node as never).filter((href) =>
          /^\/electronic-social-media\/\d[a-z]\/$/.test(href ?? ''),
        );
        expect(clauseLinks.sort(), state).toEqual(
          meta.cites.map((clause) => `/electronic-social-media/${clause}/`).sort(),
        );
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

describe('the policy map', () => {
  const svg = svgOf('/electronic-social-media/map/');
  const clauseIds = readPolicyFolder(CONTENT_ROOT, 'electronic-social-media').clauses.map((clause) => clause.data.id);

  it('shows every clause and every decision, each linking to its page', () => {
    for (const clause of clauseIds)
      expect(linksIn(svg.querySelector(`g#clause-${clause}`) as never)).toEqual([
        `/electronic-social-media/${clause}/`,
      ]);
    for (const id of machines.keys())
      expect(linksIn(svg.querySelector(`g#decision-${id}`) as never)).toEqual([`/questions/${id}/`]);
  });
});
