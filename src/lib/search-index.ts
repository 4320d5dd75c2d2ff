import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { FIELD_WEIGHTS, type SearchData, type SearchRecord } from './search/records';

/** The file the build writes the search records to (src/pages/search-records.json.ts). */
const SEARCH_RECORDS_FILE = 'search-records.json';

/**
 * Indexes the build's search records with Pagefind, so `astro build` alone yields a searchable
 * site: each record as a small page of its own (its title, keywords and text weighed as the disk
 * copy's MiniSearch weighs them), with its kind, policy and verdict to show and filter by.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'policy-site:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { records, thesaurus } = JSON.parse(readFileSync(join(site, SEARCH_RECORDS_FILE), 'utf8')) as SearchData;
        // The thesaurus the search box reads queries with (src/scripts/search-ui.ts), beside the search page.
        writeFileSync(join(site, 'search', 'thesaurus.json'), JSON.stringify(thesaurus));
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        for (const record of records) {
          const added = await index.addHTMLFile({ url: record.url, content: recordPage(record) });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // Pagefind also writes its ready-made search UIs; the site has its own (src/scripts/search-form.ts).
        for (const name of readdirSync(join(site, 'pagefind'))) {
          if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) rmSync(join(site, 'pagefind', name));
        }
        logger.info(`indexed ${records.length} decisions, clauses, definitions and worked examples for search`);
      },
    },
  };
}

/** A record as the HTML Pagefind reads: weighted fields, and what a result shows (meta) or is narrowed by (filters). */
function recordPage(record: SearchRecord): string {
  const field = (name: keyof typeof FIELD_WEIGHTS, text: string) =>
    text ? `<p data-pagefind-weight="${String(FIELD_WEIGHTS[name])}">${escape(text)}</p>` : '';
  const meta = (name: string, value: string | undefined) =>
    value ? `<span data-pagefind-meta="${name}:${escape(value)}"></span>` : '';
  return [
    '<!doctype html><html lang="en"><head><title>',
    escape(record.title),
    '</title></head><body data-pagefind-body>',
    meta('title', record.title),
    meta('kind', record.kind),
    meta('policy', record.policy),
    meta('verdict', record.verdict),
    // Site paths have no spaces: a worked example's decisions and clauses, one space between each.
    meta('leadsTo', record.leadsTo?.join(' ')),
    // The record's own words, for the excerpt (excerpt.ts, as from disk): Pagefind's would come from
    // the whole record, its title and keywords included ("2c, 2(c), Electronic Social Media, …").
    meta('text', record.text),
    `<span data-pagefind-filter="kind:${record.kind}"></span>`,
    `<span data-pagefind-filter="policy:${escape(record.policy)}"></span>`,
    // Looked up by its address when a worked example leads to it (src/lib/search/search.ts).
    `<span data-pagefind-filter="page:${escape(record.url)}"></span>`,
    field('title', record.title),
    field('keywords', record.keywords.join(', ')),
    field('text', record.text),
    '</body></html>',
  ].join('');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
