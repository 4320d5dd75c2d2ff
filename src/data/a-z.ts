/**
 * The entries of the A–Z indexes: one policy's clauses (by title and by the words people search
 * with), definitions, questions and worked examples, or, for a site of many policies, the policies.
 * The A–Z pages work where search cannot: without JavaScript, and in the export opened from disk.
 */
import { formatCitation } from '../lib/citations';
import { clausePath, definitionPath, exampleTopicPath, policyIndexPath } from '../lib/urls';
import { loadExamples } from './examples';
import type { SitePolicy } from './policies';
import { scenariosAbout } from './scenarios';
import { withBase } from './site';

/** One line of an A–Z index: the term, what it leads to, and where. */
export interface IndexEntry {
  term: string;
  label: string;
  href: string;
}

/** One policy's entries: its clauses, definitions, the questions about it and their worked examples. */
export async function indexEntriesOf(policy: SitePolicy): Promise<IndexEntry[]> {
  const scenarios = await scenariosAbout(policy.slug);
  const scenarioIds = new Set<string>(scenarios.map((scenario) => scenario.id));
  const examples = (await loadExamples()).filter((example) =>
    example.walks.some((walk) => scenarioIds.has(walk.scenario.id)),
  );
  return [
    ...policy.clauses.flatMap((clause) => {
      const label = `${formatCitation(policy.data.citationTitle, clause.id)}: ${clause.entry.data.title}`;
      const href = withBase(clausePath(policy.slug, clause.id));
      return [clause.entry.data.title, ...clause.entry.data.keywords].map((term) => ({ term, label, href }));
    }),
    ...policy.data.definitions.map((definition) => ({
      term: definition.term,
      label: `Definition in ${policy.data.title}`,
      href: withBase(definitionPath(policy.slug, definition.id)),
    })),
    ...scenarios.flatMap((scenario) =>
      [scenario.entry.data.title, ...scenario.entry.data.keywords].map((term) => ({
        term,
        label: `Question: ${scenario.entry.data.question}`,
        href: scenario.href,
      })),
    ),
    ...examples.flatMap(({ entry }) =>
      entry.data.keywords.map((term) => ({
        term,
        label: `Worked example: ${entry.data.title}`,
        href: withBase(exampleTopicPath(entry.data.topic, entry.data.id)),
      })),
    ),
  ];
}

/** A site of many policies: each policy by its title, leading to its own A–Z index. */
export function policyEntries(policies: SitePolicy[]): IndexEntry[] {
  return policies.map((policy) => ({
    term: policy.data.title,
    label: `its clauses, definitions and questions from A to Z`,
    href: withBase(policyIndexPath(policy.slug)),
  }));
}
