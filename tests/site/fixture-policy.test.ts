/**
 * More policies need no code: a second policy is a new folder, and a decision on it is its own
 * machine and content. The fixture site in tests/fixtures/content (four policies: one lettered, one
 * dotted with no dates and other headings, one whose numbered lines are clauses with sub-clauses,
 * one revised twice) is built by npm test into dist-fixture, exactly like the real site. The
 * fixture's several policies, its revised policy and its broken copy have test files of their own
 * (fixture-several-policies, fixture-revised-policy, fixture-broken-build).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIST, fileForPath, visibleText } from '../helpers/built-site';
import { FIXTURE_CONTENT_ROOT, policySlugs } from '../helpers/content-files';
import { fixturePage, fixturePages } from '../helpers/fixture-site';

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
