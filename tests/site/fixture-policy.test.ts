/**
 * More policies need no code: a second policy is a new folder. The fixture site in
 * tests/fixtures/content (four policies: one lettered, one dotted with no dates and other headings,
 * one whose numbered lines are clauses with sub-clauses, one revised twice)
 * is built by npm test into dist-fixture, exactly like the real site; a broken copy of it must stop
 * the build with the file, the field and a way to fix it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROKEN_BUILD } from '../fixtures/broken-fixture.mjs';
import { FIXTURE_DIST, fileForPath, readBuiltPages, visibleText } from '../helpers/built-site';
import { unzipExport } from '../helpers/exported';
import { FIXTURE_CONTENT_ROOT, policySlugs } from '../helpers/content-files';
import { FIXTURE_SITE } from '../helpers/sites';

const temporaryFolders: string[] = [];
afterAll(() => {
  for (const folder of temporaryFolders) rmSync(folder, { recursive: true, force: true });
});

/** What npm test's build stage recorded of the broken fixture's build (tests/fixtures/broken-fixture.mjs). */
function brokenBuild(): { exitCode: number; output: string; outDir: string } {
  const record = join(BROKEN_BUILD, 'build.json');
  if (!existsSync(record)) throw new Error(`${record} is missing: npm test's build stage builds the broken fixture`);
  return JSON.parse(readFileSync(record, 'utf8')) as { exitCode: number; output: string; outDir: string };
}

/** The fixture site's pages (readBuiltPages throws, failing each test, when the fixture build failed). */
let pagesRead: ReturnType<typeof readBuiltPages> | undefined;
const fixturePages = () => (pagesRead ??= readBuiltPages(FIXTURE_DIST));
const fixturePage = (path: string) => fixturePages().find((page) => page.path === path);

describe('a second policy in its own folder', () => {
  it('builds without code changes: a page for every policy and every clause file in the fixture content', () => {
    const policies = readdirSync(join(FIXTURE_CONTENT_ROOT, 'policies'));
    expect(policies.length).toBeGreaterThan(1);
    for (const policy of policies) {
      expect(fileForPath(FIXTURE_DIST, `/${policy}/`), policy).toBeDefined();
      for (const file of readdirSync(join(FIXTURE_CONTENT_ROOT, 'policies', policy, 'clauses')))
        expect(
          fileForPath(FIXTURE_DIST, `/${policy}/${file.replace(/\.mdx$/, '')}/`),
          `${policy}/${file}`,
        ).toBeDefined();
    }
  });

  it('says "not published" for the dates its published text does not give', () => {
    const pages = fixturePages();
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
    const pages = fixturePages();
    const page = (path: string) => pages.find((candidate) => candidate.path === path);
    for (const id of ['1.1', '1.2', '1.2.1', '2.1'])
      expect(fileForPath(FIXTURE_DIST, `/fixture-dotted/${id}/`), id).toBeDefined();
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
    // Headed as the procedure prints it (policy.yaml `headings`), not with the defaults.
    expect(
      page('/fixture-dotted/')
        ?.document.querySelectorAll('main h2')
        .map((heading) => visibleText(heading)),
    ).toEqual(expect.arrayContaining(['Purpose', 'Procedure']));
    expect(visibleText(page('/fixture-dotted/')?.document.querySelector('main'))).not.toContain('Background');
    // A sub-clause sits inside its clause.
    expect(page('/fixture-dotted/')?.document.querySelector('#clause-1-2-1')?.classList.contains('clause--sub')).toBe(
      true,
    );
    expect(visibleText(page('/fixture-dotted/definitions/')?.document.querySelector('.lead'))).toBe(
      'The Fixture Dotted Procedure policy defines no terms.',
    );
  });

  it('reads a procedure whose numbered lines are its clauses (fixture-messages): no invented section, sub-clauses nested under their clause', () => {
    const page = (path: string) => fixturePage(path)?.document;
    const policyPage = page('/fixture-messages/');
    const anchors = policyPage
      ?.querySelectorAll('[id^="clause-"]:not([id$="-heading"])')
      .map((element) => [element.id, element.getAttribute('class')]);
    expect(anchors).toEqual([
      ['clause-1', 'clause'],
      ['clause-1-1', 'clause clause--sub'],
      ['clause-1-2', 'clause clause--sub'],
      ['clause-1-2-1', 'clause clause--sub clause--sub-sub'],
      ['clause-1-3', 'clause clause--sub'],
      ['clause-2', 'clause'],
      ['clause-3', 'clause'],
      ['clause-4', 'clause'],
    ]);
    // The procedure prints no section headings, no definitions and no sentence under "Procedures":
    // the site adds none.
    expect(policyPage?.querySelectorAll('[id^="section-"], #definitions, a[href="#definitions"]')).toHaveLength(0);
    expect(policyPage?.querySelectorAll('#procedures > p')).toHaveLength(0);
    expect(visibleText(policyPage?.querySelector('main'))).not.toMatch(/Section \d/);
    // A clause's page quotes the sub-clauses directly under it, each linking to its own page.
    const first = page('/fixture-messages/1/');
    expect(visibleText(first?.querySelector('h1'))).toBe('1 Consent before a commercial message');
    expect(first?.querySelectorAll('.sub-clauses .clause__heading a').map((link) => link.getAttribute('href'))).toEqual(
      ['/fixture-messages/1.1/', '/fixture-messages/1.2/', '/fixture-messages/1.3/'],
    );
    expect(visibleText(first?.querySelector('.sub-clauses'))).toContain(
      'consent may be implied by an existing business or non-business relationship;',
    );
    // A sub-clause's page names the clause it sits under, where others name a section.
    const deepest = page('/fixture-messages/1.2.1/');
    expect(visibleText(deepest?.querySelector('.eyebrow'))).toBe('Fixture Messages Procedure · 1.2 Implied consent');
    expect(deepest?.querySelectorAll('.breadcrumbs a').map((link) => link.getAttribute('href'))).toEqual([
      '/',
      '/fixture-messages/',
      '/fixture-messages/1.2/',
    ]);
    // …and quotes that clause's words first, which its own words finish.
    expect(visibleText(deepest?.querySelector('.parent-clause'))).toBe(
      'Under 1.2: consent may be implied by an existing business or non-business relationship;',
    );
    expect(deepest?.querySelector('.parent-clause a')?.getAttribute('href')).toBe('/fixture-messages/1.2/');
    expect(deepest?.querySelectorAll('[data-clause-text]')).toHaveLength(1);
    expect(visibleText(page('/fixture-messages/2/')?.querySelector('.eyebrow'))).toBe('Fixture Messages Procedure');
    expect(page('/fixture-messages/2/')?.querySelector('.parent-clause')).toBeNull();
    expect(
      page('/fixture-messages/1.3/')
        ?.querySelectorAll('[data-clause-text] a.clause-reference')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/fixture-messages/4/']);
  });

  it('is named and introduced by its own site.yaml, on the home page and in every title', () => {
    const pages = fixturePages();
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
    expect(visibleText(home?.document.querySelector('footer'))).toContain(
      'The policy text is quoted exactly as the Fixture Division published it.',
    );
    // How to cite, on the site-wide links page: an example of each numbering the site holds, not
    // only the first policy's.
    const citing = visibleText(
      pages.find((page) => page.path === '/links/')?.document.querySelector('#citing-heading + p'),
    );
    expect(citing).toContain('Fixture Dotted Procedure, s 2.1 is clause 2.1');
    expect(citing).toMatch(/Fixture Policy, s \d\([a-z]\) is clause \([a-z]\) of section \d/);
  });

  it('shows its clauses, status note and citations', () => {
    const pages = fixturePages();
    const clause = pages.find((page) => page.path === '/fixture-policy/1a/');
    expect(visibleText(clause?.document.querySelector('[data-clause-text]'))).toBe('Staff will label every widget.');
    expect(clause?.document.querySelector('[data-copy-text]')?.getAttribute('data-copy-text')).toBe(
      'Fixture Policy, s 1(a)',
    );
    expect(
      visibleText(pages.find((page) => page.path === '/fixture-policy/')?.document.querySelector('main')),
    ).toContain('This fixture is not a real policy.');
    // Only the fixture's own policies: the build reads POLICY_CONTENT_ROOT, not content/.
    const built = JSON.parse(readFileSync(join(FIXTURE_DIST, 'site.json'), 'utf8')) as { policies: { slug: string }[] };
    expect(built.policies.map((policy) => policy.slug).sort()).toEqual(policySlugs(FIXTURE_CONTENT_ROOT).sort());
  });

  it('links the cross-references in its clauses to the clause or section they name', () => {
    const references = (path: string) =>
      fixturePage(path)
        ?.document.querySelectorAll('[data-clause-text] a.clause-reference')
        .map((link) => [visibleText(link), link.getAttribute('href')]);
    expect(references('/fixture-dotted/2.1/')).toEqual([
      ['clause 1.2', '/fixture-dotted/1.2/'],
      ['section 1', '/fixture-dotted/#section-1'],
    ]);
    // Beside a defined term in the same sentence, each keeps its own link.
    expect(references('/fixture-policy/2a/')).toEqual([['clause 1(a)', '/fixture-policy/1a/']]);
    expect(
      fixturePage('/fixture-policy/2a/')
        ?.document.querySelector('[data-clause-text] a.defined-term')
        ?.getAttribute('href'),
    ).toBe('/fixture-policy/definitions/#widget');
  });

  it('links its own defined terms', () => {
    const clause = fixturePages().find((page) => page.path === '/fixture-policy/1a/');
    expect(clause?.document.querySelector('a.defined-term')?.getAttribute('href')).toBe(
      '/fixture-policy/definitions/#widget',
    );
  });
});

describe('a decision on another policy (the fixture decision commercial-message, on fixture-messages)', () => {
  const page = (path: string) => fixturePage(path)?.document;
  const OUTCOME = '/questions/commercial-message/answers/is-commercial=yes/has-consent=yes/';

  it('is listed with the questions and pre-rendered step by step, its outcome quoting its own policy’s clauses', () => {
    expect(
      page('/questions/')
        ?.querySelectorAll('main a')
        .map((link) => link.getAttribute('href')),
    ).toContain('/questions/commercial-message/');
    const outcome = page(OUTCOME);
    expect(visibleText(outcome?.querySelector('.verdict'))).toBe('Allowed with conditions');
    const quoted = outcome?.querySelectorAll('blockquote.clause-text').map((quote) => visibleText(quote));
    expect(quoted).toEqual([
      'The Division will have consent before it sends a commercial electronic message:',
      'Each commercial electronic message identifies the Division as its sender.',
      'Each commercial electronic message offers a way to unsubscribe, which is honoured within ten business days.',
      'a record of each consent is kept, as clause 4 requires.',
    ]);
    expect(outcome?.querySelectorAll('a[href^="/fixture-messages/"]').map((link) => link.getAttribute('href'))).toEqual(
      expect.arrayContaining([
        '/fixture-messages/1/',
        '/fixture-messages/2/',
        '/fixture-messages/3/',
        '/fixture-messages/1.3/',
      ]),
    );
    // The social media policy's note on whom it binds is that policy's (policy.yaml outcomeNote), not every policy's.
    expect(visibleText(outcome?.querySelector('.advice-note'))).not.toContain('staff');
  });

  it('prepares its own policy’s request letter, in that letter’s words, quoting its clause', () => {
    const outcome = page('/questions/commercial-message/answers/is-commercial=yes/has-consent=no/');
    const letter = visibleText(outcome?.querySelector('.request'));
    expect(letter).toContain('Request for consent to receive fundraising messages from');
    expect(letter).toContain("The Division's procedure asks for consent before such a message is sent:");
    expect(letter).toContain('The Division will have consent before it sends a commercial electronic message:');
    expect(letter).toContain("Student's parent or guardian");
  });

  it('has its flowchart, its worked example under its own topic, and is named on the clauses it cites', () => {
    expect(page('/questions/commercial-message/flowchart/')?.querySelector('svg')).not.toBeNull();
    const topic = page('/questions/examples/messages-to-parents/');
    expect(visibleText(topic?.querySelector('h1'))).toContain('Messages to parents');
    expect(topic?.querySelector(`a[href="${OUTCOME}"]`)).not.toBeNull();
    expect(
      page('/fixture-messages/1/')
        ?.querySelectorAll('.used-in a')
        .map((link) => link.getAttribute('href')),
    ).toContain('/questions/commercial-message/');
  });
});

describe('a site of several policies', () => {
  const text = (path: string, selector = 'main') => visibleText(fixturePage(path)?.document.querySelector(selector));
  const hrefs = (path: string, selector: string) =>
    fixturePage(path)
      ?.document.querySelectorAll(selector)
      .map((link) => link.getAttribute('href')) ?? [];

  it('lists the policies on the home page under their groups, ungrouped ones last', () => {
    const home = fixturePage('/')?.document;
    expect(home?.querySelectorAll('.policy-group').map((heading) => visibleText(heading))).toEqual([
      'Equipment',
      'Other policies',
    ]);
    expect(visibleText(home?.querySelector('.policy-group + ul'))).toContain('Fixture Dotted Procedure');
  });

  it("keeps the site-wide pages to one line per policy, each leading to the policy's own page", () => {
    // Link to this site: each policy once, leading to its own list; no address inside a policy.
    expect(hrefs('/links/', '.policy-titles a')).toEqual([
      '/fixture-dotted/links/',
      '/fixture-messages/links/',
      '/fixture-policy/links/',
      '/fixture-revised/links/',
    ]);
    const copied = fixturePage('/links/')
      ?.document.querySelectorAll('[data-copy-path]')
      .map((button) => button.getAttribute('data-copy-path'));
    expect(copied?.filter((path) => path?.startsWith('/fixture-'))).toEqual([]);
    // A–Z: the policies, each leading to its own index.
    expect(hrefs('/a-z/', '.az-list a')).toEqual([
      '/fixture-dotted/a-z/',
      '/fixture-messages/a-z/',
      '/fixture-policy/a-z/',
      '/fixture-revised/a-z/',
    ]);
    // Quick-reference cards: one per policy.
    expect(hrefs('/card/', 'main .az-list a')).toEqual([
      '/fixture-dotted/card/',
      '/fixture-messages/card/',
      '/fixture-policy/card/',
      '/fixture-revised/card/',
    ]);
    // Search without JavaScript: the policies, whose pages list their clauses.
    expect(hrefs('/search/', '.clause-index a')).toEqual([
      '/fixture-dotted/',
      '/fixture-messages/',
      '/fixture-policy/',
      '/fixture-revised/',
    ]);
  });

  it('gives each policy its own list of addresses, A–Z index and card', () => {
    const copied = fixturePage('/fixture-dotted/links/')
      ?.document.querySelectorAll('[data-copy-text]')
      .map((button) => button.getAttribute('data-copy-text'));
    expect(copied).toEqual(
      expect.arrayContaining([
        'Fixture Dotted Procedure',
        'Fixture Dotted Procedure, s 1.1',
        'Fixture Dotted Procedure, s 1.2',
        'Fixture Dotted Procedure, s 1.2.1',
        'Fixture Dotted Procedure, s 2.1',
      ]),
    );
    expect(text('/fixture-dotted/links/')).toContain('Fixture Dotted Procedure, s 2.1 is clause 2.1');
    expect(text('/fixture-policy/links/')).toContain('Fixture Policy, s 2(a) is clause (a) of section 2');
    // Its A–Z index: its clauses by title, and its defined terms.
    const damaged = fixturePage('/fixture-dotted/a-z/')
      ?.document.querySelectorAll('.az-list a')
      .find((link) => visibleText(link) === 'Damaged devices');
    expect(damaged?.getAttribute('href')).toBe('/fixture-dotted/1.2.1/');
    expect(hrefs('/fixture-policy/a-z/', '.az-list a')).toContain('/fixture-policy/definitions/#widget');
    expect(hrefs('/fixture-policy/a-z/', '.az-list a')).not.toContain('/fixture-dotted/1.2.1/');
    // No question decides against the fixture policies: the card lists the clauses instead.
    const rows = fixturePage('/fixture-dotted/card/')?.document.querySelectorAll('.card-table tbody tr') ?? [];
    expect(rows.map((row) => visibleText(row))).toEqual([
      '1.1 Record every loan',
      '1.2 Check before lending',
      '1.2.1 Damaged devices',
      '2.1 Check returns',
    ]);
    // The policy page leads to all three.
    expect(hrefs('/fixture-dotted/', '.toc__extra a')).toEqual(
      expect.arrayContaining(['/fixture-dotted/a-z/', '/fixture-dotted/card/', '/fixture-dotted/links/']),
    );
  });

  it('lets search be narrowed to one policy', () => {
    const options = fixturePage('/search/')?.document.querySelectorAll('select[name=policy] option') ?? [];
    expect(options.map((option) => [option.getAttribute('value'), visibleText(option)])).toEqual([
      ['', 'all policies'],
      ['Fixture Dotted Procedure', 'Fixture Dotted Procedure'],
      ['Fixture Messages Procedure', 'Fixture Messages Procedure'],
      ['Fixture Policy', 'Fixture Policy'],
      ['Fixture Revised Procedure', 'Fixture Revised Procedure'],
    ]);
  });
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
      expect(fixturePage(path)?.document.querySelector('[data-pagefind-body]'), path).toBeNull();
    expect(fixturePage('/fixture-revised/1c/')?.document.querySelector('[data-pagefind-body]')).not.toBeNull();
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
