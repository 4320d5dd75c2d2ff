/**
 * Checks of policies and clauses that need more than one content file: things a per-file schema
 * cannot see. Pure, so tests can feed it broken fixtures directly; src/data/ runs it on every build
 * and stops the build with all the problems at once. Decisions are checked in check-decisions.ts,
 * worked examples in check-examples.ts.
 */
import type { ClauseData, Policy } from '../../content/schema';
import { fitsNumbering, parentIdOf, parseClauseId } from './clause-id';
import type { ContentProblem } from './content-problems';

/** A policy as loaded: its slug (folder name), its file, its validated data. */
export interface PolicyFile {
  slug: string;
  file: string;
  data: Policy;
}

/** A clause as loaded: the policy folder it sits in, its file, frontmatter and verbatim body. */
export interface ClauseFile {
  policySlug: string;
  file: string;
  data: ClauseData;
  body: string;
}

/** Returns every cross-file problem in the policies and clauses; an empty list means all is well. */
export function checkPolicyContent(policies: PolicyFile[], clauses: ClauseFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const policyBySlug = new Map(policies.map((policy) => [policy.slug, policy]));

  for (const policy of policies) {
    const seenSections = new Set<number>();
    for (const section of policy.data.sections) {
      if (seenSections.has(section.number)) {
        problems.push({
          file: policy.file,
          field: 'sections',
          message: `section ${section.number} is listed twice; give each section once`,
        });
      }
      seenSections.add(section.number);
    }
    const seenDefinitions = new Set<string>();
    for (const definition of policy.data.definitions) {
      if (seenDefinitions.has(definition.id)) {
        problems.push({
          file: policy.file,
          field: 'definitions',
          message: `definition id "${definition.id}" is used twice; give each definition its own id`,
        });
      }
      seenDefinitions.add(definition.id);
    }
    for (const clauseId of policy.data.statusNoteClauses) {
      if (!clauses.some((clause) => clause.policySlug === policy.slug && clause.data.id === clauseId)) {
        problems.push({
          file: policy.file,
          field: 'statusNoteClauses',
          message: `"${clauseId}" is not a clause of ${policy.slug}; list ids of existing clauses`,
        });
      }
    }
    if (!clauses.some((clause) => clause.policySlug === policy.slug)) {
      problems.push({
        file: policy.file,
        field: 'clauses',
        message: `the policy has no clauses; add one MDX file per clause in ${policy.slug}/clauses/`,
      });
    }
  }

  const clauseFilesById = new Map<string, ClauseFile[]>();
  for (const clause of clauses) {
    const key = `${clause.policySlug}/${clause.data.id}`;
    clauseFilesById.set(key, [...(clauseFilesById.get(key) ?? []), clause]);
  }

  for (const clause of clauses) {
    const policy = policyBySlug.get(clause.policySlug);
    if (!policy) {
      problems.push({
        file: clause.file,
        field: '(folder)',
        message: `there is no policy.yaml in the folder "${clause.policySlug}"; add one, or move the clause into an existing policy folder`,
      });
      continue;
    }
    const sections = policy.data.sections.map((section) => section.number);
    const printsSections = sections.length > 0;
    if (printsSections && clause.data.section === undefined) {
      problems.push({
        file: clause.file,
        field: 'section',
        message: `give the number of the section the clause sits under (${policy.slug}'s sections: ${sections.join(', ')}), e.g. "section: ${String(sections[0])}"`,
      });
    } else if (printsSections && !sections.includes(clause.data.section ?? 0)) {
      problems.push({
        file: clause.file,
        field: 'section',
        message: `${String(clause.data.section)} is not a section of ${policy.slug} (its sections: ${sections.join(', ')}); use one of them or add the section to ${policy.file}`,
      });
    } else if (!printsSections && clause.data.section !== undefined) {
      problems.push({
        file: clause.file,
        field: 'section',
        message: `${policy.file} lists no sections (the procedure prints no section headings), so leave out "section:"; or list the sections the text prints in ${policy.file}`,
      });
    }
    if (!fitsNumbering(clause.data.id, policy.data.numbering, printsSections)) {
      problems.push({
        file: clause.file,
        field: 'id',
        message: `clause "${clause.data.id}" is numbered ${parseClauseId(clause.data.id).numbering}, but ${policy.file} declares numbering: ${policy.data.numbering}${printsSections ? '' : ' (top-level clauses plain, "1")'}; write the id as the policy numbers its clauses`,
      });
    }
    if (
      printsSections &&
      clause.data.section !== undefined &&
      parseClauseId(clause.data.id).section !== clause.data.section
    ) {
      problems.push({
        file: clause.file,
        field: 'id',
        message: `clause "${clause.data.id}" does not start with its section number ${String(clause.data.section)}; make id and section agree`,
      });
    }
    // A sub-clause ("1.2", "1a") of a policy without section headings hangs under its clause ("1").
    const parentId = parentIdOf(clause.data.id);
    if (!printsSections && parentId !== undefined && !clauseFilesById.has(`${clause.policySlug}/${parentId}`)) {
      problems.push({
        file: clause.file,
        field: 'id',
        message: `clause "${clause.data.id}" is a sub-clause of "${parentId}", which has no file; add clauses/${parentId}.mdx with the text the procedure prints after "${parentId}."`,
      });
    }
    const sameId = clauseFilesById.get(`${clause.policySlug}/${clause.data.id}`) ?? [];
    if (sameId.length > 1 && sameId[0] === clause) {
      problems.push({
        file: clause.file,
        field: 'id',
        message: `duplicate clause id "${clause.data.id}", also used by ${sameId
          .slice(1)
          .map((other) => other.file)
          .join(', ')}; each clause needs its own id`,
      });
    }
    for (const related of clause.data.related) {
      if (!clauseFilesById.has(`${clause.policySlug}/${related}`)) {
        problems.push({
          file: clause.file,
          field: 'related',
          message: `"${related}" is not a clause of ${clause.policySlug}; use the id of an existing clause`,
        });
      }
    }
    for (const definitionId of clause.data.definitions) {
      if (!policy.data.definitions.some((definition) => definition.id === definitionId)) {
        const known = policy.data.definitions.map((definition) => definition.id).join(', ') || 'none';
        problems.push({
          file: clause.file,
          field: 'definitions',
          message: `"${definitionId}" is not a definition of ${policy.slug} (its definitions: ${known}); use one of those ids or add the definition to ${policy.file}`,
        });
      }
    }
    const readingIds = clause.data.readings.map((reading) => reading.id);
    for (const [index, id] of readingIds.entries()) {
      if (readingIds.indexOf(id) !== index) {
        problems.push({
          file: clause.file,
          field: 'readings',
          message: `reading id "${id}" is used twice in this clause; give each reading its own id`,
        });
      }
    }
    if (clause.body.trim() === '') {
      problems.push({
        file: clause.file,
        field: '(body)',
        message: 'the clause has no text; copy the clause verbatim from source.txt below the frontmatter',
      });
    }
  }
  return problems;
}
