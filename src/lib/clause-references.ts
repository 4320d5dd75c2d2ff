/**
 * Links the cross-references in a clause ("as in clause 1.2", "under clause 3(b)", "section 1
 * requires") to the clause's page or the section on the policy page. Runs on the clause MDX files at
 * build time; the words stay exactly as written, only wrapped in a link. A number that names no
 * clause or section of the same policy stays plain text: a link is never guessed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HastPluginDefinition } from 'satteri';
import { clauseTextPolicy } from './defined-terms';
import { clausePath, joinBase, policyPath } from './urls';

interface Options {
  /** The site's base path ("/" or "/policies/"). */
  base: string;
  /** Absolute path of the content folder. */
  contentRoot: string;
}

/**
 * "clause 1.2", "clauses 3(b)", "section 2", "s 3(e)", "s. 4": the word, then a number as policies
 * print them: dotted (1.2, 1.2.1), section and letter (3(b), 3 (b), 3b) or plain (4).
 */
const REFERENCE = /\b(clauses?|sections?|s\.?)(\s+)(\d+(?:\.\d+){1,2}|\d+\s?\([a-z]\)|\d+[a-z]\b|\d+)(?!\.?\d)/gi;

interface TextNode {
  type: 'text';
  value: string;
}
interface LinkNode {
  type: 'element';
  tagName: 'a';
  properties: { href: string; className: string[] };
  children: TextNode[];
}
/** The nodes a text becomes: its words, and links around the references. */
type Node = TextNode | LinkNode;

/** What a policy's clauses and sections are called by: clause ids and section numbers. */
export interface Targets {
  clauses: Set<string>;
  sections: Set<number>;
}

const targetsCache = new Map<string, { mtimeMs: number; targets: Targets }>();

/** Reads a policy's clause ids (from each clause file's `id:`) and section numbers (re-read when the folder changes, for dev). */
function readTargets(policyFolder: string): Targets {
  const clausesFolder = join(policyFolder, 'clauses');
  const mtimeMs = Math.max(statSync(clausesFolder).mtimeMs, statSync(join(policyFolder, 'policy.yaml')).mtimeMs);
  const cached = targetsCache.get(policyFolder);
  if (cached?.mtimeMs === mtimeMs) return cached.targets;
  const clauses = new Set(
    readdirSync(clausesFolder)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => /^id:\s*['"]?([^'"\s]+)/m.exec(readFileSync(join(clausesFolder, name), 'utf8'))?.[1] ?? '')
      .filter((id) => id !== ''),
  );
  const sections = new Set(
    [...readFileSync(join(policyFolder, 'policy.yaml'), 'utf8').matchAll(/^\s*-\s*number:\s*(\d+)/gm)].map((match) =>
      Number(match[1]),
    ),
  );
  const targets = { clauses, sections };
  targetsCache.set(policyFolder, { mtimeMs, targets });
  return targets;
}

/**
 * Where a reference leads, relative to the base, or undefined when it names nothing of the policy:
 * "1.2" and "3(b)" lead to clause pages, "2" to a plain-numbered clause or else to section 2.
 */
export function referenceTarget(policySlug: string, printed: string, targets: Targets): string | undefined {
  const id = printed.replace(/\s?\(([a-z])\)$/, '$1');
  if (targets.clauses.has(id)) return clausePath(policySlug, id);
  if (/^\d+$/.test(id) && targets.sections.has(Number(id))) return `${policyPath(policySlug)}#section-${id}`;
  return undefined;
}

/**
 * Splits text into text and link nodes, one link per reference that names a clause or section of
 * the policy (the word and the number, e.g. "clause 1.2"); undefined when nothing is linked.
 */
export function linkReferences(text: string, policySlug: string, targets: Targets, base: string): Node[] | undefined {
  const nodes: Node[] = [];
  let from = 0;
  for (const match of text.matchAll(REFERENCE)) {
    const target = referenceTarget(policySlug, match[3] ?? '', targets);
    if (!target) continue;
    if (match.index > from) nodes.push({ type: 'text', value: text.slice(from, match.index) });
    nodes.push({
      type: 'element',
      tagName: 'a',
      properties: { href: joinBase(base, target), className: ['clause-reference'] },
      children: [{ type: 'text', value: match[0] }],
    });
    from = match.index + match[0].length;
  }
  if (nodes.length === 0) return undefined;
  if (from < text.length) nodes.push({ type: 'text', value: text.slice(from) });
  return nodes;
}

/**
 * The hast plugin for Astro's Markdown processor, Sätteri, beside the defined-terms plugin:
 * `satteri({ hastPlugins: [definedTermsPlugin(…), clauseReferencesPlugin({ base, contentRoot })] })`.
 */
export function clauseReferencesPlugin({ base, contentRoot }: Options): HastPluginDefinition {
  return {
    name: 'policy-site:clause-references',
    text(node, ctx) {
      const policySlug = clauseTextPolicy(node, ctx);
      if (!policySlug) return;
      let targets: Targets;
      try {
        targets = readTargets(join(contentRoot, 'policies', policySlug));
      } catch {
        return; // A missing policy.yaml or clauses folder is reported by the content checks.
      }
      const nodes = linkReferences(node.value, policySlug, targets, base);
      if (nodes) ctx.replaceNode(node, nodes);
    },
  };
}
