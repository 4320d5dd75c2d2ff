// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { definedTermsPlugin } from './src/lib/defined-terms.ts';
import { clauseReferencesPlugin } from './src/lib/clause-references.ts';
import { searchIndex } from './src/lib/search-index.ts';
import { offlineServiceWorker } from './src/lib/offline.ts';
import { lazyScripts } from './src/lib/lazy-scripts.ts';
import { bootstrapScript, cspHashOf } from './src/lib/site-bootstrap.ts';
import { verdictStyles } from './src/lib/verdict-presentation.ts';

/**
 * BASE_PATH deploys the site under a sub-path (e.g. /policies/); POLICY_CONTENT_ROOT builds another
 * content folder (the tests build a fixture policy this way, into its own dist and cache).
 */
const base = normaliseBase(process.env.BASE_PATH ?? '/');
const contentRoot = resolve(process.env.POLICY_CONTENT_ROOT ?? 'content');
const isOtherContent = contentRoot !== resolve('content');
const outDir = resolve(process.env.POLICY_OUT_DIR ?? 'dist');
// `npm run bench` builds synthetic decisions: it swaps the machine registry for a generated one.
const machinesRegistry = process.env.POLICY_MACHINES_REGISTRY
  ? resolve(process.env.POLICY_MACHINES_REGISTRY)
  : undefined;
// Astro keeps parsed content entries in its cache and starts afresh when the content config file
// changes, but not when the schemas it imports change (content/schema.ts and what it imports): an
// entry parsed under an older schema would lack a new field's default. One cache per version of
// the schemas, so a schema change never meets entries parsed under the old one.
const schemaVersion = createHash('sha256')
  .update(
    ['content/schema.ts', 'src/lib/clause-id.ts', 'machines/verdicts.ts']
      .map((file) => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'))
      .join('\0'),
  )
  .digest('hex')
  .slice(0, 12);
const bootstrapHash = cspHashOf(
  bootstrapScript(readFileSync(new URL('./src/scripts/site-bootstrap.js', import.meta.url), 'utf8')),
);

export default defineConfig({
  // The public address, when known (e.g. https://intranet.example/policies/); links then print in full.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  trailingSlash: 'always',
  outDir,
  // Another content root must not share the real site's content cache (nor leave its own in node_modules).
  cacheDir: isOtherContent ? `${outDir}.cache/${schemaVersion}` : `node_modules/.astro/schema-${schemaVersion}`,
  // Order matters: the service worker precaches the search index, so Pagefind runs first.
  integrations: [mdx(), preact(), searchIndex(), offlineServiceWorker(base)],
  markdown: {
    // The policy has no code to highlight, and Shiki's inline styles would break the strict CSP.
    syntaxHighlight: false,
    processor: satteri({
      // The policy is quoted verbatim: no curly-quote or dash substitution.
      features: { smartPunctuation: false },
      hastPlugins: [definedTermsPlugin({ base, contentRoot }), clauseReferencesPlugin({ base, contentRoot })],
    }),
  },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // No modulepreload helper: no page preloads chunks (the lazy scripts load on use, islands are single modules).
  // A strict Content-Security-Policy in every page's <meta>: scripts and styles only from the site
  // itself or by hash (Astro hashes what it writes into pages; the bootstrap's hash is added here).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // Nothing on the site loads from another origin. (frame-ancestors cannot be set in a <meta>:
        // the README's server configuration sends it as a header.)
        "img-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      // Pagefind's search index is read by WebAssembly, which CSP calls 'wasm-unsafe-eval'; it
      // allows compiling WebAssembly only, not eval() of JavaScript.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [bootstrapHash] },
    },
  },
  vite: {
    plugins: [lazyScripts(), quietModuleDirectives(), verdictStyles()],
    build: { modulePreload: false },
    ...(machinesRegistry
      ? { resolve: { alias: [{ find: /^(\.\.\/)+machines\/index(\.ts)?$/, replacement: machinesRegistry }] } }
      : {}),
  },
});

/**
 * Each MDX file carries Astro's own "use astro:head-inject" directive, which the bundler reports
 * once per file (about 70 boxed warnings a build) though Astro handles it: silenced in every build
 * environment, so that an author's real build error stands out. Other warnings pass.
 * @returns {import('vite').Plugin}
 */
function quietModuleDirectives() {
  /**
   * @param {{ code?: string }} warning
   * @param {(warning: any) => void} warn
   */
  const onwarn = (warning, warn) => {
    if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
  };
  return {
    name: 'policy-site:quiet-module-directives',
    configEnvironment: () => ({ build: { rolldownOptions: { onwarn } } }),
  };
}

/**
 * Returns a base path with one leading and one trailing slash.
 * @param {string} path
 */
function normaliseBase(path) {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
