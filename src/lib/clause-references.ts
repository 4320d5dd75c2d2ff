/**
 * Links the cross-references in a clause ("as in clause 1.2", "under clause 3(b)", "section 1
 * requires") to the clause's page or the section on the policy page. Runs on the clause MDX files at
 * build time; the words stay exactly as written, only wrapped in a link. A number that names no
 * clause or section of the same policy stays plain text: a link is never guessed. A kept version's
 * clause links to that version's clauses and sections, as the text stood then.
 */
import type { HastPluginDefinition } from 'satteri';
import {
  clausePathIn,
  clauseTextPlace,
  linkTargetsOf,
  sectionPathIn,
  type ClauseTextPlace,
  type LinkTargets,
} from './clause-text-place';
import { joinBase } from './urls';

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
export type Targets = Pick<LinkTargets, 'clauses' | 'sections'>;

/**
 * Where a reference leads, relative to the base, or undefined when it names nothing of the policy:
 * "1.2" and "3(b)" lead to clause pages, "2" to a plain-numbered clause or else to section 2.
 */
export function referenceTarget(place: ClauseTextPlace, printed: string, targets: Targets): string | undefined {
  const id = printed.replace(/\s?\(([a-z])\)$/, '$1');
  if (targets.clauses.has(id)) return clausePathIn(place, id);
  if (/^\d+$/.test(id) && targets.sections.has(Number(id))) return sectionPathIn(place, Number(id));
  return undefined;
}

/**
 * Splits text into text and link nodes, one link per reference that names a clause or section of
 * the policy (the word and the number, e.g. "clause 1.2"); undefined when nothing is linked.
 */
export function linkReferences(
  text: string,
  place: ClauseTextPlace,
  targets: Targets,
  base: string,
): Node[] | undefined {
  const nodes: Node[] = [];
  let from = 0;
  for (const match of text.matchAll(REFERENCE)) {
    const target = referenceTarget(place, match[3] ?? '', targets);
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
      const place = clauseTextPlace(node, ctx);
      if (!place) return;
      let targets: Targets;
      try {
        targets = linkTargetsOf(contentRoot, place);
      } catch {
        return; // A missing policy.yaml or clauses folder is reported by the content checks.
      }
      const nodes = linkReferences(node.value, place, targets, base);
      if (nodes) ctx.replaceNode(node, nodes);
    },
  };
}
