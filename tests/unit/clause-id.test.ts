import { describe, expect, it } from 'vitest';
import {
  clauseDepthAmong,
  fitsNumbering,
  parentIdOf,
  compareClauseIds,
  formatClauseLabel,
  parseClauseId,
} from '../../src/lib/clause-id';
import { formatMonth } from '../../src/lib/dates';
import { clauseAnchorPath, clausePath, definitionPath, joinBase, policyPath } from '../../src/lib/urls';
import { explainCitation, formatCitation } from '../../src/lib/citations';

describe('clause ids', () => {
  it('format the citation handbooks use', () => {
    expect(formatCitation('Electronic Social Media', '3e')).toBe('Electronic Social Media, s 3(e)');
    expect(formatClauseLabel('2g')).toBe('2(g)');
  });

  it('order by section number, then letter', () => {
    expect(['3a', '10a', '2g', '2a', '9z'].sort(compareClauseIds)).toEqual(['2a', '2g', '3a', '9z', '10a']);
  });

  it('reject anything in none of the three numberings', () => {
    for (const id of ['3E', 'e3', '1.2.3.4', '1.', '.1', '1-2', '3ee'])
      expect(() => parseClauseId(id), id).toThrow(/not a clause id/);
  });

  it('read dotted (to three levels) and plain numbering as written', () => {
    expect(parseClauseId('1.2.1')).toEqual({ numbering: 'dotted', section: 1, parts: [1, 2, 1] });
    expect(parseClauseId('4')).toEqual({ numbering: 'plain', section: 4, parts: [4] });
    expect(parseClauseId('3e')).toEqual({ numbering: 'letters', section: 3, parts: [3, 'e'] });
    expect(formatClauseLabel('1.2.1')).toBe('1.2.1');
    expect(formatClauseLabel('4')).toBe('4');
    expect(formatCitation('Fixture Dotted Procedure', '1.2.1')).toBe('Fixture Dotted Procedure, s 1.2.1');
  });

  it('explain how to read a citation in each numbering', () => {
    expect(explainCitation('Electronic Social Media', '3e')).toBe(
      'Electronic Social Media, s 3(e) is clause (e) of section 3',
    );
    expect(explainCitation('Fixture Dotted Procedure', '1.2.1')).toBe(
      'Fixture Dotted Procedure, s 1.2.1 is clause 1.2.1',
    );
    expect(explainCitation('Plain', '4')).toBe('Plain, s 4 is clause 4');
  });

  it('order dotted ids by number at each level, a clause before its sub-clauses', () => {
    expect(['1.10', '2.1', '1.2.1', '1.2', '1.9', '10.1'].sort(compareClauseIds)).toEqual([
      '1.2',
      '1.2.1',
      '1.9',
      '1.10',
      '2.1',
      '10.1',
    ]);
    expect(['10', '2', '1'].sort(compareClauseIds)).toEqual(['1', '2', '10']);
  });
});

describe('clauses under clauses', () => {
  it('finds the id a clause hangs under, and how deep it sits among the clauses there are', () => {
    expect(['1.2.1', '1.2', '3e', '4'].map(parentIdOf)).toEqual(['1.2', '1', '3', undefined]);
    const texted = new Set(['1', '1.1', '1.2', '1.2.1', '2']);
    expect([...texted].map((id) => clauseDepthAmong(id, texted))).toEqual([0, 1, 1, 2, 0]);
    // In a policy with sections, "1.2" hangs under section 1, which is not a clause.
    const sectioned = new Set(['1.1', '1.2', '1.2.1']);
    expect([...sectioned].map((id) => clauseDepthAmong(id, sectioned))).toEqual([0, 0, 1]);
  });

  it('accepts plain top-level numbers only in a policy that prints no section headings', () => {
    expect(fitsNumbering('1', 'dotted', false)).toBe(true);
    expect(fitsNumbering('1', 'dotted', true)).toBe(false);
    expect(fitsNumbering('1a', 'letters', false)).toBe(true);
    expect(fitsNumbering('1.1', 'letters', false)).toBe(false);
  });
});

describe('URL scheme', () => {
  it('gives every clause a human-readable permanent path', () => {
    expect(policyPath('staff-conduct')).toBe('staff-conduct/');
    expect(clausePath('staff-conduct', '3e')).toBe('staff-conduct/3e/');
    expect(clauseAnchorPath('staff-conduct', '3e')).toBe('staff-conduct/#clause-3e');
    expect(clausePath('other', '1.2.1')).toBe('other/1.2.1/');
    expect(clauseAnchorPath('other', '1.2.1')).toBe('other/#clause-1-2-1');
    expect(definitionPath('staff-conduct', 'enactment')).toBe('staff-conduct/definitions/#enactment');
  });

  it('joins any deployment base', () => {
    expect(joinBase('/', 'staff-conduct/3e/')).toBe('/staff-conduct/3e/');
    expect(joinBase('/policies/', '/staff-conduct/')).toBe('/policies/staff-conduct/');
    expect(joinBase('/policies', '')).toBe('/policies/');
  });
});

describe('formatMonth', () => {
  it('writes a YYYY-MM month in words', () => {
    expect(formatMonth('2020-02')).toBe('February 2020');
    expect(() => formatMonth('Feb 2020')).toThrow(/YYYY-MM/);
  });
});
