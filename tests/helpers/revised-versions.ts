import type { VersionText } from '../../src/lib/versions';

/** The fixture's three versions (tests/fixtures/content/policies/fixture-revised). */
export const REVISED_VERSIONS: VersionText[] = [
  {
    month: '2021-03',
    file: 'versions/2021-03/policy.yaml',
    changes: [],
    clauses: [
      { id: '1a', text: 'Staff will sign out every camera.' },
      { id: '1b', text: 'Staff will return cameras by Friday.' },
      { id: '2a', text: 'Staff will report a lost camera to the principal.' },
      { id: '2b', text: 'Staff will keep the camera log for one year.' },
    ],
  },
  {
    month: '2023-09',
    file: 'versions/2023-09/policy.yaml',
    changes: [
      { clause: '1b', change: 'reworded' },
      { clause: '2b', change: 'removed' },
    ],
    clauses: [
      { id: '1a', text: 'Staff will sign out every camera.' },
      { id: '1b', text: 'Staff will return cameras by the end of the school day.' },
      { id: '2a', text: 'Staff will report a lost camera to the principal.' },
    ],
  },
  {
    month: '2025-06',
    file: 'policy.yaml',
    changes: [
      { clause: '1a', change: 'renumbered', to: '1b' },
      { clause: '1b', change: 'renumbered', to: '1c' },
      { clause: '1a', change: 'added' },
    ],
    clauses: [
      { id: '1a', text: 'Staff will book a camera before the event.' },
      { id: '1b', text: 'Staff will sign out every camera.' },
      { id: '1c', text: 'Staff will return cameras by the end of the school day.' },
      { id: '2a', text: 'Staff will report a lost camera to the principal.' },
    ],
  },
];
