/**
 * Policy and clause files as the content checks receive them, built from a few fields: the unit
 * tests of the checks (tests/unit/check-*.test.ts) start from these and change one thing.
 */
import { ClauseSchema, PolicySchema, type ClauseInput, type PolicyInput } from '../../content/schema';
import type { ClauseFile, PolicyFile } from '../../src/lib/check-content';

export const policyInput: PolicyInput = {
  title: 'Fixture',
  citationTitle: 'Fixture',
  summary: 'A fixture.',
  adopted: '2020-01',
  reviewed: '2021-01',
  background: ['Background.'],
  definitions: [{ id: 'thing', term: 'Thing', text: '“Thing” means a thing.' }],
  procedures: 'Staff will:',
  sections: [{ number: 1, title: 'First' }],
};

export function policy(overrides: Partial<PolicyInput> = {}): PolicyFile {
  return {
    slug: 'fixture',
    file: 'content/policies/fixture/policy.yaml',
    data: PolicySchema.parse({ ...policyInput, ...overrides }),
  };
}

export function clause(id: string, overrides: Partial<ClauseInput> = {}, body = 'Clause text.'): ClauseFile {
  return {
    policySlug: 'fixture',
    file: `content/policies/fixture/clauses/${id}.mdx`,
    data: ClauseSchema.parse({ id, section: 1, title: `Clause ${id}`, ...overrides }),
    body,
  };
}
