/**
 * A decision's step context as JSON, fetched once by its stepper island: the clauses its outcomes
 * quote, the policy it is decided against, the decisions it hands over to. Built from the same
 * content the pre-rendered steps use, so the two cannot disagree.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadScenarios, type SiteScenario } from '../../../data/scenarios';

export const getStaticPaths = (async () => {
  const scenarios = await loadScenarios();
  return scenarios.map((scenario) => ({ params: { scenario: scenario.id }, props: { scenario } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ scenario: SiteScenario }> = ({ props }) =>
  new Response(JSON.stringify(props.scenario.context), { headers: { 'Content-Type': 'application/json' } });
