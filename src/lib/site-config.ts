/**
 * Reads content/site.yaml (the site's name, description and home-page introduction) through its
 * schema. A missing file or a mistake stops the build with the file, the field and what to write.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SiteSchema, type SiteConfig } from '../../content/schema';

/** The checked site configuration in `file`; throws one message per problem, each naming the file and field. */
export function readSiteConfig(file: string): SiteConfig {
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: create it with the site's name, description and introduction (see the README, "Add or change a policy").`,
    );
  }
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const result = SiteSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.join('.');
    if (issue.code === 'unrecognized_keys')
      return `${file}: ${issue.keys.join(', ')}: not a field of site.yaml (name, description, introduction)`;
    return `${file}: ${field || '(the file)'}: ${issue.message}`;
  });
  throw new Error(problems.join('\n'));
}
