/**
 * An authoring mistake stops the build: npm test builds a broken copy of the fixture site
 * (tests/fixtures/broken-fixture.mjs) and records what the build said, read here.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROKEN_BUILD } from '../fixtures/broken-fixture.mjs';
import { fileForPath } from '../helpers/built-site';

/** What npm test's build stage recorded of the broken fixture's build (tests/fixtures/broken-fixture.mjs). */
function brokenBuild(): { exitCode: number; output: string; outDir: string } {
  const record = join(BROKEN_BUILD, 'build.json');
  if (!existsSync(record)) throw new Error(`${record} is missing: npm test's build stage builds the broken fixture`);
  return JSON.parse(readFileSync(record, 'utf8')) as { exitCode: number; output: string; outDir: string };
}

describe('an authoring mistake stops the build', () => {
  it('names the file, the field and what to do, and writes no site', () => {
    const broken = brokenBuild();
    expect(broken.exitCode).not.toBe(0);
    for (const pattern of [
      /clauses\/1b\.mdx/,
      /field "related"/,
      /"1z" is not a clause/,
      /use the id of an existing clause/,
    ]) {
      expect(broken.output).toMatch(pattern);
    }
    expect(fileForPath(broken.outDir, '/fixture-policy/1b/')).toBeUndefined();
  });
});
