/**
 * Renders DOT to inline SVG at build time with Graphviz compiled to WebAssembly (@viz-js/viz), and
 * makes the SVG fit the page: colours from the stylesheet (light and dark), no per-shape titles
 * for screen readers to stumble over, a title and description of its own.
 */
import { instance, type Viz } from '@viz-js/viz';

let viz: Promise<Viz> | undefined;

/** What the diagram is, for people who cannot see it. */
export interface DiagramText {
  /** Unique on the page; used for the title and description ids. */
  id: string;
  title: string;
  description: string;
}

/** Renders a DOT graph to an SVG string ready to inline in a page; throws with Graphviz's message on bad DOT. */
export async function renderDiagram(dot: string, text: DiagramText): Promise<string> {
  viz ??= instance();
  const result = (await viz).render(dot, { format: 'svg' });
  if (result.status !== 'success') {
    throw new Error(`Graphviz could not draw ${text.id}: ${result.errors.map((error) => error.message).join('; ')}`);
  }
  return tidySvg(result.output, text);
}

/** Makes Graphviz's SVG suitable for inline use. Exported for tests. */
function tidySvg(svg: string, text: DiagramText): string {
  const titleId = `${text.id}-title`;
  const descriptionId = `${text.id}-description`;
  return (
    svg
      // The XML prolog, doctype and comments are for standalone files.
      .replace(/<\?xml[^>]*>\s*/, '')
      .replace(/<!DOCTYPE[^>]*>\s*/, '')
      .replace(/<!--[\s\S]*?-->\s*/g, '')
      // Shape titles are Graphviz's internal names ("isCurrentStudent"); the labels say it in words.
      .replace(/<title>[^<]*<\/title>\s*/g, '')
      // Graphviz writes "-" in ids as an entity; plain hyphens keep ids usable in links and selectors.
      .replace(/&#45;/g, '-')
      // Link titles repeat the words the link holds (or say "<TABLE>"): the words are the link's name.
      .replace(/ xlink:title="[^"]*"/g, '')
      // Ids Graphviz gives the groups around links and arrows ("a_state-x_12", "edge3"): nothing refers to them.
      .replace(/ id="(a_[^"]*|edge\d+)"/g, '')
      // Every label shares one font, set once on the root; coordinates to the point are exact enough
      // on screen and in print. Together they keep a large flowchart within the page's size budget.
      .replace(/ font-family="Helvetica,Arial,sans-serif"/g, '')
      .replace(/ font-size="11.00"/g, '')
      .replace(/ xml:space="preserve"/g, '')
      .replace(
        / (points|x|y|cx|cy|rx|ry|d|viewBox)="([^"]*)"/g,
        (_, name: string, value: string) =>
          ` ${name}="${value.replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number))))}"`,
      )
      // Colours come from the page, so the diagram follows light and dark mode.
      .replace(/(fill|stroke)="black"/g, '$1="currentColor"')
      .replace(/<polygon fill="(white|transparent)" stroke="none"[^>]*\/>\s*/, '')
      .replace(
        /<svg width="([\d.]+)pt" height="([\d.]+)pt"/,
        (_, width: string, height: string) =>
          `<svg class="diagram__svg" font-family="Helvetica,Arial,sans-serif" font-size="11" width="${Math.ceil(Number(width) * 1.25)}" height="${Math.ceil(Number(height) * 1.25)}" role="group" aria-labelledby="${titleId}" aria-describedby="${descriptionId}"`,
      )
      .replace(
        /(<svg[^>]*>)/,
        `$1<title id="${titleId}">${escapeXml(text.title)}</title><desc id="${descriptionId}">${escapeXml(text.description)}</desc>`,
      )
      .trim()
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
