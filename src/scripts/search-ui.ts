/**
 * Search as you type, with Pagefind's index of this site. Loaded on first use of a search box;
 * the index itself (and Pagefind's own script) are files of this site, never fetched elsewhere.
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: { balanced_score: number }[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  /** `sections: "yes"` marks a page of many independent sections (the worked examples): link the best one. */
  meta: { title?: string; sections?: string; policy?: string };
  sub_results?: PagefindSubResult[];
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    wait?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 8;
let pagefind: Promise<PagefindApi> | undefined;
const attached = new WeakSet<HTMLFormElement>();

/** Loads Pagefind from the site's own /pagefind/ folder (under the deployment base). */
function loadPagefind(): Promise<PagefindApi> {
  const url = new URL('pagefind/pagefind.js', new URL(import.meta.env.BASE_URL, document.baseURI)).href;
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (api) => {
    // Result addresses include the deployment base (e.g. /policies/).
    await api.options({ excerptLength: 24, baseUrl: import.meta.env.BASE_URL });
    return api;
  });
  return pagefind;
}

/** Makes one search form show results as the reader types. */
export function attachSearch(form: HTMLFormElement): void {
  if (attached.has(form)) return;
  attached.add(form);
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  const results = form.querySelector<HTMLElement>('[data-search-results]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  // On a site of several policies the search page offers "In: all policies / <policy>".
  const policyFilter = form.querySelector<HTMLSelectElement>('[data-search-policy]');
  if (!input || !results || !status) return;
  // The search page is opened as search/?q=…&policy=…: show that query's results at once.
  if (form.hasAttribute('data-search-autorun') && input.value === '') {
    const parameters = new URLSearchParams(location.search);
    input.value = parameters.get('q') ?? '';
    const policy = parameters.get('policy') ?? '';
    if (policyFilter && [...policyFilter.options].some((option) => option.value === policy))
      policyFilter.value = policy;
  }

  const update = async (): Promise<void> => {
    const query = input.value.trim();
    if (query === '') {
      results.hidden = true;
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    let api: PagefindApi;
    try {
      api = await loadPagefind();
    } catch {
      status.textContent =
        'Search is not available here (it needs the site to be served over http); use the policy page and its list of clauses.';
      results.hidden = false;
      results.replaceChildren(paragraph(status.textContent));
      return;
    }
    const policy = policyFilter?.value ?? '';
    const search = await api.debouncedSearch(query, policy ? { filters: { policy } } : {}, 120);
    // A newer query or another policy superseded this one.
    if (search === null || input.value.trim() !== query || (policyFilter?.value ?? '') !== policy) return;
    const within = policy ? ` in ${policy}` : '';
    const found = (await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()))).map(
      bestSection,
    );
    renderResults(results, found, query, within);
    status.textContent =
      found.length === 0
        ? `No results for ${query}${within}.`
        : `${search.results.length} result${search.results.length === 1 ? '' : 's'} for ${query}${within}.`;
  };

  input.addEventListener('input', () => void update());
  policyFilter?.addEventListener('change', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      results.hidden = true;
    } else if (event.key === 'ArrowDown') {
      const first = results.querySelector<HTMLAnchorElement>('a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  results.addEventListener('keydown', (event) => {
    const links = [...results.querySelectorAll<HTMLAnchorElement>('a')];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (current === -1 || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[current + 1] : links[current - 1];
    (next ?? input).focus();
  });
  if (input.value.trim() !== '') void update();
}

/** On a page of independent sections, points the result at the section that matches best (its heading, its excerpt). */
function bestSection(result: PagefindResultData): PagefindResultData {
  if (result.meta.sections !== 'yes' || !result.sub_results?.length) return result;
  const score = (section: PagefindSubResult) =>
    section.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
  const best = result.sub_results.reduce((winner, section) => (score(section) > score(winner) ? section : winner));
  if (!best.url.includes('#')) return result;
  return {
    ...result,
    url: best.url,
    excerpt: best.excerpt,
    meta: { ...result.meta, title: `${best.title} (${result.meta.title ?? ''})` },
  };
}

function renderResults(container: HTMLElement, found: PagefindResultData[], query: string, within: string): void {
  container.hidden = false;
  if (found.length === 0) {
    container.replaceChildren(
      paragraph(`No clause, definition or question${within} matches “${query}”. Try fewer or other words.`),
    );
    return;
  }
  const list = document.createElement('ol');
  list.className = 'search__list';
  for (const result of found) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(link);
    // Clauses and definitions say which policy they are in: two policies can each have a "Definitions".
    if (result.meta.policy) item.append(paragraph(result.meta.policy, 'search__where'));
    item.append(excerpt);
    list.append(item);
  }
  container.replaceChildren(list);
}

/** Turns Pagefind's excerpt (escaped text with <mark> around matches) into nodes, keeping only <mark>. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.textContent = text;
  if (className) element.className = className;
  return element;
}
