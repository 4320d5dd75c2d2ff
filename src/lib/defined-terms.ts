/**
 * Links the first use of each defined term in a clause to its definition ("electronic social
 * media" → the Definitions page; in a kept version, its own definition on the version's page). Runs
 * on the clause MDX files at build time; the words stay exactly as written, only wrapped in a link.
 */
import type { HastPluginDefinition } from 'satteri';
import { clauseTextPlace, definitionPathIn, linkTargetsOf, type LinkTargets } from './clause-text-place';
import { joinBase } from './urls';

interface Options {
  /** The site's base path ("/" or "/policies/"). */
  base: string;
  /** Absolute path of the content folder. */
  contentRoot: string;
}

/** Finds the terms used in a piece of plain text (case-insensitive, whole words). */
export function findDefinedTerms<T extends { term: string }>(text: string, terms: T[]): T[] {
  return terms.filter((definition) => termPattern(definition.term).test(text));
}

function termPattern(term: string): RegExp {
  return new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
}

/**
 * The hast plugin for Astro's default Markdown processor, Sätteri:
 * `satteri({ hastPlugins: [definedTermsPlugin({ base, contentRoot })] })` in astro.config.mjs.
 */
export function definedTermsPlugin({ base, contentRoot }: Options): HastPluginDefinition {
  return {
    name: 'policy-site:defined-terms',
    text(node, ctx) {
      const place = clauseTextPlace(node, ctx);
      if (!place) return;
      let terms: LinkTargets['definitions'];
      try {
        terms = linkTargetsOf(contentRoot, place).definitions;
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
              href: joinBase(base, definitionPathIn(place, definition.id)),
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
