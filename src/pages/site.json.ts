/**
 * What this build holds, for tools that work on the built site rather than the content (the
 * export names its zip from it): the site's name and each policy with its last review.
 */
import type { APIRoute } from 'astro';
import { loadPolicies } from '../data/policies';
import { SITE_NAME } from '../data/site';

export const GET: APIRoute = async () => {
  const policies = await loadPolicies();
  const site = {
    name: SITE_NAME,
    policies: policies.map((policy) => ({
      slug: policy.slug,
      title: policy.data.title,
      reviewed: policy.data.reviewed,
    })),
  };
  return new Response(JSON.stringify(site), { headers: { 'Content-Type': 'application/json' } });
};
