/** Watches a Playwright page for what the site must never do: CSP violations, requests elsewhere; and lists the scripts it fetches. */
import type { Page } from '@playwright/test';

/** What a watched page did since `watchPage()` (arrays fill as it runs; clear `scripts` between pages). */
export interface PageWatch {
  /** Chromium's console reports of Content-Security-Policy violations. */
  csp: string[];
  /** Requests to any origin but the site's. */
  foreign: string[];
  /** Paths of the site's scripts the page fetched. */
  scripts: string[];
}

/** Starts watching `page`; `origin` is the site's (the test's baseURL). */
export function watchPage(page: Page, origin: string): PageWatch {
  const seen: PageWatch = { csp: [], foreign: [], scripts: [] };
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) seen.csp.push(`${page.url()}: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) seen.foreign.push(request.url());
    else if (request.resourceType() === 'script') seen.scripts.push(new URL(request.url()).pathname);
  });
  return seen;
}

/** Whether a fetched script is the offline worker's registration, the one script a page loads unasked (after its load event). */
export const isOfflineRegistration = (path: string) => path.endsWith('/lazy/offline.js');
