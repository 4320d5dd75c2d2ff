import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSiteConfig } from '../../src/lib/site-config';

const folder = mkdtempSync(join(tmpdir(), 'policy-site-config-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes a site.yaml with `text` and returns its path. */
function siteFile(name: string, text: string): string {
  const file = join(folder, `${name}.yaml`);
  writeFileSync(file, text);
  return file;
}

describe('readSiteConfig (content/site.yaml)', () => {
  it('reads the real site configuration, as written, with the publisher it names or "the Division"', () => {
    const file = new URL('../../content/site.yaml', import.meta.url).pathname;
    const written = parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const site = readSiteConfig(file);
    expect(site).toEqual({ publisher: 'the Division', ...written });
    expect(readSiteConfig(siteFile('no-publisher', 'name: A\ndescription: B\nintroduction: C\n')).publisher).toBe(
      'the Division',
    );
  });

  it('says which file is missing and what to put in it', () => {
    expect(() => readSiteConfig(join(folder, 'absent.yaml'))).toThrow(
      /absent\.yaml is missing: create it with the site's name, description and introduction/,
    );
  });

  it('names the file and each missing field, with what to write', () => {
    const file = siteFile('no-name', 'description: A site.\n');
    expect(() => readSiteConfig(file)).toThrow(`${file}: name: give the site its name, e.g. name: Staff policies`);
    expect(() => readSiteConfig(file)).toThrow(`${file}: introduction: write the home page's opening paragraph`);
  });

  it('names a field it does not know, so a misspelling is not silently ignored', () => {
    const file = siteFile('typo', 'name: A\ndescription: B\nintroduction: C\nintroducton: D\n');
    expect(() => readSiteConfig(file)).toThrow(`${file}: introducton: not a field of site.yaml`);
  });

  it('says when the file is not YAML', () => {
    const file = siteFile('broken', 'name: [unclosed\n');
    expect(() => readSiteConfig(file)).toThrow(`${file} is not valid YAML`);
  });
});
