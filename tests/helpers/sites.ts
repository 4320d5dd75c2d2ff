/**
 * The two built sites every site and browser test runs on, and what the tests may expect of each,
 * taken from its content (content/ or tests/fixtures/content/) rather than written into the test:
 * - the real site: content/ and machines/, built into dist/ and served on PREVIEW_PORT;
 * - the fixture site: tests/fixtures/content/ and tests/fixtures/machines/ (four policies, one of
 *   them a procedure with texted clauses and sub-clauses, and a decision on it), built into
 *   dist-fixture/ and served two ports up.
 * Only a test file named for a policy (its slug in the file name) checks that policy's particular
 * clauses; everything else asks this module which policy, clause or decision to look at.
 */
import { readdirSync } from 'node:fs';
import { registryOf } from '../../machines/registry';
import type { DecisionMachine } from '../../machines/types';
import { compareClauseIds, formatClauseLabel } from '../../src/lib/clause-id';
import { foldWhitespace, stripEmphasis } from '../../src/lib/source-text';
import { versionMonth } from '../../src/lib/versions';
import { DIST, FIXTURE_DIST } from './built-site';
import {
  CONTENT_ROOT,
  FIXTURE_CONTENT_ROOT,
  policySlugs,
  readPolicyFolder,
  readScenario,
  wordedMachines,
} from './content-files';
import { FIXTURE_PORT, PREVIEW_PORT } from './ports';
import { FULL_SWEEP } from './sweep';
import { formatCitation } from '../../src/lib/citations';

/**
 * A site's decisions, found as its registry finds them (a machine per file in `decisions/`), but by
 * reading the folder: Playwright loads TypeScript without Vite, so machines/index.ts's
 * import.meta.glob is not there.
 */
async function loadDecisionsIn(machinesFolder: URL, contentRoot: string): Promise<Map<string, DecisionMachine>> {
  const folder = new URL('decisions/', machinesFolder);
  const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));
  const machines = await registryOf(
    Object.fromEntries(
      files.map((name) => [
        `./decisions/${name}`,
        () => import(new URL(name, folder).href).then((module: { default: DecisionMachine }) => module.default),
      ]),
    ),
  ).loadAllMachines();
  return wordedMachines(machines, contentRoot);
}

/** One built site under test. */
export interface TestSite {
  /** How test titles name it: "the real site", "the fixture site". */
  name: string;
  /** Its content root (with a trailing slash). */
  content: string;
  /** Its build output. */
  dist: string;
  /** Where npm test writes its exported zip (scripts/export/export.mjs). */
  exportFolder: string;
  /** Where Playwright's web servers serve it. */
  origin: string;
  /** Its decisions, by id, from its machine registry. */
  loadMachines: () => Promise<Map<string, DecisionMachine>>;
}

export const REAL_SITE: TestSite = {
  name: 'the real site',
  content: CONTENT_ROOT,
  dist: DIST,
  exportFolder: new URL('../../dist-export/', import.meta.url).pathname,
  origin: `http://127.0.0.1:${String(PREVIEW_PORT)}`,
  loadMachines: () => loadDecisionsIn(new URL('../../machines/', import.meta.url), CONTENT_ROOT),
};

export const FIXTURE_SITE: TestSite = {
  name: 'the fixture site',
  content: FIXTURE_CONTENT_ROOT,
  dist: FIXTURE_DIST,
  exportFolder: new URL('../../dist-fixture-export/', import.meta.url).pathname,
  origin: `http://127.0.0.1:${String(FIXTURE_PORT)}`,
  loadMachines: () => loadDecisionsIn(new URL('../fixtures/machines/', import.meta.url), FIXTURE_CONTENT_ROOT),
};

/** Both sites: npm test builds and serves both. */
export const SITES: readonly TestSite[] = [REAL_SITE, FIXTURE_SITE];

/** The sites the browser tests visit: both on npm test; test:full builds and serves the real site only. */
export const BROWSER_SITES: readonly TestSite[] = FULL_SWEEP ? [REAL_SITE] : SITES;

/** One clause as the tests expect to see it. */
interface TestClause {
  id: string;
  /** "2(a)", "1.2.1", "4". */
  label: string;
  /** "Electronic Social Media, s 2(a)". */
  citation: string;
  /** The site's short plain-words title ("Friend and follow requests with students"). */
  title: string;
  /** Its words as published (emphasis marks removed, whitespace folded). */
  text: string;
  /** The status note shown with it wherever it is quoted, if the policy has one for it. */
  statusNote: string | undefined;
}

/** One policy of a site as the tests expect to see it. */
export interface TestPolicy {
  slug: string;
  title: string;
  citationTitle: string;
  /** The month of the current version ('2020-02'), or undefined for a policy without review dates. */
  month: string | undefined;
  /** Its clauses in the policy's order. */
  clauses: TestClause[];
  /** One of its clauses by id (throws for an id it does not have). */
  clause: (id: string) => TestClause;
}

/** Every policy of a site, in the order the site lists them (by title). */
export function policiesOf(site: TestSite): TestPolicy[] {
  return policySlugs(site.content)
    .map((slug) => {
      const { policy, clauses } = readPolicyFolder(site.content, slug);
      const testClauses = clauses
        .map((clause) => ({
          id: clause.data.id,
          label: formatClauseLabel(clause.data.id),
          citation: formatCitation(policy.citationTitle, clause.data.id),
          title: clause.data.title,
          text: foldWhitespace(stripEmphasis(clause.body)),
          statusNote: policy.statusNoteClauses.includes(clause.data.id) ? policy.statusNote : undefined,
        }))
        .sort((a, b) => compareClauseIds(a.id, b.id));
      return {
        slug,
        title: policy.title,
        citationTitle: policy.citationTitle,
        month: versionMonth(policy),
        clauses: testClauses,
        clause: (id: string) => {
          const found = testClauses.find((clause) => clause.id === id);
          if (!found) throw new Error(`${slug} has no clause ${id}`);
          return found;
        },
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** A policy of a site by slug. */
function policyOf(site: TestSite, slug: string): TestPolicy {
  const found = policiesOf(site).find((policy) => policy.slug === slug);
  if (!found) throw new Error(`${site.name} has no policy ${slug}`);
  return found;
}

/** The policy a decision is on (its scenario page's `policy`). */
export function policyOfDecision(site: TestSite, id: string): TestPolicy {
  return policyOf(site, readScenario(site.content, id).data.policy);
}

/** A site's first decision (in its registry's order), with its machine and the policy it is on. */
export function firstDecisionOf(
  site: TestSite,
  machines: ReadonlyMap<string, DecisionMachine>,
): { id: string; machine: DecisionMachine; policy: TestPolicy } {
  const [first] = machines;
  if (!first) throw new Error(`${site.name} has no decision`);
  const [id, machine] = first;
  return { id, machine, policy: policyOfDecision(site, id) };
}

/** The policy of a site's first decision: the one the decision tests look at first. */
export function policyWithDecisions(site: TestSite, machines: ReadonlyMap<string, DecisionMachine>): TestPolicy {
  return firstDecisionOf(site, machines).policy;
}

/** The first policy of a site with a review date: it has a current version to cite ("as of …"). */
export function datedPolicy(site: TestSite): TestPolicy {
  const found = policiesOf(site).find((policy) => policy.month !== undefined);
  if (!found) throw new Error(`${site.name} has no dated policy`);
  return found;
}
