/**
 * Reads content files outside Astro's content layer the way the build does: every file through the
 * schema Astro validates it with (content/schema.ts), so the reader gets typed data, never raw YAML
 * or MDX read by a regular expression. Used by the Markdown plugins that link defined terms and
 * cross-references (they run while Astro renders a clause, before the content layer can be asked)
 * and by the tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { WordingFile } from './check-wording';
import {
  ClauseSchema,
  DecisionWordingSchema,
  LettersSchema,
  PolicySchema,
  ScenarioSchema,
  SharedWordingSchema,
  WorkedExampleSchema,
  type ClauseData,
  type DecisionWording,
  type SharedWording,
  type Policy,
  type WorkedExample,
} from '../../content/schema';

/** One MDX file: its validated frontmatter and its body. */
interface MdxFile<Data> {
  file: string;
  data: Data;
  body: string;
}

/** Parses YAML through a schema; a mistake names the file. */
function parseWith<Schema extends z.ZodType>(schema: Schema, yaml: string, file: string): z.output<Schema> {
  const result = schema.safeParse(parse(yaml));
  if (!result.success) throw new Error(`${file}: ${result.error.message}`);
  return result.data;
}

/** Splits an MDX file into its frontmatter (validated by `schema`) and body. */
function readMdx<Schema extends z.ZodType>(schema: Schema, file: string): MdxFile<z.output<Schema>> {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter block`);
  return { file, data: parseWith(schema, match[1] ?? '', file), body: match[2] ?? '' };
}

/** A policy folder: policy.yaml, source.txt and every clause file. */
export interface PolicyFolder {
  folder: string;
  policy: Policy;
  source: string;
  clauses: MdxFile<ClauseData>[];
}

/**
 * Reads policies/<slug>/policy.yaml, source.txt and every clause file. `slug` may name a kept
 * version's folder, "<slug>/versions/<yyyy-mm>" (versionFolders).
 */
export function readPolicyFolder(contentRoot: string, slug: string): PolicyFolder {
  const folder = join(contentRoot, 'policies', slug);
  return {
    folder,
    policy: readPolicyYaml(folder),
    source: readFileSync(join(folder, 'source.txt'), 'utf8'),
    clauses: readClauseFiles(folder),
  };
}

/** Reads a policy folder's policy.yaml (current or a kept version's). */
export function readPolicyYaml(folder: string): Policy {
  const file = join(folder, 'policy.yaml');
  return parseWith(PolicySchema, readFileSync(file, 'utf8'), file);
}

/** Reads every clause file of a policy folder (current or a kept version's). */
export function readClauseFiles(folder: string): MdxFile<ClauseData>[] {
  const clauseFolder = join(folder, 'clauses');
  return readdirSync(clauseFolder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => readMdx(ClauseSchema, join(clauseFolder, name)));
}

/**
 * Reads policies/<slug>/letters.yaml, checked as the build checks it: the policy's request letters
 * by id; none when the policy has no letters.yaml (it is optional, as for the build).
 */
export function readLetters(contentRoot: string, slug: string): z.output<typeof LettersSchema> {
  const file = join(contentRoot, 'policies', slug, 'letters.yaml');
  return existsSync(file) ? parseWith(LettersSchema, readFileSync(file, 'utf8'), file) : {};
}

/** Reads content/scenarios/<id>.mdx. */
export function readScenario(contentRoot: string, id: string): MdxFile<z.output<typeof ScenarioSchema>> {
  return readMdx(ScenarioSchema, join(contentRoot, 'scenarios', `${id}.mdx`));
}

/** The policy folders under a content root. */
export function policySlugs(contentRoot: string): string[] {
  return readdirSync(join(contentRoot, 'policies'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/** A policy's earlier versions kept under policies/<slug>/versions/<yyyy-mm>/, as "<slug>/versions/<yyyy-mm>" folders for readPolicyFolder. */
export function versionFolders(contentRoot: string, slug: string): string[] {
  const folder = join(contentRoot, 'policies', slug, 'versions');
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${slug}/versions/${entry.name}`);
}

/** Reads content/decisions/<id>.yaml: a decision's words by state. */
export function readDecisionWording(contentRoot: string, id: string): WordingFile<DecisionWording> {
  const file = join(contentRoot, 'decisions', `${id}.yaml`);
  const raw = readFileSync(file, 'utf8');
  return { file, raw, data: parseWith(DecisionWordingSchema, raw, file) };
}

/** Reads content/decisions/shared.yaml, the words several decisions share; undefined when there is none. */
export function readSharedWording(contentRoot: string): WordingFile<SharedWording> | undefined {
  const file = join(contentRoot, 'decisions', 'shared.yaml');
  if (!existsSync(file)) return undefined;
  const raw = readFileSync(file, 'utf8');
  return { file, raw, data: parseWith(SharedWordingSchema, raw, file) };
}

/** Reads content/examples.yaml, the worked examples. */
export function readExamples(contentRoot: string): WorkedExample[] {
  const file = join(contentRoot, 'examples.yaml');
  return parseWith(z.array(WorkedExampleSchema), readFileSync(file, 'utf8'), file);
}
