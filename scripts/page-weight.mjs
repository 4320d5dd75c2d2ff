/**
 * What one built page costs a reader, in gzip bytes as a compressing server sends it: its HTML,
 * its CSS (linked and inline), and every script it loads before the reader does anything
 * (`<script src>`, islands' component and renderer, and everything those import statically).
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
  const attributes = (tag, name) => [...html.matchAll(new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]+)"`, 'g'))].map((match) => match[1] ?? '');
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => readFileSync(file(match[1] ?? '')));
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
  const entries = [...attributes('script', 'src'), ...attributes('astro-island', 'component-url'), ...attributes('astro-island', 'renderer-url')];
  const scripts = new Set();
  const visit = (url) => {
    if (scripts.has(url)) return;
    scripts.add(url);
    const code = readFileSync(file(url), 'utf8');
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']/g)) {
      if (match[1]?.startsWith('.')) visit(new URL(match[1], `http://site${url}`).pathname);
    }
  };
  for (const entry of entries) visit(entry);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '').join('');
  return {
    html: gzipSize(html),
    css: gzipSize(Buffer.concat([...stylesheets, Buffer.from(inlineStyles.join(''))])),
    js: [...scripts].reduce((total, url) => total + gzipSize(readFileSync(file(url))), 0) + (entries.length > 0 ? gzipSize(inlineScripts) : 0),
    scripts: [...scripts],
  };
}
