/**
 * What the two clause-text plugins (defined terms, cross-references) share: which policy, and which
 * kept version of it, a clause file's words belong to, what that policy or version defines and
 * numbers, and where its clauses, sections and definitions are. A kept version links within itself
 * (its own clause pages, its own definitions), as the current text links within the current policy.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition } from 'satteri';
import { readClauseFiles, readPolicyYaml } from './content-files';
import {
  clausePath,
  definitionPath,
  policySectionPath,
  versionClausePath,
  versionDefinitionPath,
  versionSectionPath,
} from './urls';

/** A policy's current text (`month` absent), or one kept version of it. */
export interface ClauseTextPlace {
  slug: string;
  month?: string;
}

/** What a place's clause text can link to: its defined terms, clause ids and section numbers. */
export interface LinkTargets {
  definitions: { id: string; term: string }[];
  clauses: Set<string>;
  sections: Set<number>;
}

/** policies/<slug>/clauses/<file>.mdx or policies/<slug>/versions/<yyyy-mm>/clauses/<file>.mdx */
const CLAUSE_FILE = /[\\/]policies[\\/]([^\\/]+)[\\/](?:versions[\\/]([^\\/]+)[\\/])?clauses[\\/][^\\/]+\.mdx$/;

type TextVisitor = NonNullable<HastPluginDefinition['text']>;

/**
 * The place whose clause text a text node is part of, or undefined when the node is not in a
 * clause file or already sits in a link.
 */
export function clauseTextPlace(
  node: Parameters<TextVisitor>[0],
  ctx: Parameters<TextVisitor>[1],
): ClauseTextPlace | undefined {
  const match = ctx.fileURL ? CLAUSE_FILE.exec(fileURLToPath(ctx.fileURL)) : null;
  const parent = ctx.parent(node);
  if (!match?.[1] || (parent.type === 'element' && parent.tagName === 'a')) return undefined;
  return match[2] ? { slug: match[1], month: match[2] } : { slug: match[1] };
}

const targetsCache = new Map<string, { mtimeMs: number; targets: LinkTargets }>();

/**
 * Reads a place's link targets through the schemas (re-read when policy.yaml or the clauses folder
 * changes, for `npm run dev`). Throws on a missing or invalid file: the caller links nothing, and
 * the content checks report the file.
 */
export function linkTargetsOf(contentRoot: string, place: ClauseTextPlace): LinkTargets {
  const folder = join(contentRoot, 'policies', place.slug, ...(place.month ? ['versions', place.month] : []));
  const mtimeMs = Math.max(statSync(join(folder, 'clauses')).mtimeMs, statSync(join(folder, 'policy.yaml')).mtimeMs);
  const cached = targetsCache.get(folder);
  if (cached?.mtimeMs === mtimeMs) return cached.targets;
  const policy = readPolicyYaml(folder);
  const targets: LinkTargets = {
    definitions: policy.definitions.map(({ id, term }) => ({ id, term })),
    clauses: new Set(readClauseFiles(folder).map((clause) => clause.data.id)),
    sections: new Set(policy.sections.map((section) => section.number)),
  };
  targetsCache.set(folder, { mtimeMs, targets });
  return targets;
}

/** A clause's page in the same place (base-less, urls.ts). */
export function clausePathIn(place: ClauseTextPlace, clauseId: string): string {
  return place.month ? versionClausePath(place.slug, place.month, clauseId) : clausePath(place.slug, clauseId);
}

/** A numbered section on the same place's policy page. */
export function sectionPathIn(place: ClauseTextPlace, section: number): string {
  return place.month ? versionSectionPath(place.slug, place.month, section) : policySectionPath(place.slug, section);
}

/** A definition in the same place: the definitions page now, the version's own page for a kept version. */
export function definitionPathIn(place: ClauseTextPlace, definitionId: string): string {
  return place.month
    ? versionDefinitionPath(place.slug, place.month, definitionId)
    : definitionPath(place.slug, definitionId);
}
