/** Reads a built site (dist/ by default) for the site tests: pages, their parsed HTML, and link targets. */
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
    const path = relativePath.endsWith('index.html')
      ? `/${relativePath.slice(0, -'index.html'.length)}`
      : `/${relativePath}`;
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
