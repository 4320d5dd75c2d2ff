/** The pages for handbook authors: every permanent link listed with its citation, and the quick-reference card. */
import { describe, expect, it } from 'vitest';
import { loadAllMachines } from '../../machines/index';
import { allSteps, outcomeStates, replayAnswers, stateNameOf } from '../../src/lib/decision';
import { parseStepPath } from '../../src/lib/step-address';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, readBuiltPages, visibleText } from '../helpers/built-site';

const machines = await loadAllMachines();
const pages = new Map(readBuiltPages().map((page) => [page.path, page]));
/** The policies the site holds (dist/site.json): the site-wide pages list everything while it holds one. */
const policySlugsBuilt = (
  JSON.parse(readFileSync(join(DIST, 'site.json'), 'utf8')) as { policies: { slug: string }[] }
).policies.map((policy) => policy.slug);
const onePolicy = policySlugsBuilt.length === 1;
// This policy's own list of addresses, which every site has, whatever else it holds.
const links = pages.get('/electronic-social-media/links/')?.document;
const copyPaths = new Set(
  links?.querySelectorAll('[data-copy-path]').map((button) => button.getAttribute('data-copy-path')),
);

describe('Link to this policy (/electronic-social-media/links/)', () => {
  it('lists the policy, every clause with its citation, and every decision', () => {
    expect(copyPaths).toContain('/electronic-social-media/');
    for (const page of pages.keys()) {
      if (/^\/electronic-social-media\/\d[a-z]\/$/.test(page)) expect(copyPaths, page).toContain(page);
    }
    const citations = links
      ?.querySelectorAll('[data-copy-text]')
      .map((button) => button.getAttribute('data-copy-text'));
    expect(citations).toContain('Electronic Social Media, s 3(e)');
    for (const id of machines.keys()) expect(copyPaths).toContain(`/questions/${id}/`);
  });

  it('lists every outcome of every decision at an address that reaches it, with no shorter one', () => {
    for (const [id, machine] of machines) {
      const listed = [...copyPaths].filter((path) => path?.startsWith(`/questions/${id}/answers/`));
      const reached = new Map(
        listed.map((path) => {
          // Replayed as the stepper replays a link: the address must lead to its outcome, with nothing ignored.
          const replay = replayAnswers(
            machine,
            parseStepPath(path?.slice(`/questions/${id}/answers/`.length) ?? '').answers,
          );
          expect(replay.ignored, path ?? '').toEqual([]);
          return [stateNameOf(replay.snapshot), replay.steps.length];
        }),
      );
      for (const [outcome] of outcomeStates(machine)) {
        expect(reached.has(outcome), `${id} ${outcome}`).toBe(true);
        const fewest = Math.min(
          ...allSteps(machine)
            .filter((step) => stateNameOf(step.snapshot) === outcome)
            .map((step) => step.steps.length),
        );
        expect(reached.get(outcome), `${id} ${outcome}`).toBe(fewest);
      }
    }
  });

  it('explains the citation format', () => {
    expect(visibleText(links?.querySelector('main'))).toContain(
      'Electronic Social Media, s 3(e) is clause (e) of section 3',
    );
  });
});

describe('quick-reference card of the policy', () => {
  const card = pages.get('/electronic-social-media/card/')?.document;

  it('gives each of the seven questions a short answer and the clauses its outcomes cite', () => {
    const rows = card?.querySelectorAll('.card-table tbody tr') ?? [];
    expect(rows).toHaveLength(machines.size);
    const friendRow = rows.find((row) =>
      visibleText(row.querySelector('th')).startsWith('A student sent me a friend request'),
    );
    expect(visibleText(friendRow?.querySelector('.card-table__clauses'))).toBe(
      '1(b), 2(a), 2(b), 2(c), 2(d), 2(e), 2(f), 3(a), 3(b), 3(c), 3(d), 3(e)',
    );
    for (const row of rows) expect(visibleText(row.querySelector('td'))).not.toBe('');
  });

  it('prints the site address', () => {
    expect(card?.querySelectorAll('[data-site-address]').length).toBeGreaterThan(0);
  });
});

describe("the policy's own pages for handbook authors", () => {
  const hrefsOf = (path: string, selector: string) =>
    pages
      .get(path)
      ?.document.querySelectorAll(selector)
      .map((element) => element.getAttribute('href') ?? element.getAttribute('data-copy-path'));

  it('lists on /links/ every address of its own list while the site holds one policy, else a link to that list', () => {
    const siteWide = new Set(hrefsOf('/links/', '[data-copy-path], .policy-titles a'));
    if (onePolicy) {
      for (const path of copyPaths)
        if (path && /^\/(electronic-social-media|questions\/[a-z-]+)\/./.test(path))
          expect(siteWide, path).toContain(path);
    } else {
      for (const slug of policySlugsBuilt) expect(siteWide, slug).toContain(`/${slug}/links/`);
    }
    expect(copyPaths).toContain('/electronic-social-media/3e/');
    expect(copyPaths).toContain('/electronic-social-media/a-z/');
    expect(copyPaths).toContain('/electronic-social-media/card/');
  });

  it('has its own A–Z index and card: the same as the site-wide ones while the site holds one policy, else listed on them', () => {
    const rows = (path: string) =>
      pages
        .get(path)
        ?.document.querySelectorAll('.card-table tbody tr')
        .map((row) => visibleText(row));
    expect(hrefsOf('/electronic-social-media/a-z/', '.az-list a')).toContain('/electronic-social-media/2a/');
    if (onePolicy) {
      expect(hrefsOf('/electronic-social-media/a-z/', '.az-list a')).toEqual(hrefsOf('/a-z/', '.az-list a'));
      expect(rows('/electronic-social-media/card/')).toEqual(rows('/card/'));
    } else {
      expect(hrefsOf('/a-z/', '.az-list a')).toContain('/electronic-social-media/a-z/');
      expect(hrefsOf('/card/', 'main .az-list a')).toContain('/electronic-social-media/card/');
    }
  });

  it('is linked from the policy page, with the questions about the policy', () => {
    expect(hrefsOf('/electronic-social-media/', '.toc__extra a')).toEqual([
      '/electronic-social-media/map/',
      '/electronic-social-media/a-z/',
      '/electronic-social-media/card/',
      '/electronic-social-media/links/',
      '/electronic-social-media/changes/',
      '/electronic-social-media/2020-02/',
    ]);
    expect(hrefsOf('/electronic-social-media/', '.policy-questions a')).toHaveLength(machines.size);
  });
});
