/**
 * What a registry of decisions offers (machines/index.ts, and the fixture site's
 * tests/fixtures/machines/index.ts), made from its loaders: one loader per scenario id.
 */
import type { DecisionMachine } from './types.ts';

export function registryOf<Id extends string>(loaders: Record<Id, () => Promise<DecisionMachine>>) {
  const ids = Object.keys(loaders) as Id[];
  /** Loads one scenario's machine. */
  const loadMachine = (id: Id): Promise<DecisionMachine> => loaders[id]();
  return {
    /** Whether a string is a registered scenario id (the island's props come from a page). */
    isScenarioId: (id: string): id is Id => Object.hasOwn(loaders, id),
    loadMachine,
    /** Loads every machine, keyed by scenario id (for the build and the tests). */
    loadAllMachines: async (): Promise<Map<Id, DecisionMachine>> =>
      new Map(await Promise.all(ids.map(async (id) => [id, await loadMachine(id)] as const))),
  };
}
