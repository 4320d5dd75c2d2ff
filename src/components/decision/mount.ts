/**
 * Starts the stepper island on a decision step page. The page bundles this module as its one
 * script (an Astro-processed <script>): Preact renders DecisionTree into the element that carries
 * the decision's id and addresses, next to the pre-rendered step it takes over from. Mounted this
 * way rather than with an Astro `client:only` directive, a step page carries no island loader
 * written into its HTML (1.8 KB gzip of every step page's 6 KB budget) and no inline island style.
 */
import { h, render } from 'preact';
import DecisionTree from './DecisionTree';

/** Mounts the island into `element` (its data-* attributes name the decision); does nothing without one. */
export function mountDecision(element: HTMLElement | null): void {
  const { scenario, scenarioHref, contextHref, siteName } = element?.dataset ?? {};
  if (!element || !scenario || !scenarioHref || !contextHref || !siteName) return;
  render(h(DecisionTree, { scenario, scenarioHref, contextHref, siteName }), element);
}
