/**
 * With scripts, the self-check moves from page to page without a page load: a link to another of
 * its pages is fetched, its <main> takes the place of this one, the address is pushed (so Back,
 * reload and a shared link work as they do without scripts), and focus moves to the new heading,
 * which a screen reader then reads: the situation, or whether the answer matched. Anything else
 * (another page of the site, a print view, a failed fetch, a modified click) is an ordinary page
 * load, so the pages never depend on this.
 */

/** What the self-check does with a page it has moved to: its part of enhanceSelfCheck. */
type Enhance = (root: HTMLElement) => void;

/** Starts moving in place between the pages under `base` (the self-check's own address). */
export function moveWithin(base: string, enhance: Enhance): void {
  // Without its own address a page cannot tell the self-check's links from the rest of the site's.
  if (base === '') return;
  let shown = here();
  let latest = 0;
  const move = async (url: URL, how: 'push' | 'back-or-forward') => {
    const ticket = (latest += 1);
    const page = await fetchPage(url);
    // A later click or Back has overtaken this one: it decides what is shown.
    if (ticket !== latest) return;
    const root = page?.querySelector('main [data-self-check]');
    const main = document.querySelector('main');
    if (!page || !(root instanceof HTMLElement) || !main) {
      if (how === 'push') location.assign(url);
      else location.reload();
      return;
    }
    main.replaceChildren(
      ...[...(page.querySelector('main')?.childNodes ?? [])].map((node) => document.adoptNode(node)),
    );
    takeHead(page);
    if (how === 'push') history.pushState(null, '', url);
    const arrived = main.querySelector('[data-self-check]');
    if (arrived instanceof HTMLElement) enhance(arrived);
    shown = here();
    const heading = main.querySelector('h1');
    scrollTo(0, 0);
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  };
  document.addEventListener('click', (event) => {
    const url = inPlaceTarget(event, base);
    if (!url) return;
    event.preventDefault();
    void move(url, 'push');
  });
  // Back and Forward between the self-check's own entries: a change of #fragment alone is not a move.
  addEventListener('popstate', () => {
    if (here() !== shown) void move(new URL(location.href), 'back-or-forward');
  });
}

/** The address without its #fragment: what decides the page shown. */
const here = () => `${location.pathname}${location.search}`;

/** The page a click leads to, if it is one of the self-check's to move to in place. */
function inPlaceTarget(event: MouseEvent, base: string): URL | undefined {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return undefined;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.target !== '' || link.hasAttribute('download')) return undefined;
  const url = new URL(link.href);
  const samePage = url.pathname === location.pathname && url.search === location.search;
  if (url.origin !== location.origin || !url.pathname.startsWith(base) || (url.hash !== '' && samePage))
    return undefined;
  return url;
}

/** The page at `url`, parsed, or nothing when it cannot be fetched. */
async function fetchPage(url: URL): Promise<Document | undefined> {
  try {
    const response = await fetch(url, { headers: { Accept: 'text/html' } });
    if (!response.ok) return undefined;
    return new DOMParser().parseFromString(await response.text(), 'text/html');
  } catch {
    return undefined;
  }
}

/** The new page's title, description and canonical address, as a page load would have them. */
function takeHead(page: Document): void {
  document.title = page.title;
  for (const selector of ['meta[name="description"]', 'link[rel="canonical"]']) {
    const incoming = page.head.querySelector(selector);
    const current = document.head.querySelector(selector);
    if (incoming && current) current.replaceWith(document.adoptNode(incoming));
  }
}
