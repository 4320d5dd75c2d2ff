/**
 * A search box that shows results as the reader types, on the site (Pagefind, search-ui.ts) and in
 * the copy opened from disk (MiniSearch, disk-search.ts): the same words, ranking and results.
 * Results name their kind and policy (and a worked example's verdict); a query that matches no page
 * on every word shows the pages that match some of them, and says so; a query nothing matches
 * offers the questions and the A–Z index instead.
 */
import { KIND_LABELS } from '../lib/search/records';
import { searchFor, type ExcerptPart, type SearchEngine, type SearchOutcome } from '../lib/search/search';
import type { ThesaurusEntry } from '../lib/search/thesaurus';

/** Where search runs: its engine and thesaurus (loaded on first use), and the address of a site path ("/a-z/") from this page. */
export interface SearchSite {
  load(): Promise<{ engine: SearchEngine; thesaurus: ThesaurusEntry[] }>;
  href(path: string): string;
}

const attached = new WeakSet<HTMLFormElement>();

/** Makes one search form show results as the reader types. */
export function attachSearchForm(form: HTMLFormElement, site: SearchSite): void {
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

  let latest = 0;
  const update = async (): Promise<void> => {
    const query = input.value.trim();
    const ticket = (latest += 1);
    if (query === '') {
      results.hidden = true;
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    let engine: SearchEngine;
    let thesaurus: ThesaurusEntry[];
    try {
      ({ engine, thesaurus } = await site.load());
    } catch {
      status.textContent = 'Search could not start here; use the A–Z index or the questions.';
      results.hidden = false;
      results.replaceChildren(help(site, status.textContent, []));
      return;
    }
    // Typing goes on while a search runs: wait a moment, and show only the newest query's results.
    await new Promise((resolve) => setTimeout(resolve, 120));
    if (ticket !== latest) return;
    const policy = policyFilter?.value ?? '';
    const outcome = await searchFor(engine, thesaurus, query, policy);
    if (ticket !== latest) return;
    const within = policy ? ` in ${policy}` : '';
    results.hidden = false;
    // Which query the results shown answer (the benchmark and the tests wait for it).
    results.dataset['searchQuery'] = query;
    if (outcome.results.length === 0) {
      status.textContent = `Nothing matches “${query}”${within}.`;
      results.replaceChildren(
        help(
          site,
          `Nothing matches “${query}”${within}. Try other words, or start from a question:`,
          await engine.questions(),
        ),
      );
      return;
    }
    const count = `${outcome.total} page${outcome.total === 1 ? '' : 's'}`;
    status.textContent = outcome.someWordsOnly
      ? `No page has all of your words${within}; ${count} have some of them.`
      : `${count} for “${query}”${within}.`;
    results.replaceChildren(...(outcome.someWordsOnly ? [someWordsNote(outcome)] : []), list(site, outcome));
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

/** "No page has all of your words": which of them the results below match. */
function someWordsNote(outcome: SearchOutcome): HTMLParagraphElement {
  const missing = outcome.words.filter((word) => !outcome.results.some((result) => result.matched.includes(word)));
  return paragraph(
    `No page has all of your words. Results for some of your words${
      missing.length > 0 ? ` (none has ${missing.map((word) => `“${word}”`).join(', ')})` : ''
    }:`,
    'search__some-words',
  );
}

function list(site: SearchSite, outcome: SearchOutcome): HTMLOListElement {
  const ordered = document.createElement('ol');
  ordered.className = 'search__list';
  for (const result of outcome.results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = site.href(result.url);
    link.textContent = result.title;
    // Each result says what it is and which policy it is in: two policies can each have a "Definitions".
    const where = [KIND_LABELS[result.kind], result.verdict, result.policy].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(link, paragraph(where, 'search__where'), excerpt);
    ordered.append(item);
  }
  return ordered;
}

/** Nothing found: the questions to start from, the questions page and the A–Z index. */
function help(site: SearchSite, message: string, questions: { url: string; title: string }[]): HTMLElement {
  const box = document.createElement('div');
  box.className = 'search__help';
  const links = document.createElement('ul');
  for (const question of questions) links.append(listLink(site.href(question.url), question.title));
  links.append(
    listLink(site.href('/questions/'), 'All questions and worked examples'),
    listLink(site.href('/a-z/'), 'The A–Z index of the policy’s words'),
  );
  box.append(paragraph(message), links);
  return box;
}

function listLink(href: string, text: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = href;
  link.textContent = text;
  item.append(link);
  return item;
}

function excerptNodes(excerpt: readonly ExcerptPart[]): Node[] {
  return excerpt.map((part) => {
    if (!part.marked) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.textContent = text;
  if (className) element.className = className;
  return element;
}
