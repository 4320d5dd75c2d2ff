import { defineConfig } from 'vitest/config';

/**
 * Three kinds of Vitest test: pure helpers (unit), decision machines (machines), and checks over
 * the built site in dist/ (site; `npm test` builds first). Browser journeys are Playwright's.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'machines', include: ['tests/machines/**/*.test.ts'] } },
      // The site tests read the same built pages: in one worker, without isolation, they are
      // listed and parsed once for all files (tests/helpers/built-site.ts), not once per file.
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          isolate: false,
          fileParallelism: false,
        },
      },
    ],
  },
});
