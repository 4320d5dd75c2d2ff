/**
 * The site search box's accessible name: "Search the policy", or "Search the policies" when the
 * site holds several (src/layouts/Base.astro), so the browser tests find it on either.
 */
export const SEARCH_LABEL = /^Search the polic(y|ies)$/;
