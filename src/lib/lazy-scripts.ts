/**
 * The scripts a page loads only when the reader uses what they serve (search, a Copy button, the
 * offline worker), built as modules with fixed names under `lazy/`. The bootstrap written into
 * every page (src/scripts/site-bootstrap.js) imports them by those names.
 *
 * Why fixed names: the bootstrap is written into the page as it is, not bundled, so it cannot
 * know a hashed file name. Without a content hash in the name the files are served `no-cache`
 * like HTML (README, Deploy), and the service worker revisions them by content.
 */
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/** The lazily loaded modules: the name the bootstrap imports, and the source file. */
const LAZY_SCRIPTS = {
  'search-ui': '../scripts/search-ui.ts',
  'copy-buttons': '../scripts/copy-buttons.ts',
  offline: '../scripts/offline.ts',
  'self-check': '../scripts/self-check.ts',
} as const;

/** The folder, under the site's base, that holds them. */
const LAZY_SCRIPTS_FOLDER = 'lazy';

/**
 * A Vite plugin that adds each lazy script to the browser build under its fixed name; in
 * `astro dev` it serves the same names from the sources.
 */
export function lazyScripts(): Plugin {
  return {
    name: 'policy-site:lazy-scripts',
    applyToEnvironment: (environment) => environment.name === 'client',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const name = /\/lazy\/([a-z-]+)\.js$/.exec(request.url ?? '')?.[1];
        if (name && Object.hasOwn(LAZY_SCRIPTS, name)) {
          request.url = `/@fs${fileURLToPath(new URL(LAZY_SCRIPTS[name as keyof typeof LAZY_SCRIPTS], import.meta.url))}`;
        }
        next();
      });
    },
    buildStart() {
      if (this.environment.mode !== 'build') return;
      for (const [name, source] of Object.entries(LAZY_SCRIPTS)) {
        this.emitFile({
          type: 'chunk',
          id: fileURLToPath(new URL(source, import.meta.url)),
          fileName: `${LAZY_SCRIPTS_FOLDER}/${name}.js`,
          preserveSignature: 'strict',
        });
      }
    },
  };
}
