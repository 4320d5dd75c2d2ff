/**
 * `npm run export`: the whole site as one zip that works unzipped anywhere and opened by
 * double-clicking index.html (file://). Astro has no relative-URL mode and Chromium blocks module
 * scripts on file://, so this step rewrites the built site (dist/, built at the root base):
 *  - every site link, stylesheet and diagram link becomes a relative link to a file
 *    ("../3e/index.html"), because file:// does not open a folder's index.html;
 *  - scripts are removed: the decision steps are pre-rendered pages, so every tree still works
 *    by links; search (which needs http) is replaced by the A–Z index with a one-line notice.
 * The zip is named with the policy's review date and the build date, in exports/.
 * Usage: node scripts/export.mjs [dist-folder] [output-folder]
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, posix, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
const dist = process.argv[2] ?? join(root, 'dist');
const outFolder = process.argv[3] ?? join(root, 'exports');
/** Files a copy opened from disk cannot use: scripts, the search index, the service worker. */
const LEFT_OUT = (path) => path.startsWith('pagefind/') || path === 'sw.js' || extname(path) === '.js';
const SEARCH_NOTICE = (href) =>
  `<p class="search-offline">Search needs the site to be served over the web. In this copy, use the <a href="${href}">A–Z index</a>.</p>`;

/** Every file under a folder, as a forward-slash path relative to it. */
function filesUnder(folder, prefix = '') {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    const relativePath = prefix ? `${prefix}/${name}` : name;
    return statSync(path).isDirectory() ? filesUnder(path, relativePath) : [relativePath];
  });
}

/** Turns a site-absolute reference ("/a/b/#x") into a relative link to a file, from the page at `from`. */
export function toFileLink(reference, from) {
  const [pathAndQuery, hash = ''] = reference.split('#');
  let path = (pathAndQuery ?? '').split('?')[0] ?? '';
  if (path === '/search/' || path.startsWith('/search/')) path = '/a-z/';
  if (path.endsWith('/')) path += 'index.html';
  else if (!extname(path)) path += '/index.html';
  const target = posix.relative(posix.dirname(`/${from}`), path) || posix.basename(path);
  return hash ? `${target}#${hash}` : target;
}

/** Rewrites one built page for file:// use. */
export function rewritePage(html, from) {
  const azIndex = toFileLink('/a-z/', from);
  return html
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace(/<form class="search[\s\S]*?<\/form>/g, SEARCH_NOTICE(azIndex))
    .replace(/ (href|src|action|xlink:href)="(\/(?!\/)[^"]*)"/g, (_, attribute, reference) => ` ${attribute}="${toFileLink(reference, from)}"`);
}

function main() {
  const files = filesUnder(dist).filter((path) => !LEFT_OUT(path));
  const zipped = {};
  for (const path of files) {
    const bytes = readFileSync(join(dist, path));
    zipped[`policy-site/${path}`] = path.endsWith('.html') ? new TextEncoder().encode(rewritePage(bytes.toString('utf8'), path)) : new Uint8Array(bytes);
  }
  const policy = parse(readFileSync(join(root, 'content/policies/electronic-social-media/policy.yaml'), 'utf8'));
  const built = new Date().toISOString().slice(0, 10);
  const name = `staff-social-media-policy-reviewed-${policy.reviewed}-built-${built}.zip`;
  mkdirSync(outFolder, { recursive: true });
  const zip = zipSync(zipped, { level: 9 });
  writeFileSync(join(outFolder, name), zip);
  console.log(
    `${join(outFolder, name).split(sep).join('/')}: ${files.length} files, ${(zip.length / 1024).toFixed(0)} KiB. Unzip it and open policy-site/index.html.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
