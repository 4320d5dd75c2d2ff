/**
 * More policies need no code: a second policy is a new folder. The fixture policy in
 * tests/fixtures/content is built exactly like the real site; broken copies of it must stop the
 * build with the file, the field and a way to fix it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * One broken copy is built: it proves that a content mistake stops the build, naming the file, the
 * field and what to do. Every other message is checked without a build, in
 * tests/unit/content-checks.test.ts (cross-file checks and schema messages).
 */
const BROKEN = (root: string) =>
  rewrite(root, 'clauses/1b.mdx', (text) => text.replace('related: [1a]', 'related: [1z]'));

let good: BuildResult;
let broken: BuildResult;

beforeAll(async () => {
  // One after the other: builds at once share Astro's .astro/ folder in the project.
  good = await buildSite(FIXTURE);
  broken = await buildSite(brokenCopy(BROKEN));
});

afterAll(() => {
  for (const folder of [...temporaryFolders, ...[good, broken].map((result) => dirname(result.outDir))]) {
    rmSync(folder, { recursive: true, force: true });
  }
});

describe('a second policy in its own folder', () => {
  it('builds without code changes', () => {
    expect(good.exitCode, good.output).toBe(0);
  });

  it('says "not published" for the dates its published text does not give', () => {
    const pages = readBuiltPages(good.outDir);
    const policyPage = visibleText(
      pages.find((page) => page.path === '/fixture-policy/')?.document.querySelector('main'),
    );
    expect(policyPage).toContain('Adopted not published');
    expect(policyPage).toContain('Last reviewed not published');
    expect(visibleText(pages.find((page) => page.path === '/')?.document.querySelector('main'))).toContain(
      'last review date not published',
    );
  });

  it('numbers a dotted policy as it is written: pages, labels, citations, anchors and order', () => {
    const pages = readBuiltPages(good.outDir);
    const page = (path: string) => pages.find((candidate) => candidate.path === path);
    for (const id of ['1.1', '1.2', '1.2.1', '2.1'])
      expect(fileForPath(good.outDir, `/fixture-dotted/${id}/`), id).toBeDefined();
    const clause = page('/fixture-dotted/1.2.1/');
    expect(visibleText(clause?.document.querySelector('h1'))).toBe('1.2.1 Damaged devices');
    expect(clause?.document.querySelector('[data-copy-text]')?.getAttribute('data-copy-text')).toBe(
      'Fixture Dotted Procedure, s 1.2.1',
    );
    // Related clauses link by their dotted address.
    expect(clause?.document.querySelector('a[href="/fixture-dotted/1.2/"]')).not.toBeNull();
    // The whole procedure, in the order it is numbered, each clause anchored without dots.
    const anchors = page('/fixture-dotted/')
      ?.document.querySelectorAll('[id^="clause-"]:not([id$="-heading"])')
      .map((element) => element.id);
    expect(anchors).toEqual(['clause-1-1', 'clause-1-2', 'clause-1-2-1', 'clause-2-1']);
    // No references published: no empty References heading (the lettered fixture has one).
    expect(page('/fixture-dotted/')?.document.querySelector('#references')).toBeNull();
    expect(page('/fixture-policy/')?.document.querySelector('#references')).not.toBeNull();
    expect(visibleText(page('/fixture-dotted/definitions/')?.document.querySelector('.lead'))).toBe(
      'The Fixture Dotted Procedure policy defines no terms.',
    );
  });

  it('is named and introduced by its own site.yaml, on the home page and in every title', () => {
    const pages = readBuiltPages(good.outDir);
    const home = pages.find((page) => page.path === '/');
    expect(visibleText(home?.document.querySelector('h1'))).toBe('Fixture Division staff procedures');
    expect(visibleText(home?.document.querySelector('.lead'))).toBe(
      'This fixture site holds a made-up procedure so the tests can build a second site.',
    );
    for (const page of pages) {
      expect(visibleText(page.document.querySelector('title')), page.path).toMatch(
        /Fixture Division staff procedures$/,
      );
    }
  });

  it('gets its policy page, clause pages and definitions page', () => {
    for (const path of [
      '/fixture-policy/',
      '/fixture-policy/1a/',
      '/fixture-policy/1b/',
      '/fixture-policy/2a/',
      '/fixture-policy/definitions/',
    ]) {
      expect(fileForPath(good.outDir, path), path).toBeDefined();
    }
  });

  it('shows its clauses, status note and citations', () => {
    const pages = readBuiltPages(good.outDir);
    const clause = pages.find((page) => page.path === '/fixture-policy/1a/');
    expect(visibleText(clause?.document.querySelector('[data-clause-text]'))).toBe('Staff will label every widget.');
    expect(clause?.document.querySelector('[data-copy-text]')?.getAttribute('data-copy-text')).toBe(
      'Fixture Policy, s 1(a)',
    );
    expect(
      visibleText(pages.find((page) => page.path === '/fixture-policy/')?.document.querySelector('main')),
    ).toContain('This fixture is not a real policy.');
    expect(pages.map((page) => page.path)).not.toContain('/electronic-social-media/');
  });

  it('links its own defined terms', () => {
    const clause = readBuiltPages(good.outDir).find((page) => page.path === '/fixture-policy/1a/');
    expect(clause?.document.querySelector('a.defined-term')?.getAttribute('href')).toBe(
      '/fixture-policy/definitions/#widget',
    );
  });
});

describe('an authoring mistake stops the build', () => {
  it('names the file, the field and what to do, and writes no site', () => {
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
