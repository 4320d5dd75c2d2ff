/**
 * The registry: the only way the build, the tests and the stepper island find a decision machine.
 * Each machine is its own module, loaded on demand: in the browser a step page fetches only its
 * decision's machine (XState itself is a chunk shared by all). `npm run bench` swaps this file for
 * a generated one. Adding a scenario: write machines/<scenario-id>.ts, add it here, add
 * content/scenarios/<scenario-id>.mdx.
 */
import { registryOf } from './registry.ts';
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

export const { isScenarioId, loadMachine, loadAllMachines } = registryOf(loaders);
