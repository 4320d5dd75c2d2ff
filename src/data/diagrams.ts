/** The site's diagrams, drawn from the machines and the content on every build: each decision's flowchart and each policy's map. */
import { decisionDot, policyMapDot } from '../lib/diagrams';
import { outcomeStates } from '../lib/decision';
import { formatClauseLabel } from '../lib/clause-id';
import { renderDiagram } from '../lib/render-diagram';
import { stepHref } from '../lib/step-address';
import { clausePath, policyPath, policySectionPath } from '../lib/urls';
import type { SitePolicy } from './policies';
import { loadScenarios, type SiteScenario } from './scenarios';
import { withBase } from './site';

/** The flowchart of a decision as inline SVG, drawn from its machine on every build. */
export function decisionDiagram(scenario: SiteScenario): Promise<string> {
  const dot = decisionDot(scenario.machine, {
    stepHref: (state) => {
      const step = scenario.shortest.get(state);
      return step ? stepHref(scenario.href, step.steps) : undefined;
    },
    clause: (id) => scenario.context.clauses[id],
  });
  return renderDiagram(dot, {
    id: `diagram-${scenario.id}`,
    title: `Flowchart: ${scenario.entry.data.title}`,
    description:
      'Each box is a question; arrows are labelled with the answers; each end box is an outcome, marked with its verdict in words and a shape of its own, and links to the clauses it rests on. The same decision is written out as text below.',
  });
}

/** The map of a policy: its sections, their clauses, and the decisions that cite each clause. */
export async function policyMapDiagram(policy: SitePolicy): Promise<string> {
  const scenarios = (await loadScenarios()).filter((scenario) => scenario.policy.slug === policy.slug);
  const dot = policyMapDot({
    policy: { title: policy.data.title, href: withBase(policyPath(policy.slug)) },
    sections: policy.sections.map((section) => ({
      number: section.number,
      title: section.title,
      href: withBase(policySectionPath(policy.slug, section.number)),
      clauses: section.clauses.map((clause) => ({
        id: clause.id,
        label: formatClauseLabel(clause.id),
        title: clause.entry.data.title,
        href: withBase(clausePath(policy.slug, clause.id)),
      })),
    })),
    unsectionedClauses:
      policy.sections.length > 0
        ? []
        : policy.clauses.map((clause) => ({
            id: clause.id,
            label: formatClauseLabel(clause.id),
            title: clause.entry.data.title,
            href: withBase(clausePath(policy.slug, clause.id)),
            parentId: policy.clauses.find((other) => other.subClauseIds.includes(clause.id))?.id,
          })),
    decisions: scenarios.map((scenario) => ({
      id: scenario.id,
      title: scenario.entry.data.title,
      href: scenario.href,
      cites: [...new Set(outcomeStates(scenario.machine).flatMap(([, meta]) => meta.cites))],
    })),
  });
  return renderDiagram(dot, {
    id: `map-${policy.slug}`,
    title: `Map of ${policy.data.title}`,
    description:
      'The policy, its numbered sections, each clause, and on the right the decisions whose outcomes cite each clause. Every box links to its page. The same connections are listed as text below.',
  });
}
