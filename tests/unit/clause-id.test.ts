import { describe, expect, it } from 'vitest';
import { compareClauseIds, formatCitation, formatClauseLabel, parseClauseId } from '../../src/lib/clause-id';
import { formatMonth } from '../../src/lib/dates';
import { clauseAnchorPath, clausePath, definitionPath, joinBase, policyPath } from '../../src/lib/urls';

describe('clause ids', () => {
  it('format the citation handbooks use', () => {
    expect(formatCitation('Electronic Social Media', '3e')).toBe('Electronic Social Media, s 3(e)');
    expect(formatClauseLabel('2g')).toBe('2(g)');
  });

  it('order by section number, then letter', () => {
    expect(['3a', '10a', '2g', '2a', '9z'].sort(compareClauseIds)).toEqual(['2a', '2g', '3a', '9z', '10a']);
  });

  it('reject anything that is not a section number and a letter', () => {
    expect(() => parseClauseId('3E')).toThrow(/not a clause id/);
    expect(() => parseClauseId('e3')).toThrow(/not a clause id/);
  });
});

describe('URL scheme', () => {
  it('gives every clause a human-readable permanent path', () => {
    expect(policyPath('electronic-social-media')).toBe('electronic-social-media/');
    expect(clausePath('electronic-social-media', '3e')).toBe('electronic-social-media/3e/');
    expect(clauseAnchorPath('electronic-social-media', '3e')).toBe('electronic-social-media/#clause-3e');
    expect(definitionPath('electronic-social-media', 'enactment')).toBe(
      'electronic-social-media/definitions/#enactment',
    );
  });

  it('joins any deployment base', () => {
    expect(joinBase('/', 'electronic-social-media/3e/')).toBe('/electronic-social-media/3e/');
    expect(joinBase('/policies/', '/electronic-social-media/')).toBe('/policies/electronic-social-media/');
    expect(joinBase('/policies', '')).toBe('/policies/');
  });
});

describe('formatMonth', () => {
  it('writes a YYYY-MM month in words', () => {
    expect(formatMonth('2020-02')).toBe('February 2020');
    expect(() => formatMonth('Feb 2020')).toThrow(/YYYY-MM/);
  });
});
