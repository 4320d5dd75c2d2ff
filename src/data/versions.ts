/**
 * Every published version of each policy, as the site shows them: the current one (the policy's
 * folder) and the earlier ones kept under `versions/<yyyy-mm>/`, oldest first, with their declared
 * changes checked (src/lib/versions.ts) once per build; a change that is not declared stops the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Policy } from '../../content/schema';
import { checkPolicyContent } from '../lib/check-content';
import { formatContentProblems } from '../lib/content-problems';
import { compareClauseIds } from '../lib/clause-id';
import { formatMonth } from '../lib/dates';
import { checkVersionChanges, versionMonth, type VersionText } from '../lib/versions';
import { loadPolicies, type SitePolicy } from './policies';

/** A clause of one version: its id, its entry (to render its text) and its text as authored. */
export interface VersionClause {
  id: string;
  entry: CollectionEntry<'clauses'> | CollectionEntry<'versionClauses'>;
  text: string;
}

/** One published version of a policy. */
export interface PolicyVersion {
  /** 'YYYY-MM', the month it was last reviewed (or adopted): its point-in-time address. */
  month: string;
  /** "February 2020". */
  name: string;
  data: Policy;
  clauses: VersionClause[];
  isCurrent: boolean;
}

/** A policy with all its versions, oldest first (the last is the current one), and the plain data the history needs. */
export interface VersionedPolicy {
  policy: SitePolicy;
  versions: PolicyVersion[];
  texts: VersionText[];
}

let loading: Promise<VersionedPolicy[]> | undefined;

/**
 * Every policy with its versions (loaded once per build). A policy that publishes no date has no
 * point-in-time pages (its versions list is empty); one that keeps earlier versions must date each.
 */
export function loadVersionedPolicies(): Promise<VersionedPolicy[]> {
  loading ??= load();
  return loading;
}

/** One policy's versions. */
export async function versionsOf(policySlug: string): Promise<VersionedPolicy> {
  const found = (await loadVersionedPolicies()).find((candidate) => candidate.policy.slug === policySlug);
  if (!found) throw new Error(`no policy "${policySlug}"`);
  return found;
}

async function load(): Promise<VersionedPolicy[]> {
  const [policies, versionEntries, clauseEntries] = await Promise.all([
    loadPolicies(),
    getCollection('policyVersions'),
    getCollection('versionClauses'),
  ]);
  const problems: { file: string; field: string; message: string }[] = [];
  const result = policies.map((policy) => {
    const earlier = versionEntries
      .filter((entry) => entry.id.split('/')[0] === policy.slug)
      .map((entry) => {
        const folderMonth = entry.id.split('/')[1] ?? '';
        const file = entry.filePath ?? entry.id;
        const month = versionMonth(entry.data);
        if (month !== folderMonth)
          problems.push({
            file,
            field: 'reviewed',
            message: `this version is kept in versions/${folderMonth}/ but is dated ${month ?? 'nowhere'}; name the folder for its reviewed (or adopted) month`,
          });
        const entries = clauseEntries.filter((clause) =>
          clause.id.startsWith(`${policy.slug}/versions/${folderMonth}/`),
        );
        // A kept version is checked as a policy of its own: ids, sections, references between clauses.
        problems.push(
          ...checkPolicyContent(
            [{ slug: policy.slug, file, data: entry.data }],
            entries.map((clause) => ({
              policySlug: policy.slug,
              file: clause.filePath ?? clause.id,
              data: clause.data,
              body: clause.body ?? '',
            })),
          ),
        );
        const clauses = entries
          .map((clause) => ({ id: clause.data.id, entry: clause, text: clause.body ?? '' }))
          .sort((a, b) => compareClauseIds(a.id, b.id));
        return {
          month: folderMonth,
          name: formatMonth(folderMonth),
          data: entry.data,
          clauses,
          isCurrent: false,
          file,
        };
      })
      .sort((a, b) => a.month.localeCompare(b.month));
    const currentMonth = versionMonth(policy.data);
    const policyFile = `policies/${policy.slug}/policy.yaml`;
    if (!currentMonth) {
      if (earlier.length > 0)
        problems.push({
          file: policyFile,
          field: 'reviewed',
          message:
            'a policy that keeps earlier versions must date the current one; give its reviewed (or adopted) month',
        });
      return { policy, versions: [], texts: [] };
    }
    const current = {
      month: currentMonth,
      name: formatMonth(currentMonth),
      data: policy.data,
      clauses: policy.clauses.map((clause) => ({ id: clause.id, entry: clause.entry, text: clause.entry.body ?? '' })),
      isCurrent: true,
      file: policyFile,
    };
    const all = [...earlier, current];
    const texts = all.map((version) => ({
      month: version.month,
      file: version.file,
      changes: version.data.changes,
      clauses: version.clauses.map(({ id, text }) => ({ id, text })),
    }));
    problems.push(...checkVersionChanges(texts));
    const versions = all.map(({ month, name, data, clauses, isCurrent }) => ({
      month,
      name,
      data,
      clauses,
      isCurrent,
    }));
    return { policy, versions, texts };
  });
  if (problems.length > 0) throw new Error(formatContentProblems(problems));
  return result;
}
