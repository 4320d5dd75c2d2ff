import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes the built site for search with Pagefind, so `astro build` alone yields a searchable site. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'policy-site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // Pagefind also writes its ready-made search UIs; the site has its own (src/scripts/search-ui.ts).
        for (const name of readdirSync(join(site, 'pagefind'))) {
          if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) rmSync(join(site, 'pagefind', name));
        }
        logger.info(`indexed ${added.page_count} pages for search`);
      },
    },
  };
}
