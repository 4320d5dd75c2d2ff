/**
 * Reads a built site (dist/ by default) for the site tests: pages, their parsed HTML, and link
 * targets. Each site's list of pages is made once per test worker, and each page is read and parsed
 * only when a test first asks for its HTML: the site tests run in one worker without isolation
 * (vitest.config.ts), so a thousand pages are parsed once for all of them, not once per file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The real site's build output. */
export const DIST = new URL('../../dist/', import.meta.url).pathname;

/** The same site built with BASE_PATH=/policies/ (npm test builds both). */
export const SUBPATH_DIST = new URL('../../dist-subpath/', import.meta.url).pathname;

/** The fixture site (tests/fixtures/content: two policies) built into dist-fixture (npm test builds it). */
export const FIXTURE_DIST = new URL('../../dist-fixture/', import.meta.url).pathname;

/** One built HTML page. */
export interface BuiltPage {
  /** The URL path it is served at, e.g. "/<policy>/3e/" or "/404.html". */
  readonly path: string;
  readonly file: string;
  readonly html: string;
  readonly document: HTMLElement;
}

/** Each built site's pages, listed once per worker. */
const sites = new Map<string, BuiltPage[]>();

/** Lists every HTML page of a built site (the search index's own files aside), read and parsed on first use. */
export function readBuiltPages(dist = DIST): BuiltPage[] {
  const known = sites.get(dist);
  if (known) return known;
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} has no index.html: build the site first (npm run build, or npm test which builds)`);
  }
  const pages = htmlFiles(dist).map((file) => {
    const relativePath = relative(dist, file).split(sep).join('/');
    const path = relativePath.endsWith('index.html')
      ? `/${relativePath.slice(0, -'index.html'.length)}`
      : `/${relativePath}`;
    return lazyPage(path, file);
  });
  sites.set(dist, pages);
  return pages;
}

/** A page whose file is read, and parsed, when a test first needs it. */
function lazyPage(path: string, file: string): BuiltPage {
  let html: string | undefined;
  let document: HTMLElement | undefined;
  return {
    path,
    file,
    get html() {
      html ??= readFileSync(file, 'utf8');
      return html;
    },
    get document() {
      document ??= parse(this.html);
      return document;
    },
  };
}

/** The template (Astro route) a page was built from, as Base.astro marks it on <body>. */
export function templateOf(page: BuiltPage): string {
  return /<body data-template="([^"]*)"/.exec(page.html)?.[1] ?? '(none)';
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
  const candidates = path.endsWith('/')
    ? [join(dist, path, 'index.html')]
    : [join(dist, path), join(dist, path, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** The text a reader sees in an element: tags removed, entities decoded, whitespace folded. */
export function visibleText(element: HTMLElement | null | undefined): string {
  return (element?.structuredText ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Every link, asset, form target and diagram link of a built site that does not resolve to a file
 * (or #anchor) inside it, as "page → reference (why)". `base` is the path the site is served under.
 */
export function brokenReferences(dist: string, pages: BuiltPage[], base = '/'): string[] {
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file))
      ids.set(
        file,
        new Set(
          parse(readFileSync(file, 'utf8'))
            .querySelectorAll('[id]')
            .map((element) => element.id),
        ),
      );
    return ids.get(file) as Set<string>;
  };
  for (const { path, document } of pages) {
    const served = `${base.replace(/\/$/, '')}${path}`;
    for (const element of document.querySelectorAll(
      'a[href], link[href], script[src], img[src], form[action], svg a',
    )) {
      const reference =
        element.getAttribute('href') ??
        element.getAttribute('xlink:href') ??
        element.getAttribute('src') ??
        element.getAttribute('action') ??
        '';
      const url = new URL(reference, `http://site.test${served}`);
      if (url.origin !== 'http://site.test') {
        broken.push(`${path} → ${reference} (another origin)`);
        continue;
      }
      if (!url.pathname.startsWith(base)) {
        broken.push(`${path} → ${reference} (outside ${base})`);
        continue;
      }
      const target = fileForPath(dist, decodeURIComponent(url.pathname.slice(base.length - 1)));
      if (!target) {
        broken.push(`${path} → ${reference} (no such page or file)`);
        continue;
      }
      if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${path} → ${reference} (no ${url.hash})`);
      }
    }
  }
  return broken;
}

/** The addresses of what a build's search finds (its search records, src/data/search-records.ts). */
export function searchRecordUrls(dist = DIST): string[] {
  const data = JSON.parse(readFileSync(join(dist, 'search-records.json'), 'utf8')) as { records: { url: string }[] };
  return data.records.map((record) => record.url);
}
