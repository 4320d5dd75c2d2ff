/** Serves the built site with `astro preview` on 127.0.0.1 for the measuring and screenshot scripts. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Starts the preview server on a port and waits until it answers; `stop()` ends it. */
export async function startPreview(port) {
  const server = spawn(join(root, 'node_modules/.bin/astro'), ['preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, stdio: 'ignore' });
  const stop = () => server.kill();
  process.on('exit', stop);
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`${origin}/ did not answer: run npm run build first`);
}
