/**
 * The two content folders the tests read, and the shared reader (src/lib/content-files.ts), which
 * reads every file through the schema the build validates it with.
 */
import type { DecisionMachine } from '../../machines/types';
import { resolveWording } from '../../src/lib/check-wording';
import { readDecisionWording, readSharedWording } from '../../src/lib/content-files';
import { withWording } from '../../src/lib/decision';
import { formatContentProblems } from '../../src/lib/content-problems';

export * from '../../src/lib/content-files';

/** The repository's real content folder. */
export const CONTENT_ROOT = new URL('../../content/', import.meta.url).pathname;

/** The fixture site's content folder (npm test builds it into dist-fixture). */
export const FIXTURE_CONTENT_ROOT = new URL('../fixtures/content/', import.meta.url).pathname;

/**
 * A decision's machine with its words joined, as the build joins them: its routing
 * (machines/decisions/<id>.ts) and content/decisions/<id>.yaml of the given content root.
 */
export function wordedMachine(routing: DecisionMachine, contentRoot: string = CONTENT_ROOT): DecisionMachine {
  const { wording, problems } = resolveWording(
    routing,
    `machines/decisions/${routing.id}.ts`,
    readDecisionWording(contentRoot, routing.id),
    readSharedWording(contentRoot),
  );
  if (problems.length > 0) throw new Error(formatContentProblems(problems));
  return withWording(routing, wording);
}

/** Every machine of a registry with its words joined (wordedMachine), by scenario id. */
export function wordedMachines(
  machines: ReadonlyMap<string, DecisionMachine>,
  contentRoot: string = CONTENT_ROOT,
): Map<string, DecisionMachine> {
  return new Map([...machines].map(([id, machine]) => [id, wordedMachine(machine, contentRoot)]));
}
