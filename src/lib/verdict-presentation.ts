/**
 * How each verdict looks, in one table: its icon on an outcome, its shape in a flowchart and its
 * colour, light and dark. A verdict is never told by colour or shape alone: its words
 * (VERDICT_LABELS in machines/verdicts.ts) always go with it. The outcome's icon (Outcome.tsx), the
 * flowchart (diagrams.ts) and the stylesheet (verdictStylesheet, served to the site as
 * `virtual:verdict-styles.css` by the Vite plugin below) all read it here.
 */
import type { Plugin } from 'vite';
import { VERDICTS, type Verdict } from '../../machines/verdicts';

interface VerdictLook {
  /** The icon's stroke, an SVG path in a 24×24 box drawn inside a circle. */
  icon: string;
  /** The flowchart node: Graphviz shape, style and outlines, and the legend's words for it. */
  shape: { shape: string; style: string; peripheries: number; legend: string };
  /** The verdict's colour on the page background, light and dark (each at least 4.5:1, checked by axe). */
  colour: { light: string; dark: string };
}

export const VERDICT_LOOKS: Record<Verdict, VerdictLook> = {
  allowed: {
    icon: 'M6 12.5l4 4 8-9',
    shape: { shape: 'box', style: 'rounded,bold', peripheries: 1, legend: 'rounded box, bold' },
    colour: { light: '#1d6b2f', dark: '#7fd68f' },
  },
  'allowed-with-conditions': {
    icon: 'M5 12.5l3.5 3.5 6-7M18 7v6M18 16.5v.5',
    shape: { shape: 'box', style: 'rounded', peripheries: 2, legend: 'rounded box, double outline' },
    colour: { light: '#5c4a00', dark: '#f2d264' },
  },
  'not-decided': {
    icon: 'M9 9a3 3 0 1 1 4 2.8c-.7.4-1 1-1 1.7V15M12 18v.5',
    shape: { shape: 'box', style: 'dashed', peripheries: 1, legend: 'dashed box' },
    colour: { light: '#3d4a6b', dark: '#b9c6e8' },
  },
  'find-out-first': {
    icon: 'M10.5 6.5a4 4 0 1 1 0 8a4 4 0 1 1 0-8M13.5 13.5L17.5 17.5',
    shape: { shape: 'box', style: 'dotted,bold', peripheries: 1, legend: 'dotted box' },
    colour: { light: '#00566b', dark: '#7fd6ea' },
  },
  'may-lead-to-discipline': {
    icon: 'M12 6.5v7M12 17v.5',
    shape: { shape: 'hexagon', style: 'bold', peripheries: 1, legend: 'hexagon' },
    colour: { light: '#8a3300', dark: '#ffb27a' },
  },
  'not-allowed': {
    icon: 'M7 7l10 10M17 7L7 17',
    shape: { shape: 'octagon', style: 'bold', peripheries: 1, legend: 'octagon' },
    colour: { light: '#b3261e', dark: '#ff9a8f' },
  },
};

/**
 * The verdicts' colours as CSS: a custom property per verdict, light and dark (`--verdict-<id>`),
 * and `.verdict--<id>` setting `--verdict-colour`, which the verdict's own rules
 * (src/styles/decisions.css, examples.css) draw with.
 */
function verdictStylesheet(): string {
  const properties = (scheme: 'light' | 'dark') =>
    VERDICTS.map((verdict) => `  --verdict-${verdict}: ${VERDICT_LOOKS[verdict].colour[scheme]};`).join('\n');
  const classes = VERDICTS.map(
    (verdict) => `.verdict--${verdict} {\n  --verdict-colour: var(--verdict-${verdict});\n}`,
  ).join('\n');
  return [
    `:root {\n${properties('light')}\n}`,
    `@media (prefers-color-scheme: dark) {\n  :root {\n${properties('dark').replace(/^/gm, '  ')}\n  }\n}`,
    classes,
    '',
  ].join('\n');
}

const STYLESHEET_ID = 'virtual:verdict-styles.css';
// A path that ends in .css, so Vite treats the module as a stylesheet (bundled, hashed, minified).
const RESOLVED_ID = '/@verdict-styles/verdicts.css';

/** Serves verdictStylesheet() as `import 'virtual:verdict-styles.css'` (src/layouts/Base.astro). */
export function verdictStyles(): Plugin {
  return {
    name: 'policy-site:verdict-styles',
    resolveId: (id) => (id === STYLESHEET_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? verdictStylesheet() : undefined),
  };
}
