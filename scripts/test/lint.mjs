/**
 * The code checks `npm run lint` runs, and `npm test` with it: Prettier (formatting), ESLint
 * (typed typescript-eslint, eslint.config.js) with zero warnings allowed, and knip (no unused
 * files, exports or dependencies; knip.jsonc). Resolves to one result per check.
 */

/**
 * The checks, each a node_modules/.bin command. Prettier and ESLint keep a cache in
 * node_modules/.cache, so a second run checks only what changed (a fresh clone checks everything).
 */
export const LINT_CHECKS = [
  ['Prettier', 'prettier', ['--check', '--log-level', 'warn', '--cache', '.']],
  [
    'ESLint',
    'eslint',
    [
      '--max-warnings',
      '0',
      '--cache',
      '--cache-strategy',
      'content',
      '--cache-location',
      'node_modules/.cache/eslint/',
      '.',
    ],
  ],
  ['knip', 'knip', ['--no-progress']],
];

/** Runs every check (all of them, even after a failure); `bin` runs a node_modules/.bin command and resolves to its exit code. */
export async function runLintChecks(bin) {
  const results = [];
  for (const [name, command, args] of LINT_CHECKS) {
    console.log(`\n── ${name} ──`);
    const code = await bin(command, args);
    if (code === 0) console.log(`${name}: clean`);
    results.push({ name, ok: code === 0 });
  }
  return results;
}

/** `npm run lint`: exit code 0 when every check is clean. */
export async function runLint(bin) {
  const results = await runLintChecks(bin);
  return results.every((result) => result.ok) ? 0 : 1;
}
