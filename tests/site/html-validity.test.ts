/** Every built page is valid HTML (html-validate, rules in .htmlvalidate.mjs): not a sample, all of them. */
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { readBuiltPages } from '../helpers/built-site';

// Reads .htmlvalidate.mjs, as the html-validate command line does.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity', () => {
  it('finds zero errors on every built page', async () => {
    const errors: string[] = [];
    for (const page of readBuiltPages()) {
      const report = await validator.validateFile(page.file);
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${page.path} ${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
