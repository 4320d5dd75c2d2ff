/**
 * Serves a sub-path build with nginx and scripts/deploy/nginx-subpath.conf, in the foreground, for
 * the sub-path browser tests: `node scripts/deploy/nginx.mjs <dist-folder> <port>`.
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureNginx, findNginx } from '../setup/system.mjs';

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const [dist, port] = process.argv.slice(2);
  const nginx = findNginx();
  if (!dist || !port || !nginx) {
    console.error(nginx ? 'usage: node scripts/deploy/nginx.mjs <dist-folder> <port>' : ensureNginx().reason);
    process.exit(2);
  }
  // A copy in a world-readable folder: nginx's workers run as an unprivileged user.
  const temp = mkdtempSync(join(tmpdir(), 'policy-site-nginx-'));
  chmodSync(temp, 0o755);
  const webRoot = join(temp, 'www');
  mkdirSync(webRoot);
  cpSync(resolve(dist), join(webRoot, 'policies'), { recursive: true });
  const mimeTypes = [
    '/etc/nginx/mime.types',
    '/usr/local/etc/nginx/mime.types',
    '/opt/homebrew/etc/nginx/mime.types',
  ].find((path) => existsSync(path));
  const config = readFileSync(new URL('./nginx-subpath.conf', import.meta.url), 'utf8')
    .replaceAll('{{WEB_ROOT}}', webRoot)
    .replaceAll('{{PORT}}', port)
    .replaceAll('{{TEMP}}', temp)
    .replaceAll('{{MIME_TYPES}}', mimeTypes ?? join(temp, 'mime.types'));
  if (!mimeTypes)
    writeFileSync(
      join(temp, 'mime.types'),
      'types { text/html html; text/css css; application/javascript js; application/json json; image/svg+xml svg; }',
    );
  writeFileSync(join(temp, 'nginx.conf'), config);
  const server = spawn(nginx, ['-c', join(temp, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGQUIT'));
  server.on('exit', (code) => {
    rmSync(temp, { recursive: true, force: true });
    process.exit(code ?? 0);
  });
}
