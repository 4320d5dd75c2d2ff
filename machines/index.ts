/**
 * The registry: the only way the build, the tests and the stepper island find a decision machine.
 * A decision is found by its file, machines/decisions/<scenario-id>.ts (default export, `id:` the
 * file name), beside content/scenarios/<scenario-id>.mdx; nothing is listed by hand. Each machine
 * is its own chunk, loaded on demand (XState itself is a chunk shared by all). `npm run bench` and
 * the fixture site swap this file for their own (POLICY_MACHINES_REGISTRY, astro.config.mjs).
 */
import { registryOf } from './registry.ts';
import type { DecisionMachine } from './types.ts';

export const { isScenarioId, loadMachine, loadAllMachines } = registryOf(
  import.meta.glob<DecisionMachine>('./decisions/*.ts', { import: 'default' }),
);
