/**
 * The bootstrap script every page carries (src/scripts/site-bootstrap.js) as it is written into
 * the page, and its Content-Security-Policy hash. The config allows the hash in every page's CSP
 * (a component cannot: the CSP <meta> is written before the body is rendered), and
 * SiteScript.astro writes the same text, so the two cannot drift apart.
 */
import { createHash } from 'node:crypto';

/** The script's text as served: the source without its header comment (it is for the source's readers). */
export function bootstrapScript(source: string): string {
  return source.replace(/^\/\/ @ts-check\n\/\*[\s\S]*?\*\/\n/, '').trim();
}

/** The CSP source expression that allows exactly this script text: `sha256-…`. */
export function cspHashOf(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}
