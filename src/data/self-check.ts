/**
 * Each policy's self-check, from the worked examples marked `selfCheck: true` (content/examples.yaml):
 * the situation, and the verdict and clauses its first walk reaches, replayed through its decision by
 * loadExamples at build time (a walk whose stated verdict the decision no longer gives stops the build).
 */
import type { SelfCheckSituation } from '../lib/self-check';
import { selfCheckAnswer } from '../lib/self-check-answer';
import { loadExamples, type SiteExample } from './examples';
import { loadPolicies, type SiteClause, type SitePolicy } from './policies';
import { versionsOf } from './versions';
import { CONTENT_ROOT } from './site';
import { readExamples } from '../lib/content-files';

/** A situation ready to show: the worked example, the walk that answers it, and the clauses it quotes. */
export interface SiteSelfCheckSituation extends SelfCheckSituation {
  example: SiteExample;
  walk: SiteExample['walks'][number];
  clauses: SiteClause[];
}

/** One policy's self-check. */
export interface SiteSelfCheck {
  policy: SitePolicy;
  /** The situations in their fixed order (the order of examples.yaml). */
  situations: SiteSelfCheckSituation[];
  /** The version whose words the answers rest on ("February 2020"), or undefined for an undated policy. */
  versionName: string | undefined;
}

let loading: Promise<SiteSelfCheck[]> | undefined;

/** Every policy that has self-check situations, with them. */
export function loadSelfChecks(): Promise<SiteSelfCheck[]> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SiteSelfCheck[]> {
  const [examples, policies] = await Promise.all([loadExamples(), loadPolicies()]);
  const machines = new Map(
    examples.flatMap((example) => example.walks.map((walk) => [walk.scenario.id, walk.scenario.machine] as const)),
  );
  // In the order of examples.yaml, which the author chose (the content layer lists entries by id).
  const fileOrder = readExamples(CONTENT_ROOT).map((example) => example.id);
  const chosen = examples
    .filter((example) => example.entry.data.selfCheck)
    .sort((a, b) => fileOrder.indexOf(a.entry.data.id) - fileOrder.indexOf(b.entry.data.id));
  const checks = await Promise.all(
    policies.map(async (policy): Promise<SiteSelfCheck> => {
      const situations = chosen.flatMap((example): SiteSelfCheckSituation[] => {
        const walk = example.walks[0];
        if (walk?.scenario.policy.slug !== policy.slug) return [];
        const answer = selfCheckAnswer(example.entry.data, machines);
        if ('problem' in answer) throw new Error(answer.problem);
        return [
          {
            ...answer,
            example,
            walk,
            clauses: walk.cites.flatMap((id) => policy.clauses.filter((clause) => clause.id === id)),
          },
        ];
      });
      const { versions } = await versionsOf(policy.slug);
      return { policy, situations, versionName: versions.at(-1)?.name };
    }),
  );
  return checks.filter((check) => check.situations.length > 0);
}

/** getStaticPaths for a policy's self-check pages. */
export async function selfCheckStaticPaths() {
  return (await loadSelfChecks()).map((check) => ({ params: { policy: check.policy.slug }, props: { check } }));
}
