/** Builds the site from another content folder into a temporary folder, as the real build does. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
/**
 * Where test builds go: inside the project, because Astro puts a build's intermediate server
 * output under its outDir only when that is inside the working directory, and otherwise in one
 * shared `.astro/.prerender/` — where two builds at once collide (ENOTEMPTY).
 */
const TEST_BUILDS = join(ROOT, '.test-builds');

/** The outcome of one `astro build`: exit code, all output, and where it wrote the site. */
export interface BuildResult {
  exitCode: number;
  output: string;
  outDir: string;
}

/** Runs `astro build` with POLICY_CONTENT_ROOT pointing at `contentRoot`; never throws on a failed build. */
export function buildSite(contentRoot: string, extraEnv: Record<string, string> = {}): Promise<BuildResult> {
  mkdirSync(TEST_BUILDS, { recursive: true });
  const outDir = join(mkdtempSync(join(TEST_BUILDS, 'build-')), 'dist');
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        POLICY_CONTENT_ROOT: contentRoot,
        POLICY_OUT_DIR: outDir,
        ...extraEnv,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ exitCode: code ?? 1, output, outDir }));
  });
}
