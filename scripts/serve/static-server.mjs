/**
 * The one static server: serves a built site on 127.0.0.1 the way the README asks a web server to
 * (gzip for text, a year of caching for the content-hashed `_astro/` files and revalidation for
 * everything else, the 404 page with status 404). `npm start`, the browser tests, `npm run audit`,
 * `npm run bench`, `npm run measure` and the screenshots all use it, so that what they see is what a
 * reader's phone receives. Files are read on every request: a test may change them while served.
 * `node scripts/serve/static-server.mjs <dist-folder> <port>` serves in the foreground.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.webmanifest', '.txt', '.wasm']);

/** Serves `root` (a built site whose base is `/`) at `port` (a free one by default); resolves to its origin and a `close()`. */
export async function serveSite(root, port = 0) {
  // Each file is compressed once per version (path, size and time of change): the browser tests
  // load the same files hundreds of times, and compressing them again each time cost CPU they need.
  const compressed = new Map();
  const gzipped = (file) => {
    const { size, mtimeMs } = statSync(file);
    const key = `${file}\0${String(size)}\0${String(mtimeMs)}`;
    let body = compressed.get(key);
    if (!body) compressed.set(key, (body = gzipSync(readFileSync(file), { level: 6 })));
    return body;
  };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) file = join(root, '404.html');
    const type = extname(file);
    const headers = {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      'cache-control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = acceptsGzip && COMPRESSIBLE.has(type) ? gzipped(file) : readFileSync(file);
    if (acceptsGzip && COMPRESSIBLE.has(type))
      Object.assign(headers, { 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    response.writeHead(found ? 200 : 404, { ...headers, 'content-length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((listening) => server.listen(port, '127.0.0.1', () => listening()));
  const address = server.address();
  const listeningOn = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${listeningOn}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dist = 'dist', port = '4321'] = process.argv.slice(2);
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`${dist} has no index.html: build the site first (npm run build).`);
    process.exit(2);
  }
  const { origin } = await serveSite(resolve(dist), Number(port));
  console.log(`Serving ${dist} at ${origin}/ (Ctrl+C stops it)`);
}
