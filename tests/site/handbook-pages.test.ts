/** The pages for handbook authors: every permanent link listed with its citation, and the quick-reference card. */
import { describe, expect, it } from 'vitest';
import { loadAllMachines } from '../../machines/index';
import { allSteps, outcomeStates, stateNameOf } from '../../src/lib/decision';
import { stepPath } from '../../src/lib/step-address';
import { readBuiltPages, visibleText } from '../helpers/built-site';

const machines = await loadAllMachines();
const pages = new Map(readBuiltPages().map((page) => [page.path, page]));
const links = pages.get('/links/')?.document;
const copyPaths = new Set(
  links?.querySelectorAll('[data-copy-path]').map((button) => button.getAttribute('data-copy-path')),
);

describe('Link to this site', () => {
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

  it('lists every outcome of every decision at its shortest address', () => {
    for (const [id, machine] of machines) {
      const steps = allSteps(machine);
      for (const [outcome] of outcomeStates(machine)) {
        const shortest = steps
          .filter((step) => stateNameOf(step.snapshot) === outcome)
          .sort((a, b) => a.steps.length - b.steps.length)[0];
        expect(copyPaths, `${id} ${outcome}`).toContain(`/questions/${id}/${stepPath(shortest?.steps ?? [])}`);
      }
    }
  });

  it('explains the citation format', () => {
    expect(visibleText(links?.querySelector('main'))).toContain(
      'Electronic Social Media, s 3(e) is clause (e) of section 3',
    );
  });
});

describe('quick-reference card', () => {
  const card = pages.get('/card/')?.document;

  it('gives each of the seven questions a short answer and the clauses its outcomes cite', () => {
    const rows = card?.querySelectorAll('.card-table tbody tr') ?? [];
    expect(rows).toHaveLength(machines.size);
    const friendRow = rows.find((row) =>
      visibleText(row.querySelector('th')).startsWith('A student sent me a friend request'),
    );
    expect(visibleText(friendRow?.querySelector('.card-table__clauses'))).toBe(
      '1(b), 2(a), 2(b), 2(c), 2(d), 2(f), 3(a), 3(b), 3(c), 3(d), 3(e)',
    );
    for (const row of rows) expect(visibleText(row.querySelector('td'))).not.toBe('');
  });

  it('prints the site address', () => {
    expect(card?.querySelectorAll('[data-site-address]').length).toBeGreaterThan(0);
  });
});
