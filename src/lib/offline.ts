import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/**
 * Makes the built site work offline after one visit: a service worker (Workbox's generateSW) that
 * precaches every page, asset and the search index, and of each decision its first step. A later
 * step offline is the first step replaying the answers in the address (the 404 page hands a step
 * address it has not cached to it with ?restore=), which is what the stepper island does for any
 * step anyway: a worker runs only where scripts do, so the hundreds of pre-rendered steps, which
 * are for readers without scripts, need not be downloaded to every phone. Each build's worker
 * holds its own complete set of revisions, so a new build replaces the cache as one version; the
 * page offers "Reload for the latest version" when one is waiting (src/components/SiteScript.astro).
 * Runs after the search index is written (listed after searchIndex in astro.config.mjs).
 */
/** A decision's step after its first: `/questions/<scenario>/answers/<question>=<answer>/…`. */
const STEP_ADDRESS = /\/questions\/[^/]+\/answers\/[^/?#]+=/;

export function offlineServiceWorker(base: string): AstroIntegration {
  return {
    name: 'policy-site:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: site,
          globPatterns: ['**/*.{html,css,js,svg,json,wasm,pagefind,pf_meta,pf_fragment,pf_index}'],
          // Every step after a decision's first: answered offline by the first step (see above).
          globIgnores: ['sw.js', 'search-records.json', 'questions/*/answers/*=*/**'],
          swDest: join(site, 'sw.js'),
          // Precache entries are paths under the deployment base, e.g. /policies/index.html.
          modifyURLPrefix: { '': base },
          directoryIndex: 'index.html',
          // Pagefind busts its entry file with ?ts=; the search page reads ?q=; old step links carry ?restore=.
          ignoreURLParametersMatching: [/^ts$/, /^q$/, /^restore$/, /^utm_/],
          // Any other address offline: the 404 page, which offers search and rescues old step links.
          navigateFallback: `${base}404.html`,
          // A decision's later steps are not precached: online they come from the network as usual;
          // only offline does the 404 page stand in, handing the address to the decision's first step.
          navigateFallbackDenylist: [STEP_ADDRESS],
          runtimeCaching: [
            {
              urlPattern: STEP_ADDRESS,
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: `${base}404.html` } },
            },
          ],
          cacheId: 'policy-site',
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: false,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker precaches ${count} files (${(size / 1024).toFixed(0)} KiB) for offline use`);
      },
    },
  };
}
