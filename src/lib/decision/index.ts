/**
 * The decision API: the only code that walks a decision machine, the same in the build, the browser
 * and the tests. meta.ts reads what a step says, walk.ts steps through answers with XState's own
 * `transition()`, graph.ts lists every path with `xstate/graph`. Pure: no DOM, no Astro.
 */
export * from './graph';
export * from './meta';
export * from './walk';
export * from './wording';
