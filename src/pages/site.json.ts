/**
 * What this build holds, for tools that work on the built site rather than the content (the
 * export names its zip from it, and leaves earlier versions out unless asked): the site's name and
 * each policy with its last review and the months of its earlier versions.
 */
import type { APIRoute } from 'astro';
import { loadPolicies } from '../data/policies';
import { SITE_NAME } from '../data/site';
import { versionsOf } from '../data/versions';

export const GET: APIRoute = async () => {
  const policies = await loadPolicies();
  const site = {
    name: SITE_NAME,
    policies: await Promise.all(
      policies.map(async (policy) => ({
        slug: policy.slug,
        title: policy.data.title,
        reviewed: policy.data.reviewed,
        earlierVersions: (await versionsOf(policy.slug)).versions
          .filter((version) => !version.isCurrent)
          .map((version) => version.month),
      })),
    ),
  };
  return new Response(JSON.stringify(site), { headers: { 'Content-Type': 'application/json' } });
};
