import { describe, expect, it } from 'vitest';
import { linkReferences, referenceTarget, type Targets } from '../../src/lib/clause-references';
import type { ClauseTextPlace } from '../../src/lib/clause-text-place';

const dotted: Targets = { clauses: new Set(['1.1', '1.2', '1.2.1', '2.1']), sections: new Set([1, 2]) };
const lettered: Targets = { clauses: new Set(['1a', '3b', '3e']), sections: new Set([1, 2, 3]) };
const plain: Targets = { clauses: new Set(['1', '2', '4']), sections: new Set([1, 2, 4]) };

/** The text as a reader sees it, with each link as [words → address]. */
const shown = (text: string, targets: Targets, base = '/', place: ClauseTextPlace = { slug: 'p' }) =>
  (linkReferences(text, place, targets, base) ?? [{ type: 'text', value: text }])
    .map((node) => (node.type === 'text' ? node.value : `[${node.children[0]?.value ?? ''} → ${node.properties.href}]`))
    .join('');

describe('cross-references in clause text', () => {
  it('link a clause named in the numbering of its policy, keeping the words as written', () => {
    expect(shown('as in clause 1.2, and record it', dotted)).toBe('as in [clause 1.2 → /p/1.2/], and record it');
    expect(shown('See clause 1.2.1.', dotted)).toBe('See [clause 1.2.1 → /p/1.2.1/].');
    expect(shown('under clause 3(b) and s 3 (e)', lettered)).toBe(
      'under [clause 3(b) → /p/3b/] and [s 3 (e) → /p/3e/]',
    );
    expect(shown('Clause 4 applies.', plain)).toBe('[Clause 4 → /p/4/] applies.');
  });

  it('link a section to its place on the policy page, under any base', () => {
    expect(shown('as section 1 requires', dotted, '/policies/')).toBe(
      'as [section 1 → /policies/p/#section-1] requires',
    );
  });

  it('in a kept version, link the clause and the section as that version had them', () => {
    const version = { slug: 'p', month: '2021-03' };
    expect(shown('as in clause 1.2, as section 1 requires', dotted, '/', version)).toBe(
      'as in [clause 1.2 → /p/2021-03/1.2/], as [section 1 → /p/2021-03/#section-1] requires',
    );
  });

  it('never guess: a number that names nothing of the policy stays plain text', () => {
    expect(
      linkReferences('Sections 40 & 41 of the Act; clause 9.9; section 7', { slug: 'p' }, dotted, '/'),
    ).toBeUndefined();
    expect(referenceTarget({ slug: 'p' }, '3(z)', lettered)).toBeUndefined();
    // Numbers that are not references: dates, counts, other words ending in "s".
    expect(linkReferences('within 2 days; in 2020; its 1.2 devices', { slug: 'p' }, dotted, '/')).toBeUndefined();
  });
});
