/**
 * Links the first use of each defined term in a clause to its definition ("electronic social
 * media" → the Definitions page). Runs on the clause MDX files at build time; the words stay exactly
 * as written, only wrapped in a link.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition } from 'satteri';
import { parse } from 'yaml';
import { definitionPath, joinBase } from './urls';

interface Options {
  /** The site's base path ("/" or "/policies/"). */
  base: string;
  /** Absolute path of the content folder. */
  contentRoot: string;
}

interface DefinedTerm {
  id: string;
  term: string;
}

const CLAUSE_FILE = /[\\/]policies[\\/]([^\\/]+)[\\/]clauses[\\/][^\\/]+\.mdx$/;
const termsCache = new Map<string, { mtimeMs: number; terms: DefinedTerm[] }>();

/** Reads a policy's defined terms from its policy.yaml (re-read when the file changes, for dev). */
function readDefinedTerms(policyYaml: string): DefinedTerm[] {
  const mtimeMs = statSync(policyYaml).mtimeMs;
  const cached = termsCache.get(policyYaml);
  if (cached?.mtimeMs === mtimeMs) return cached.terms;
  const data = parse(readFileSync(policyYaml, 'utf8')) as { definitions?: DefinedTerm[] } | null;
  const terms = (data?.definitions ?? []).filter((definition) => definition.id && definition.term);
  termsCache.set(policyYaml, { mtimeMs, terms });
  return terms;
}

/** Finds the terms used in a piece of plain text (case-insensitive, whole words). */
export function findDefinedTerms<T extends { term: string }>(text: string, terms: T[]): T[] {
  return terms.filter((definition) => termPattern(definition.term).test(text));
}

function termPattern(term: string): RegExp {
  return new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
}

type TextVisitor = NonNullable<HastPluginDefinition['text']>;

/**
 * The policy whose clause text a text node is part of, or undefined when the node is not in a
 * clause file or already sits in a link: what both clause-text plugins (defined terms, cross-
 * references) need before they wrap words in a link.
 */
export function clauseTextPolicy(
  node: Parameters<TextVisitor>[0],
  ctx: Parameters<TextVisitor>[1],
): string | undefined {
  const match = ctx.fileURL ? CLAUSE_FILE.exec(fileURLToPath(ctx.fileURL)) : null;
  const parent = ctx.parent(node);
  if (parent.type === 'element' && parent.tagName === 'a') return undefined;
  return match?.[1];
}

/**
 * The hast plugin for Astro's default Markdown processor, Sätteri:
 * `satteri({ hastPlugins: [definedTermsPlugin({ base, contentRoot })] })` in astro.config.mjs.
 */
export function definedTermsPlugin({ base, contentRoot }: Options): HastPluginDefinition {
  return {
    name: 'policy-site:defined-terms',
    text(node, ctx) {
      const policySlug = clauseTextPolicy(node, ctx);
      if (!policySlug) return;
      let terms: DefinedTerm[];
      try {
        terms = readDefinedTerms(join(contentRoot, 'policies', policySlug, 'policy.yaml'));
      } catch {
        return; // A missing or broken policy.yaml is reported by the content checks, with its file name.
      }
      // Link each term once per clause: at its first use.
      const linked = (ctx.data['definedTermsLinked'] ??= new Set<string>()) as Set<string>;
      for (const definition of terms) {
        if (linked.has(definition.id)) continue;
        const found = termPattern(definition.term).exec(node.value);
        if (!found) continue;
        linked.add(definition.id);
        const before = node.value.slice(0, found.index);
        const after = node.value.slice(found.index + found[0].length);
        ctx.replaceNode(node, [
          ...(before ? [{ type: 'text' as const, value: before }] : []),
          {
            type: 'element' as const,
            tagName: 'a',
            properties: {
              href: joinBase(base, definitionPath(policySlug, definition.id)),
              className: ['defined-term'],
            },
            children: [{ type: 'text' as const, value: found[0] }],
          },
          ...(after ? [{ type: 'text' as const, value: after }] : []),
        ]);
        return; // The replaced text is not visited again; one link per text node is plenty for a clause.
      }
    },
  };
}
