/**
 * The policies as the site shows them: every policy with its sections and clauses in order, loaded
 * from the content collections and checked across files once per build. Pages read policies only
 * through here, so a content mistake stops the build before any page is written.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { LetterTemplate, Policy } from '../../content/schema';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkPolicyContent } from '../lib/check-content';
import { atFieldLine, formatContentProblems } from '../lib/content-problems';
import { checkVerbatim } from '../lib/check-verbatim';
import { clauseDepthAmong, compareClauseIds, parentClauseAmong } from '../lib/clause-id';
import { formatCitation } from '../lib/citations';

/** A clause ready to show: its entry (for rendering) and what pages derive from it. */
export interface SiteClause {
  policySlug: string;
  id: string;
  entry: CollectionEntry<'clauses'>;
  /** "Electronic Social Media, s 3(e)". */
  citation: string;
  /** How many clauses it sits under: 0 for "1" or "3e", 1 for "1.2" under clause "1.", 2 for "1.2.1". */
  depth: number;
  /** The ids of the clauses that hang directly under it ("1.1", "1.2" under "1"), in order. */
  subClauseIds: string[];
}

/** A numbered section with its clauses in order. */
interface SiteSection {
  number: number;
  title: string;
  clauses: SiteClause[];
}

/** A policy ready to show. */
export interface SitePolicy {
  slug: string;
  data: Policy;
  /** The section headings the procedures print, each with its clauses; empty when it prints none. */
  sections: SiteSection[];
  /** Every clause, in the policy's order. */
  clauses: SiteClause[];
  /** The request letters its decisions can prepare (its letters.yaml), by id; none when it has no letters.yaml. */
  letters: Record<string, LetterTemplate>;
}

let loading: Promise<SitePolicy[]> | undefined;

/** Returns every policy, checked and ordered (loaded once per build). */
export function loadPolicies(): Promise<SitePolicy[]> {
  loading ??= load();
  return loading;
}

/**
 * The site's one policy, or undefined when it has several: a site of one policy shows that
 * policy's own list on its site-wide pages (search, addresses, A–Z, card) and groups nothing by
 * policy; a site of several lists one line per policy and groups by policy. The one place the
 * site decides which.
 */
export async function onlyPolicy(): Promise<SitePolicy | undefined> {
  const policies = await loadPolicies();
  return policies.length === 1 ? policies[0] : undefined;
}

/** getStaticPaths for the pages there is one of per policy (policy, definitions, map). */
export async function policyStaticPaths() {
  const policies = await loadPolicies();
  return policies.map((policy) => ({ params: { policy: policy.slug }, props: { policy } }));
}

async function load(): Promise<SitePolicy[]> {
  const [policyEntries, clauseEntries, letterEntries] = await Promise.all([
    getCollection('policies'),
    getCollection('clauses'),
    getCollection('letters'),
  ]);
  const policyFiles = policyEntries.map((entry) => ({
    slug: entry.id,
    file: entry.filePath ?? entry.id,
    data: entry.data,
  }));
  const clauseFiles = clauseEntries.map((entry) => ({
    policySlug: entry.id.split('/')[0] ?? '',
    file: entry.filePath ?? entry.id,
    data: entry.data,
    body: entry.body ?? '',
    entry,
  }));
  const problems = [
    ...checkPolicyContent(policyFiles, clauseFiles),
    // Word for word against the published text, so a changed word stops the build.
    ...policyFiles.flatMap((policy) => {
      const sourceFile = join(dirname(policy.file), 'source.txt');
      if (!existsSync(sourceFile))
        return [
          {
            file: policy.file,
            field: '(folder)',
            message: `there is no source.txt beside it: copy the published text into ${sourceFile}`,
          },
        ];
      const clauses = clauseFiles
        .filter((clause) => clause.policySlug === policy.slug)
        .map((clause) => ({ file: clause.file, id: clause.data.id, raw: readFileSync(clause.file, 'utf8') }));
      // policy.yaml's fields (dates, references, quoted paragraphs) named with the line they are on.
      const policyYaml = readFileSync(policy.file, 'utf8');
      return checkVerbatim(policy, sourceFile, readFileSync(sourceFile, 'utf8'), clauses).map((problem) =>
        problem.file === policy.file ? atFieldLine(problem, policyYaml) : problem,
      );
    }),
  ];
  if (problems.length > 0) throw new Error(formatContentProblems(problems));

  return policyFiles
    .map(({ slug, data }) => {
      const ids = new Set(clauseFiles.filter((clause) => clause.policySlug === slug).map((clause) => clause.data.id));
      const clauses = clauseFiles
        .filter((clause) => clause.policySlug === slug)
        .sort((a, b) => compareClauseIds(a.data.id, b.data.id))
        .map(({ entry }) => ({
          policySlug: slug,
          id: entry.data.id,
          entry,
          citation: formatCitation(data.citationTitle, entry.data.id),
          depth: clauseDepthAmong(entry.data.id, ids),
          subClauseIds: [...ids].filter((id) => parentClauseAmong(id, ids) === entry.data.id).sort(compareClauseIds),
        }));
      const sections = data.sections.map((section) => ({
        ...section,
        clauses: clauses.filter((clause) => clause.entry.data.section === section.number),
      }));
      const letters = letterEntries.find((entry) => entry.id === slug)?.data ?? {};
      return { slug, data, sections, clauses, letters };
    })
    .sort((a, b) => a.data.title.localeCompare(b.data.title));
}
