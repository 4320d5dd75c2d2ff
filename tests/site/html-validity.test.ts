/**
 * Every built page is valid HTML, checked by two validators (not a sample, all of them):
 * html-validate (rules in .htmlvalidate.mjs) and the W3C Nu HTML checker (vnu.jar, on Java;
 * npm test installs Java where it can, scripts/setup/system.mjs).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import vnuJar from 'vnu-jar';
import { findJava } from '../../scripts/setup/system.mjs';
import { readBuiltPages } from '../helpers/built-site';

// Reads .htmlvalidate.mjs, as the html-validate command line does.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = readBuiltPages();

describe('HTML validity', () => {
  it('finds zero errors on every built page (html-validate)', async () => {
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page.file);
      for (const result of report.results) {
        for (const message of result.messages)
          errors.push(`${page.path} ${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('finds zero errors on every built page (W3C Nu HTML checker)', () => {
    const java = findJava();
    expect(java, 'Java is needed to run the Nu HTML checker: apt-get install default-jre-headless').toBeDefined();
    const run = spawnSync(
      java ?? 'java',
      ['-jar', String(vnuJar), '--errors-only', '--format', 'gnu', ...pages.map((page) => page.file)],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    // The checker exits 0 when it reports nothing; its report goes to stderr, one error a line.
    const errors = run.stderr.split('\n').filter((line) => line.trim() !== '');
    expect(errors).toEqual([]);
    expect(run.status).toBe(0);
  });
});
