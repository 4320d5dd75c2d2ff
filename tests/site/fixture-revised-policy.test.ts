/**
 * A policy revised twice (the fixture's fixture-revised): every version kept at its own address,
 * the changes between them, and the export of a revised policy.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_DIST, fileForPath, searchRecordUrls, visibleText } from '../helpers/built-site';
import { unzipExport } from '../helpers/exported';
import { fixturePage } from '../helpers/fixture-site';
import { FIXTURE_SITE } from '../helpers/sites';

const temporaryFolders: string[] = [];
afterAll(() => {
  for (const folder of temporaryFolders) rmSync(folder, { recursive: true, force: true });
});

describe('a policy revised twice (fixture-revised: 1(b) reworded and 2(b) removed in 2023, a new 1(a) in 2025)', () => {
  const clauseText = (path: string) => visibleText(fixturePage(path)?.document.querySelector('[data-clause-text]'));
  const notice = (path: string) => visibleText(fixturePage(path)?.document.querySelector('.version-notice'));
  const VERSIONS: Record<string, Record<string, string>> = {
    '2021-03': {
      '1a': 'Staff will sign out every camera.',
      '1b': 'Staff will return cameras by Friday.',
      '2a': 'Staff will report a lost camera to the principal.',
      '2b': 'Staff will keep the camera log of section 1 for one year.',
    },
    '2023-09': {
      '1a': 'Staff will sign out every camera.',
      '1b': 'Staff will return cameras by the end of the school day.',
      '2a': 'Staff will report a lost camera to the principal.',
    },
    '2025-06': {
      '1a': 'Staff will book a camera before the event.',
      '1b': 'Staff will sign out every camera.',
      '1c': 'Staff will return cameras by the end of the school day.',
      '2a': 'Staff will report a lost camera to the principal.',
    },
  };

  it('keeps every version at its own address, each clause in the words of that version', () => {
    for (const [month, clauses] of Object.entries(VERSIONS)) {
      expect(fileForPath(FIXTURE_DIST, `/fixture-revised/${month}/`), month).toBeDefined();
      for (const [id, text] of Object.entries(clauses))
        expect(clauseText(`/fixture-revised/${month}/${id}/`), `${month} ${id}`).toBe(text);
    }
  });

  it('never ends a published address in a 404: every clause number ever published still answers', () => {
    for (const clauses of Object.values(VERSIONS))
      for (const id of Object.keys(clauses))
        expect(fileForPath(FIXTURE_DIST, `/fixture-revised/${id}/`), id).toBeDefined();
  });

  it('says on an old version that it is not the current one, and leads to the clause as it is now', () => {
    expect(notice('/fixture-revised/2021-03/1b/')).toContain('Not the current version');
    expect(
      fixturePage('/fixture-revised/2021-03/1b/')?.document.querySelector('.version-notice a')?.getAttribute('href'),
    ).toBe('/fixture-revised/1c/');
    expect(visibleText(fixturePage('/fixture-revised/2021-03/1b/')?.document.querySelector('main'))).toContain(
      'Since then: reworded in September 2023; renumbered 1(c) in June 2025. It is now clause 1(c).',
    );
    expect(notice('/fixture-revised/2025-06/1b/')).toContain('the current version');
  });

  it('says where a removed clause went, with its last words, at its current address', () => {
    expect(notice('/fixture-revised/2b/')).toContain('Removed in September 2023');
    expect(clauseText('/fixture-revised/2b/')).toBe('Staff will keep the camera log of section 1 for one year.');
    expect(
      fixturePage('/fixture-revised/2b/')
        ?.document.querySelectorAll('.version-notice a')
        .map((link) => link.getAttribute('href')),
    ).toContain('/fixture-revised/2021-03/2b/');
  });

  it('links a kept version’s defined terms and cross-references within that version, to anchors that exist', () => {
    const links = (path: string, kind: string) =>
      fixturePage(path)
        ?.document.querySelectorAll(`[data-clause-text] a.${kind}`)
        .map((link) => [visibleText(link), link.getAttribute('href')]);
    // Only the 2021 version defines "camera" and names section 1 in 2(b); its pages link within it.
    expect(links('/fixture-revised/2021-03/1a/', 'defined-term')).toEqual([
      ['camera', '/fixture-revised/2021-03/#definition-camera'],
    ]);
    expect(links('/fixture-revised/2021-03/2b/', 'clause-reference')).toEqual([
      ['section 1', '/fixture-revised/2021-03/#section-1'],
    ]);
    // The removed clause's current address shows its last words, linked as that version had them.
    expect(links('/fixture-revised/2b/', 'clause-reference')).toEqual([
      ['section 1', '/fixture-revised/2021-03/#section-1'],
    ]);
    const version = fixturePage('/fixture-revised/2021-03/')?.document;
    expect(version?.getElementById('definition-camera')).toBeTruthy();
    expect(version?.getElementById('section-1')).toBeTruthy();
    // The current text defines no term, so its 1(b) (the 2021 1(a)) links none.
    expect(links('/fixture-revised/1b/', 'defined-term')).toEqual([]);
  });

  it('warns on a current clause whose number meant another clause before, and leads to it', () => {
    expect(notice('/fixture-revised/1b/')).toContain('Until June 2025, 1(b) was another clause');
    expect(
      fixturePage('/fixture-revised/1b/')
        ?.document.querySelectorAll('.version-notice a')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/fixture-revised/1c/', '/fixture-revised/2021-03/1b/', '/fixture-revised/2023-09/1b/']);
    // The policy page says which numbers the current version changed.
    expect(notice('/fixture-revised/')).toContain(
      'This version renumbered 1(a) as 1(b); renumbered 1(b) as 1(c): a reference to an earlier number may mean other words.',
    );
    expect(fixturePage('/fixture-revised/2a/')?.document.querySelector('.version-notice')).toBeNull();
  });

  it('compares the words of each change, marked in text as well as by style', () => {
    const changes = fixturePage('/fixture-revised/changes/')?.document;
    const diff = changes?.querySelector('[data-word-diff]');
    expect(visibleText(diff?.querySelector('del'))).toBe('[deleted: Friday]');
    expect(visibleText(diff?.querySelector('ins'))).toBe('[inserted: the end of the school day]');
    expect(visibleText(changes?.querySelector('main'))).toContain('1(a) renumbered 1(b), words unchanged.');
    expect(visibleText(changes?.querySelector('main'))).toContain('2(b) removed.');
    expect(changes?.querySelectorAll('main h2').map((heading) => visibleText(heading))).toEqual([
      'June 2025 (current)',
      'September 2023',
    ]);
    // The current clause page tells its own history.
    const versions = visibleText(fixturePage('/fixture-revised/1c/')?.document.querySelector('.clause-versions'));
    expect(versions).toContain('Renumbered in June 2025, from 1(b), words unchanged.');
    expect(versions).toContain('Reworded in September 2023. Compared with its words of March 2021:');
  });

  it('cites a version by its month beside the current citation', () => {
    const citations = (path: string) =>
      fixturePage(path)
        ?.document.querySelectorAll('[data-copy-text]')
        .map((button) => button.getAttribute('data-copy-text'));
    expect(citations('/fixture-revised/2021-03/1b/')).toEqual([
      'Fixture Revised Procedure (March 2021), s 1(b)',
      'Fixture Revised Procedure, s 1(c)',
    ]);
    expect(citations('/fixture-revised/1c/')).toEqual([
      'Fixture Revised Procedure, s 1(c)',
      'Fixture Revised Procedure (June 2025), s 1(c)',
    ]);
  });

  it('leaves point-in-time, removed-clause and changes pages out of search; the current text stays in', () => {
    for (const path of [
      '/fixture-revised/2021-03/1b/',
      '/fixture-revised/2025-06/',
      '/fixture-revised/2b/',
      '/fixture-revised/changes/',
    ])
      expect(searchRecordUrls(FIXTURE_DIST), path).not.toContain(path);
    expect(searchRecordUrls(FIXTURE_DIST)).toContain('/fixture-revised/1c/');
  });
});

describe('the export of a revised policy', () => {
  /** Exports the fixture site as npm run export does, unzipped; returns the policy-site/ folder. */
  const exported = (flags: string[]) => {
    const out = mkdtempSync(join(tmpdir(), 'policy-site-fixture-export-'));
    const run = spawnSync(process.execPath, ['scripts/export/export.mjs', FIXTURE_DIST, out, ...flags], {
      cwd: new URL('../../', import.meta.url).pathname,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const { folder } = unzipExport(out);
    temporaryFolders.push(out, folder);
    return join(folder, 'policy-site');
  };

  it('carries the current version and the changes page, and earlier versions only when asked', () => {
    // The export npm test made (dist-fixture-export), then one with --with-earlier-versions.
    const { folder } = unzipExport(FIXTURE_SITE.exportFolder);
    temporaryFolders.push(folder);
    const site = join(folder, 'policy-site');
    expect(existsSync(join(site, 'fixture-revised/2025-06/1b/index.html'))).toBe(true);
    expect(existsSync(join(site, 'fixture-revised/changes/index.html'))).toBe(true);
    expect(existsSync(join(site, 'fixture-revised/2021-03/1b/index.html'))).toBe(false);
    // Links to the pages left out keep their words and lose the link.
    const changes = readFileSync(join(site, 'fixture-revised/changes/index.html'), 'utf8');
    expect(changes).not.toMatch(/href="[^"]*2021-03/);
    expect(changes).toContain('March 2021');
    const withEarlier = exported(['--with-earlier-versions']);
    expect(existsSync(join(withEarlier, 'fixture-revised/2021-03/1b/index.html'))).toBe(true);
    expect(readFileSync(join(withEarlier, 'fixture-revised/changes/index.html'), 'utf8')).toMatch(
      /href="[^"]*2021-03\/index\.html"/,
    );
  });
});
