/** Reads a content folder the way authors wrote it (YAML and MDX frontmatter), for tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The repository's real content folder. */
export const CONTENT_ROOT = new URL('../../content/', import.meta.url).pathname;

/** One MDX file split into its frontmatter and body. */
export interface MdxFile {
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Splits an MDX file into YAML frontmatter and body. */
export function readMdx(file: string): MdxFile {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter block`);
  return { file, frontmatter: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

/** Reads policies/<slug>/policy.yaml, source.txt and every clause file. */
export function readPolicyFolder(contentRoot: string, slug: string) {
  const folder = join(contentRoot, 'policies', slug);
  const clauseFolder = join(folder, 'clauses');
  return {
    folder,
    policy: parse(readFileSync(join(folder, 'policy.yaml'), 'utf8')) as Record<string, unknown>,
    source: readFileSync(join(folder, 'source.txt'), 'utf8'),
    clauses: readdirSync(clauseFolder)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => readMdx(join(clauseFolder, name))),
  };
}

/** The policy folders under a content root. */
export function policySlugs(contentRoot: string): string[] {
  return readdirSync(join(contentRoot, 'policies'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}
