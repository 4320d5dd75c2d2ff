/**
 * The registry: the only way the build, the tests and the stepper island find a decision machine.
 * Each machine is its own module, loaded on demand: in the browser a step page fetches only its
 * decision's machine (XState itself is a chunk shared by all). `npm run bench` swaps this file for
 * a generated one. Adding a scenario: write machines/<scenario-id>.ts, add it here, add
 * content/scenarios/<scenario-id>.mdx.
 */
import type { DecisionMachine } from './types.ts';

const loaders = {
  'friend-request': () => import('./friend-request.ts').then((module) => module.friendRequestMachine),
  'sharing-student-content': () =>
    import('./sharing-student-content.ts').then((module) => module.sharingStudentContentMachine),
  'representing-the-division': () =>
    import('./representing-the-division.ts').then((module) => module.representingTheDivisionMachine),
  'personal-post': () => import('./personal-post.ts').then((module) => module.personalPostMachine),
  'school-group': () => import('./school-group.ts').then((module) => module.schoolGroupMachine),
  'messaging-a-student': () => import('./messaging-a-student.ts').then((module) => module.messagingAStudentMachine),
  'academic-group': () => import('./academic-group.ts').then((module) => module.academicGroupMachine),
} satisfies Record<string, () => Promise<DecisionMachine>>;

/** A scenario id: kebab-case, the same in file name, machine id, URL and test file. */
export type ScenarioId = keyof typeof loaders;

/** Every registered scenario id. */
export const SCENARIO_IDS = Object.keys(loaders) as ScenarioId[];

/** Whether a string is a registered scenario id (the island's props come from a page). */
export function isScenarioId(id: string): id is ScenarioId {
  return Object.hasOwn(loaders, id);
}

/** Loads one scenario's machine. */
export function loadMachine(id: ScenarioId): Promise<DecisionMachine> {
  return loaders[id]();
}

/** Loads every machine, keyed by scenario id (for the build and the tests). */
export async function loadAllMachines(): Promise<Map<ScenarioId, DecisionMachine>> {
  const entries = await Promise.all(SCENARIO_IDS.map(async (id) => [id, await loadMachine(id)] as const));
  return new Map(entries);
}
