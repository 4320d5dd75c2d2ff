/**
 * What the decisions promise about this policy in particular (other policies need not have a
 * decision for every clause): every clause of Electronic Social Media is the ground of some outcome.
 */
import { expect, it } from 'vitest';
import { loadAllMachines } from '../../machines/index';
import { outcomeStates } from '../../src/lib/decision';
import { CONTENT_ROOT, readPolicyFolder, readScenario, wordedMachines } from '../helpers/content-files';

const SLUG = 'electronic-social-media';
const machines = wordedMachines(await loadAllMachines());

it('cites every clause of the policy in at least one outcome of its decisions', () => {
  const cited = new Set(
    [...machines]
      .filter(([id]) => readScenario(CONTENT_ROOT, id).data.policy === SLUG)
      .flatMap(([, machine]) => outcomeStates(machine).flatMap(([, meta]) => meta.cites)),
  );
  const clauseIds = readPolicyFolder(CONTENT_ROOT, SLUG).clauses.map((clause) => clause.data.id);
  expect(clauseIds.length).toBeGreaterThan(10);
  expect(clauseIds.filter((id) => !cited.has(id))).toEqual([]);
});
