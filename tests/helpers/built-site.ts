/** Reads a built site (dist/ by default) for the site tests: pages, their parsed HTML, and link targets. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The real site's build output. */
export const DIST = new URL('../../dist/', import.meta.url).pathname;

/** One built HTML page. */
export interface BuiltPage {
  /** The URL path it is served at, e.g. "/electronic-social-media/3e/" or "/404.html". */
  path: string;
  file: string;
  html: string;
  document: HTMLElement;
}

/** Lists every HTML page of a built site (the search index's own files aside). */
export function readBuiltPages(dist = DIST): BuiltPage[] {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} has no index.html: build the site first (npm run build, or npm test which builds)`);
  }
  return htmlFiles(dist).map((file) => {
    const html = readFileSync(file, 'utf8');
    const relativePath = relative(dist, file).split(sep).join('/');
    const path = relativePath.endsWith('index.html') ? `/${relativePath.slice(0, -'index.html'.length)}` : `/${relativePath}`;
    return { path, file, html, document: parse(html) };
  });
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** Returns the file a site path is served from, or undefined when nothing is there. */
export function fileForPath(dist: string, path: string): string | undefined {
  const candidates = path.endsWith('/') ? [join(dist, path, 'index.html')] : [join(dist, path), join(dist, path, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** The text a reader sees in an element: tags removed, entities decoded, whitespace folded. */
export function visibleText(element: HTMLElement | null | undefined): string {
  return (element?.structuredText ?? '').replace(/\s+/g, ' ').trim();
}
