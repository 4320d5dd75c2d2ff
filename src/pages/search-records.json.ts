/**
 * The search records and thesaurus of this build (src/data/search-records.ts), for the two indexes
 * made from them after the build: Pagefind's for the site (src/lib/search-index.ts), and the copy opened
 * from disk's (scripts/export/export.mjs). Not a page: nothing links to it.
 */
import type { APIRoute } from 'astro';
import { loadSearchData } from '../data/search-records';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadSearchData()), { headers: { 'Content-Type': 'application/json' } });
