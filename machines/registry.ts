/**
 * What a registry of decisions offers (machines/index.ts, and the fixture site's
 * tests/fixtures/machines/index.ts), made from the decision files found by convention: each
 * `decisions/<scenario-id>.ts` exports its machine as default, and the file name is the scenario id.
 * Each loader is a lazy import, so a step page fetches only its own decision's machine.
 */
import type { DecisionMachine } from './types.ts';

/** `import.meta.glob('./decisions/*.ts', { import: 'default' })`: a loader per decision file. */
type DecisionFiles = Record<string, () => Promise<DecisionMachine>>;

/** "./decisions/friend-request.ts" → "friend-request" */
const scenarioIdOf = (file: string) => file.replace(/^.*\//, '').replace(/\.ts$/, '');

export function registryOf(files: DecisionFiles) {
  const loaders = new Map(Object.entries(files).map(([file, load]) => [scenarioIdOf(file), { file, load }]));
  /** Loads one scenario's machine; its `id:` must be its file name, which the addresses and the content use. */
  const loadMachine = async (id: string): Promise<DecisionMachine> => {
    const found = loaders.get(id);
    if (!found) throw new Error(`no decision "${id}": there is no machines/decisions/${id}.ts`);
    const machine = await found.load();
    if (machine.id !== id)
      throw new Error(`${found.file}: the machine's id is "${machine.id}"; write id: '${id}', as the file is named`);
    return machine;
  };
  return {
    /** Whether a string is a scenario id with a decision file (the island's props come from a page). */
    isScenarioId: (id: string): boolean => loaders.has(id),
    loadMachine,
    /** Loads every machine, keyed by scenario id (for the build and the tests). */
    loadAllMachines: async (): Promise<Map<string, DecisionMachine>> =>
      new Map(await Promise.all([...loaders.keys()].map(async (id) => [id, await loadMachine(id)] as const))),
  };
}
