/**
 * A site of several policies (the fixture site, tests/fixtures/content): each policy with its own
 * pages, addresses, index and card, and site-wide pages that keep to one line per policy.
 */
import { describe, expect, it } from 'vitest';
import { visibleText } from '../helpers/built-site';
import { fixturePage } from '../helpers/fixture-site';

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
