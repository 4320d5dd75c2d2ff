/**
 * `npm run export`: the whole site as one zip that works unzipped anywhere and opened by
 * double-clicking index.html (file://). Astro has no relative-URL mode and Chromium blocks module
 * scripts on file://, so this step rewrites the built site (dist/, built at the root base):
 *  - every site link, stylesheet and diagram link becomes a relative link to a file
 *    ("../3e/index.html"), because file:// does not open a folder's index.html;
 *  - scripts are removed: the decision steps are pre-rendered pages, so every tree still works
 *    by links; search, whose Pagefind needs http, becomes MiniSearch over the same records
 *    (src/scripts/disk-search.ts, built here as a classic script, which file:// runs), loaded by
 *    one <script> on every page.
 * The zip is named after the site, the latest review of its policies and the build date, in exports/
 * (what the build publishes in site.json: no policy is named here).
 * Usage: node scripts/export/export.mjs [dist-folder] [output-folder]
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, posix, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { build } from 'vite';

const root = new URL('../..', import.meta.url).pathname;
const [distArgument, outArgument] = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
const dist = distArgument ?? join(root, 'dist');
const outFolder = outArgument ?? join(root, 'exports');
/** Earlier versions of the policies (point-in-time pages) go in only when asked: `--with-earlier-versions`. */
const withEarlierVersions = process.argv.includes('--with-earlier-versions');
/** Files a copy opened from disk cannot use: scripts and the data they read, the search index, the service worker. */
const LEFT_OUT = (path) => path.startsWith('pagefind/') || path === 'sw.js' || ['.js', '.json'].includes(extname(path));
/** The copy's search: its script, and the records and thesaurus it searches with (search/records.js, loaded on first use). */
const DISK_SEARCH = 'search/disk-search.js';
const DISK_SEARCH_RECORDS = 'search/records.js';

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
  if (path.endsWith('/')) path += 'index.html';
  else if (!extname(path)) path += '/index.html';
  const target = posix.relative(posix.dirname(`/${from}`), path) || posix.basename(path);
  return hash ? `${target}#${hash}` : target;
}

/** Attributes that hold a link or a file reference. */
const LINK_ATTRIBUTES = ['href', 'src', 'action', 'xlink:href'];

/** Rewrites one built page for file:// use, through an HTML parser: no module scripts, the disk copy's search, every site link a file link. */
export function rewritePage(html, from, leftOutFolders = []) {
  const document = parse(html, { comment: true });
  // Links to pages the copy leaves out (earlier versions) keep their words and lose the link.
  for (const link of document.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (leftOutFolders.some((folder) => href.startsWith(`/${folder}`))) link.replaceWith(link.innerHTML);
  }
  // Scripts cannot run from disk (module scripts are blocked on file://); the decisions work by their links.
  for (const element of document.querySelectorAll('script, link[rel="modulepreload"], [data-decision]'))
    element.remove();
  document.querySelector('body')?.insertAdjacentHTML('beforeend', `<script src="/${DISK_SEARCH}" defer></script>`);
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of LINK_ATTRIBUTES) {
      const reference = element.getAttribute(attribute);
      if (reference?.startsWith('/') && !reference.startsWith('//'))
        element.setAttribute(attribute, toFileLink(reference, from));
    }
  }
  return document.toString();
}

/**
 * The zip's name: the site's, the latest review of its policies (when any publishes one), and the
 * build date (from the build's site.json).
 */
function zipName() {
  const site = JSON.parse(readFileSync(join(dist, 'site.json'), 'utf8'));
  const reviewed = site.policies
    .map((policy) => policy.reviewed)
    .filter(Boolean)
    .sort()
    .at(-1);
  const slug = site.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}${reviewed ? `-reviewed-${reviewed}` : ''}-built-${new Date().toISOString().slice(0, 10)}.zip`;
}

/** src/scripts/disk-search.ts as one classic script (an IIFE): file:// runs no module script. */
async function diskSearchScript() {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: { entry: join(root, 'src/scripts/disk-search.ts'), formats: ['iife'], name: 'policySiteDiskSearch' },
    },
  });
  const [bundle] = Array.isArray(output) ? output : [output];
  const chunk = bundle?.output.find((file) => file.type === 'chunk');
  if (!chunk) throw new Error('src/scripts/disk-search.ts did not build');
  return chunk.code;
}

async function main() {
  const site = JSON.parse(readFileSync(join(dist, 'site.json'), 'utf8'));
  const leftOutFolders = withEarlierVersions
    ? []
    : site.policies.flatMap((policy) => (policy.earlierVersions ?? []).map((month) => `${policy.slug}/${month}/`));
  const files = filesUnder(dist).filter(
    (path) => !LEFT_OUT(path) && !leftOutFolders.some((folder) => path.startsWith(folder)),
  );
  const zipped = {};
  for (const path of files) {
    const bytes = readFileSync(join(dist, path));
    zipped[`policy-site/${path}`] = path.endsWith('.html')
      ? new TextEncoder().encode(rewritePage(bytes.toString('utf8'), path, leftOutFolders))
      : new Uint8Array(bytes);
  }
  const records = readFileSync(join(dist, 'search-records.json'), 'utf8');
  zipped[`policy-site/${DISK_SEARCH_RECORDS}`] = new TextEncoder().encode(`window.policySiteSearch = ${records};\n`);
  zipped[`policy-site/${DISK_SEARCH}`] = new TextEncoder().encode(await diskSearchScript());
  const name = zipName();
  mkdirSync(outFolder, { recursive: true });
  const zip = zipSync(zipped, { level: 9 });
  writeFileSync(join(outFolder, name), zip);
  console.log(
    `${join(outFolder, name).split(sep).join('/')}: ${files.length} files, ${(zip.length / 1024).toFixed(0)} KiB. Unzip it and open policy-site/index.html.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
