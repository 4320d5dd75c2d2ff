/**
 * This policy's particular clauses on the real site: its italics, its defined terms, its history and
 * status note. (What every policy shows is checked on both sites in built-site.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readBuiltPages, visibleText, type BuiltPage } from '../helpers/built-site';

const pages = readBuiltPages();
const page = (path: string): BuiltPage => {
  const found = pages.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`no built page at ${path}`);
  return found;
};

describe('the Electronic Social Media policy', () => {
  const slug = 'electronic-social-media';

  it('shows italics where the published text has them', () => {
    const clause3e = page(`/${slug}/3e/`).document.querySelector('[data-clause-text="3e"] em');
    expect(visibleText(clause3e)).toBe('friends');
  });

  it('links defined terms in clause text to their definition', () => {
    const link = page(`/${slug}/1a/`).document.querySelector('[data-clause-text] a.defined-term');
    expect(link?.getAttribute('href')).toBe(`/${slug}/definitions/#electronic-social-media`);
    expect(visibleText(link)).toBe('electronic social media');
  });

  it('says on its changes page which version is published and the updates before it, and keeps the status note with 2(g)', () => {
    const changes = visibleText(page(`/${slug}/changes/`).document.querySelector('main'));
    expect(changes).toContain('One version is published on this site: the version of February 2020, the current one.');
    expect(changes).toContain('earlier updates (June 2013, June 2018, January 2020; adopted April 2012)');
    // The repealed Act's status note goes with the words it concerns, in the kept version too.
    expect(visibleText(page(`/${slug}/2020-02/2g/`).document.querySelector('.status-note'))).toContain(
      'repealed in Alberta on 11 June 2025',
    );
    expect(visibleText(page(`/${slug}/3e/`).document.querySelector('main'))).toContain('Last reviewed February 2020');
  });
});
