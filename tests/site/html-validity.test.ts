/**
 * Built pages are valid HTML, checked by two validators: html-validate (rules in .htmlvalidate.mjs)
 * and the W3C Nu HTML checker (vnu.jar, on Java; npm test installs Java where it can,
 * scripts/setup/system.mjs). npm test checks one page of each template and the decision steps that
 * render differently (tests/helpers/sweep.ts), and one page per template of the fixture site;
 * npm run test:full checks every page of the real site.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import vnuJar from 'vnu-jar';
import { findJava } from '../../scripts/setup/system.mjs';
import { loadAllMachines } from '../../machines/index';
import { wordedMachines } from '../helpers/content-files';
import { DIST, FIXTURE_DIST, fileForPath, readBuiltPages } from '../helpers/built-site';
import { FULL_SWEEP, pagesToSweep, stepsToSweep } from '../helpers/sweep';

// Reads .htmlvalidate.mjs, as the html-validate command line does.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const everyPage = readBuiltPages();
const steps = FULL_SWEEP ? [] : stepsToSweep(wordedMachines(await loadAllMachines())).map((swept) => swept.href);
// npm test also checks one page per template of the fixture site (its layouts without sections,
// its decision on another policy); npm run test:full builds only the real site.
const fixturePages = FULL_SWEEP ? [] : pagesToSweep(readBuiltPages(FIXTURE_DIST));
const files = [
  ...new Set([
    ...pagesToSweep(everyPage).map((page) => page.file),
    ...steps.map((href) => fileForPath(DIST, href) ?? `${DIST}${href} (missing)`),
    ...fixturePages.map((page) => page.file),
    // A clause page that quotes the sub-clauses under it, which one page per template may not pick.
    ...(FULL_SWEEP
      ? []
      : [fileForPath(FIXTURE_DIST, '/fixture-messages/1/') ?? `${FIXTURE_DIST}fixture-messages/1/ (missing)`]),
  ]),
];

describe(`HTML validity (${FULL_SWEEP ? 'every page' : 'one page per template, and the steps that render differently'})`, () => {
  it('sweeps every template there is', () => {
    expect(files.length).toBeGreaterThan(FULL_SWEEP ? 500 : 20);
  });

  it('finds zero errors (html-validate)', async () => {
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages)
          errors.push(`${file} ${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('finds zero errors (W3C Nu HTML checker)', () => {
    const java = findJava();
    expect(java, 'Java is needed to run the Nu HTML checker: apt-get install default-jre-headless').toBeDefined();
    const run = spawnSync(java ?? 'java', ['-jar', String(vnuJar), '--errors-only', '--format', 'gnu', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    // The checker exits 0 when it reports nothing; its report goes to stderr, one error a line.
    const errors = run.stderr.split('\n').filter((line) => line.trim() !== '');
    expect(errors).toEqual([]);
    expect(run.status).toBe(0);
  });
});
