// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { resolve } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { definedTermsPlugin } from './src/lib/defined-terms.ts';
import { pagefindIndex } from './src/lib/pagefind-index.ts';
import { offlineServiceWorker } from './src/lib/offline.ts';

/**
 * BASE_PATH deploys the site under a sub-path (e.g. /policies/); POLICY_CONTENT_ROOT builds another
 * content folder (the tests build a fixture policy this way, into its own dist and cache).
 */
const base = normaliseBase(process.env.BASE_PATH ?? '/');
const contentRoot = resolve(process.env.POLICY_CONTENT_ROOT ?? 'content');
const isOtherContent = contentRoot !== resolve('content');
const outDir = resolve(process.env.POLICY_OUT_DIR ?? 'dist');

export default defineConfig({
  // The public address, when known (e.g. https://intranet.example/policies/); links then print in full.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  trailingSlash: 'always',
  outDir,
  // Another content root must not share the real site's content cache (nor leave its own in node_modules).
  ...(isOtherContent ? { cacheDir: `${outDir}.cache` } : {}),
  // Order matters: the service worker precaches the search index, so Pagefind runs first.
  integrations: [mdx(), preact(), pagefindIndex(), offlineServiceWorker(base)],
  markdown: {
    processor: satteri({
      // The policy is quoted verbatim: no curly-quote or dash substitution.
      features: { smartPunctuation: false },
      hastPlugins: [definedTermsPlugin({ base, contentRoot })],
    }),
  },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});

/**
 * Returns a base path with one leading and one trailing slash.
 * @param {string} path
 */
function normaliseBase(path) {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
