/**
 * Search in the copy opened from disk (scripts/export/export.mjs puts this file, built as a
 * classic script, at search/disk-search.js and loads it on every page). file:// runs classic
 * scripts but blocks module scripts and fetch, so Pagefind cannot run there: MiniSearch searches
 * the same records instead (search/records.js, loaded on first use), with the same words, ranking
 * and results as the site (search-form.ts).
 */
import { diskEngine } from '../lib/search/disk-engine';
import type { SearchData } from '../lib/search/records';
import type { SearchEngine } from '../lib/search/search';
import type { ThesaurusEntry } from '../lib/search/thesaurus';
import { attachSearchForm, type SearchSite } from './search-form';

declare global {
  interface Window {
    /** Set by search/records.js: the records and the thesaurus. */
    policySiteSearch?: SearchData;
  }
}

const script = document.currentScript;
// This file is search/disk-search.js: the copy's top folder is one up.
const top = new URL('../', script instanceof HTMLScriptElement ? script.src : location.href);

/** A site path ("/2a/", "/questions/examples/x/#y") as the file it is in this copy. */
function fileHref(path: string): string {
  const [page = '', anchor] = path.split('#');
  const file = page.replace(/^\//, '').replace(/(^|\/)$/, '$1index.html');
  return new URL(file, top).href + (anchor ? `#${anchor}` : '');
}

let loading: Promise<{ engine: SearchEngine; thesaurus: ThesaurusEntry[] }> | undefined;
/** Loads the records (as a classic script, the one way file:// lets a page read another file) and indexes them. */
function load(): Promise<{ engine: SearchEngine; thesaurus: ThesaurusEntry[] }> {
  loading ??= new Promise((resolve, reject) => {
    const records = document.createElement('script');
    records.src = new URL('search/records.js', top).href;
    records.addEventListener('load', () => {
      const data = window.policySiteSearch;
      if (data) resolve({ engine: diskEngine(data.records), thesaurus: data.thesaurus });
      else reject(new Error('search/records.js held no records'));
    });
    records.addEventListener('error', () => reject(new Error('search/records.js could not be read')));
    document.head.append(records);
  });
  return loading;
}

const site: SearchSite = { load, href: fileHref };
for (const form of document.querySelectorAll('form[data-search]')) {
  if (!(form instanceof HTMLFormElement)) continue;
  const input = form.querySelector('[data-search-input]');
  // Like the site: search starts on first use, or at once on the search page with its query.
  if (form.hasAttribute('data-search-autorun')) attachSearchForm(form, site);
  else input?.addEventListener('focus', () => attachSearchForm(form, site), { once: true });
}
