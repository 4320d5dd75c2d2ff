/**
 * More policies need no code: a second policy is a new folder. The fixture policy in
 * tests/fixtures/content is built exactly like the real site; broken copies of it must stop the
 * build with the file, the field and a way to fix it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSite, type BuildResult } from '../helpers/build-site';
import { fileForPath, readBuiltPages, visibleText } from '../helpers/built-site';

const FIXTURE = new URL('../fixtures/content/', import.meta.url).pathname;
const POLICY = 'policies/fixture-policy';
const temporaryFolders: string[] = [];

/** Copies the fixture content and applies one authoring mistake to it. */
function brokenCopy(edit: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'policy-site-fixture-'));
  temporaryFolders.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  edit(root);
  return root;
}

function rewrite(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, POLICY, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const mistakes = {
  'a duplicate clause id': (root: string) => rewrite(root, 'clauses/2a.mdx', (text) => text.replace('id: 2a', 'id: 1a').replace('section: 2', 'section: 1')),
  'a missing title': (root: string) => rewrite(root, 'clauses/1a.mdx', (text) => text.replace('title: Label widgets\n', '')),
  'an unknown section': (root: string) => rewrite(root, 'clauses/2a.mdx', (text) => text.replace('id: 2a', 'id: 7a').replace('section: 2', 'section: 7')),
  'a related clause that does not exist': (root: string) => rewrite(root, 'clauses/1b.mdx', (text) => text.replace('related: [1a]', 'related: [1z]')),
  'a definition that does not exist': (root: string) =>
    rewrite(root, 'clauses/1b.mdx', (text) => text.replace('definitions: [widget]', 'definitions: [gadget]')),
  'a definition id used twice': (root: string) =>
    rewrite(root, 'policy.yaml', (text) => text.replace('procedures:', '  - id: widget\n    term: Gadget\n    text: “Gadget” means a gadget.\nprocedures:')),
  'a date that is not a month': (root: string) => rewrite(root, 'policy.yaml', (text) => text.replace("reviewed: '2023-06'", 'reviewed: June 2023')),
  'a clause with no text': (root: string) => rewrite(root, 'clauses/2a.mdx', (text) => text.replace('Staff will keep a list of devices.', '')),
  'a status note about a clause that does not exist': (root: string) =>
    rewrite(root, 'policy.yaml', (text) => text.replace('background:', "statusNoteClauses: ['9z']\nbackground:")),
  'a clause id that disagrees with its section': (root: string) => rewrite(root, 'clauses/2a.mdx', (text) => text.replace('id: 2a', 'id: 1c')),
  'a decision page with no machine': (root: string) => {
    mkdirSync(join(root, 'scenarios'), { recursive: true });
    writeFileSync(
      join(root, 'scenarios', 'lost-decision.mdx'),
      '---\nid: lost-decision\npolicy: fixture-policy\nquestion: May I?\ntitle: Lost\nsummary: A page without a machine.\nshortAnswer: No.\norder: 1\n---\n\nText.\n',
    );
  },
};
const expected: Record<keyof typeof mistakes, RegExp[]> = {
  'a duplicate clause id': [/clauses\/2a\.mdx/, /field "id"/, /duplicate clause id "1a"/],
  'a missing title': [/clauses\/1a\.mdx/, /title/, /plain-words title/],
  'an unknown section': [/clauses\/2a\.mdx/, /field "section"/, /its sections: 1, 2/],
  'a related clause that does not exist': [/clauses\/1b\.mdx/, /field "related"/, /"1z" is not a clause/],
  'a definition that does not exist': [/clauses\/1b\.mdx/, /field "definitions"/, /its definitions: widget/],
  'a definition id used twice': [/policy\.yaml/, /field "definitions"/, /definition id "widget" is used twice/],
  'a date that is not a month': [/policy\.yaml/, /reviewed/, /'YYYY-MM'/],
  'a clause with no text': [/clauses\/2a\.mdx/, /field "\(body\)"/, /copy the clause verbatim/],
  'a status note about a clause that does not exist': [/policy\.yaml/, /field "statusNoteClauses"/, /"9z" is not a clause/],
  'a clause id that disagrees with its section': [/clauses\/2a\.mdx/, /field "id"/, /does not start with its section number 2/],
  'a decision page with no machine': [/scenarios\/lost-decision\.mdx/, /field "id"/, /no machine "lost-decision"/],
};

let good: BuildResult;
const broken = new Map<string, BuildResult>();

beforeAll(async () => {
  good = await buildSite(FIXTURE);
  // Two cores: build the broken copies two at a time.
  const entries = Object.entries(mistakes);
  for (let index = 0; index < entries.length; index += 2) {
    const batch = entries.slice(index, index + 2);
    const results = await Promise.all(batch.map(([, edit]) => buildSite(brokenCopy(edit))));
    batch.forEach(([name], position) => broken.set(name, results[position] as BuildResult));
  }
});

afterAll(() => {
  for (const folder of [...temporaryFolders, ...[good, ...broken.values()].map((result) => dirname(result.outDir))]) {
    rmSync(folder, { recursive: true, force: true });
  }
});

describe('a second policy in its own folder', () => {
  it('builds without code changes', () => {
    expect(good.exitCode, good.output).toBe(0);
  });

  it('gets its policy page, clause pages and definitions page', () => {
    for (const path of ['/fixture-policy/', '/fixture-policy/1a/', '/fixture-policy/1b/', '/fixture-policy/2a/', '/fixture-policy/definitions/']) {
      expect(fileForPath(good.outDir, path), path).toBeDefined();
    }
  });

  it('shows its clauses, status note and citations', () => {
    const pages = readBuiltPages(good.outDir);
    const clause = pages.find((page) => page.path === '/fixture-policy/1a/');
    expect(visibleText(clause?.document.querySelector('[data-clause-text]'))).toBe('Staff will label every widget.');
    expect(clause?.document.querySelector('[data-copy-text]')?.getAttribute('data-copy-text')).toBe('Fixture Policy, s 1(a)');
    expect(visibleText(pages.find((page) => page.path === '/fixture-policy/')?.document.querySelector('main'))).toContain('This fixture is not a real policy.');
    expect(pages.map((page) => page.path)).not.toContain('/electronic-social-media/');
  });

  it('links its own defined terms', () => {
    const clause = readBuiltPages(good.outDir).find((page) => page.path === '/fixture-policy/1a/');
    expect(clause?.document.querySelector('a.defined-term')?.getAttribute('href')).toBe('/fixture-policy/definitions/#widget');
  });
});

describe('an authoring mistake stops the build and says where and how to fix it', () => {
  for (const name of Object.keys(mistakes) as (keyof typeof mistakes)[]) {
    it(name, () => {
      const result = broken.get(name);
      expect(result?.exitCode).not.toBe(0);
      for (const pattern of expected[name]) expect(result?.output).toMatch(pattern);
    });
  }
});
