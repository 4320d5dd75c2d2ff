/**
 * Serves a built site on 127.0.0.1 the way the README asks a web server to: gzip for text, a year
 * of caching for the content-hashed `_astro/` files and revalidation for everything else, the
 * 404 page with status 404. Used by `npm run audit`, `npm run bench` and the browser tests that
 * need their own copy of a site, so that what they measure is what a reader's phone receives.
 * Files are read on every request: a test may change them while they are served.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
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

/** Serves `root` (a built site whose base is `/`) at a free port; resolves to its origin and a `close()`. */
export async function serveCompressed(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname)).replace(/^(\.\.[/\\])+/, '');
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
    const body = acceptsGzip && COMPRESSIBLE.has(type) ? gzipSync(readFileSync(file), { level: 6 }) : readFileSync(file);
    if (acceptsGzip && COMPRESSIBLE.has(type)) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    response.writeHead(found ? 200 : 404, { ...headers, 'content-length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
