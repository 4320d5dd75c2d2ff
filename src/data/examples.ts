/** The worked examples as the site shows them: each walk checked against its decision, with the outcome it reaches. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { OutcomeMeta } from '../../machines/types';
import { checkWorkedExamples } from '../lib/check-examples';
import { formatContentProblems } from '../lib/content-problems';
import { outcomeStates, walkInOrder } from '../lib/decision';
import { stepHref } from '../lib/step-address';
import { loadScenarios, type SiteScenario } from './scenarios';

/** A worked example ready to show: each walk with the outcome it reaches and that outcome's page. */
export interface SiteExample {
  entry: CollectionEntry<'examples'>;
  /** Each walk: its decision, the outcome reached, the clauses the example is about (each quoted there), its page. */
  walks: { scenario: SiteScenario; outcome: string; meta: OutcomeMeta; cites: string[]; href: string }[];
}

/** Returns the worked examples, each walk checked against its decision (a mismatch stops the build). */
export async function loadExamples(): Promise<SiteExample[]> {
  const [entries, scenarios, topics] = await Promise.all([
    getCollection('examples'),
    loadScenarios(),
    getCollection('exampleTopics'),
  ]);
  const machines = new Map(scenarios.map((scenario) => [scenario.id, scenario.machine]));
  const problems = checkWorkedExamples(
    entries.map((entry) => ({ file: entry.filePath ?? 'content/examples.yaml', data: entry.data })),
    machines,
    topics.flatMap((entry) => entry.data.map((topic) => topic.id)),
  );
  if (problems.length > 0) throw new Error(formatContentProblems(problems));
  return entries.map((entry) => ({
    entry,
    walks: entry.data.walks.map((walk) => {
      const scenario = scenarios.find((candidate) => candidate.id === walk.scenario) as SiteScenario;
      const result = walkInOrder(scenario.machine, walk.answers);
      if ('problem' in result) throw new Error(result.problem);
      const meta = outcomeStates(scenario.machine).find(([name]) => name === result.outcome)?.[1] as OutcomeMeta;
      return {
        scenario,
        outcome: result.outcome,
        meta,
        cites: walk.cites,
        href: stepHref(scenario.href, result.steps),
      };
    }),
  }));
}

/** The topics that have worked examples, in the order of content/example-topics.yaml, each with its heading and its examples. */
export async function loadExampleTopics(): Promise<{ topic: string; label: string; examples: SiteExample[] }[]> {
  const [examples, topics] = await Promise.all([loadExamples(), getCollection('exampleTopics')]);
  return topics
    .flatMap((entry) => entry.data)
    .map(({ id, heading }) => ({
      topic: id,
      label: heading,
      examples: examples.filter((example) => example.entry.data.topic === id),
    }))
    .filter((group) => group.examples.length > 0);
}
