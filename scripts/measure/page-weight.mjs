/**
 * What one built page costs a reader, in gzip bytes as a compressing server sends it: its HTML,
 * its CSS (linked and inline), and every script it loads before the reader does anything
 * (`<script src>` and everything those import statically).
 * Shared by the budget tests (tests/site/budgets.test.ts) and `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {Buffer | string} bytes */
const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * @param {string} dist the built site's folder
 * @param {string} html the page's HTML
 * @returns {{ html: number, css: number, js: number, scripts: string[] }}
 */
export function pageWeight(dist, html) {
  const file = (url) => join(dist, decodeURIComponent(url.replace(/^\/+/, '')));
  const attributes = (tag, name) =>
    [...html.matchAll(new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]+)"`, 'g'))].map((match) => match[1] ?? '');
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) =>
    readFileSync(file(match[1] ?? '')),
  );
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
  const entries = attributes('script', 'src');
  const scripts = staticImportClosure(dist, entries);
  // Scripts written into the page (the site's bootstrap, Astro's island loader) count in its HTML.
  return {
    html: gzipSize(html),
    css: gzipSize(Buffer.concat([...stylesheets, Buffer.from(inlineStyles.join(''))])),
    js: scriptsWeight(dist, scripts),
    scripts,
  };
}

/**
 * The script files a module loads, itself included, following its static imports: the closure
 * of `entries` (site paths such as "/_astro/x.js").
 * @param {string} dist
 * @param {string[]} entries
 * @returns {string[]}
 */
export function staticImportClosure(dist, entries) {
  const seen = new Set();
  const visit = (url) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(join(dist, decodeURIComponent(url.replace(/^\/+/, ''))), 'utf8');
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']/g)) {
      if (match[1]?.startsWith('.')) visit(new URL(match[1], `http://site${url}`).pathname);
    }
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

/**
 * Gzip bytes of files of the built site, by site path.
 * @param {string} dist
 * @param {string[]} paths
 */
export function scriptsWeight(dist, paths) {
  return paths.reduce(
    (total, url) => total + gzipSize(readFileSync(join(dist, decodeURIComponent(url.replace(/^\/+/, ''))))),
    0,
  );
}
