// @ts-check
/*
 * The one script every page carries, written into the page as it is (SiteScript.astro), so that
 * reading a page fetches no script file. Plain JavaScript checked by TypeScript (@ts-check):
 * served byte for byte, its Content-Security-Policy hash is known. Search, copying and the offline
 * worker load from lazy/ (src/lib/lazy-scripts.ts) when first used; the site's base comes from
 * this script's data-base attribute.
 */
(() => {
  const script = /** @type {HTMLScriptElement} */ (document.currentScript);
  const base = script.dataset['base'] ?? '/';
  /** @type {(name: 'search-ui' | 'copy-buttons' | 'offline' | 'self-check') => Promise<any>} */
  const load = (name) => import(/* @vite-ignore */ `${base}lazy/${name}.js`);
  const searchForms = document.querySelectorAll('form[data-search]');
  /** @type {Promise<typeof import('./search-ui')> | undefined} */
  let search;
  /** @param {HTMLFormElement} form */
  const startSearch = (form) => {
    search ??= load('search-ui');
    void search.then((module) => module.attachSearch(form));
  };
  for (const form of searchForms) {
    if (!(form instanceof HTMLFormElement)) continue;
    form.querySelector('[data-search-input]')?.addEventListener('focus', () => startSearch(form), { once: true });
    // The search page and the 404 page open with a query already in the box.
    if (form.hasAttribute('data-search-autorun')) startSearch(form);
  }
  // "/" focuses search, unless the reader is typing somewhere.
  document.addEventListener('keydown', (event) => {
    const typing =
      event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable="true"]');
    if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const input = searchForms[searchForms.length - 1]?.querySelector('[data-search-input]');
    if (!(input instanceof HTMLInputElement)) return;
    event.preventDefault();
    input.focus();
  });
  // Copy and Print buttons are hidden without JavaScript (the text to copy is shown instead).
  for (const button of document.querySelectorAll('button[data-copy-text], button[data-copy-path]')) {
    if (!(button instanceof HTMLButtonElement)) continue;
    button.hidden = false;
    button.addEventListener('click', () => void load('copy-buttons').then((module) => module.copyFrom(button)));
  }
  for (const button of document.querySelectorAll('button[data-print]')) {
    if (!(button instanceof HTMLButtonElement)) continue;
    button.hidden = false;
    button.addEventListener('click', () => print());
  }
  // Addresses to print in full: the build knows only the path unless SITE_URL was set.
  for (const element of document.querySelectorAll('[data-site-address]')) {
    if (element instanceof HTMLElement)
      element.textContent = new URL(element.dataset['siteAddress'] ?? '', document.baseURI).href;
  }
  // The self-check keeps a person's answers in the address (src/scripts/self-check.ts). A copy
  // opened from disk cannot load modules: there its pages work as they do without scripts.
  const selfCheck = document.querySelector('[data-self-check]');
  if (selfCheck instanceof HTMLElement && location.protocol.startsWith('http')) {
    void load('self-check').then((module) => module.startSelfCheck(selfCheck));
  }
  // Service workers need http(s): a copy opened from disk works without one. Registering after
  // the load event keeps the worker's precaching out of the page's own loading.
  if (script.dataset['offline'] === 'on' && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
    addEventListener('load', () => void load('offline').then((module) => module.registerOfflineSupport(document)), {
      once: true,
    });
  }
})();
