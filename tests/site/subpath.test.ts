/** The same build deployed under a sub-path (BASE_PATH=/policies/): every reference stays inside it. */
import { describe, expect, it } from 'vitest';
import { brokenReferences, readBuiltPages, SUBPATH_DIST } from '../helpers/built-site';

const pages = readBuiltPages(SUBPATH_DIST);

describe('built under /policies/', () => {
  it('builds the same pages as at the root', () => {
    const paths = (list: { path: string }[]) => list.map((page) => page.path).sort();
    expect(paths(pages)).toEqual(paths(readBuiltPages()));
  });

  it('links only to pages, files and #anchors inside /policies/', () => {
    expect(brokenReferences(SUBPATH_DIST, pages, '/policies/')).toEqual([]);
  });

  it('points decision steps and the stepper at /policies/', () => {
    const outcome = pages.find(
      (page) =>
        page.path === '/questions/friend-request/answers/has-it-happened=not-yet/is-current-student=not-student/',
    );
    const island = outcome?.document.querySelector('[data-decision]');
    expect(island?.getAttribute('data-scenario-href')).toBe('/policies/questions/friend-request/');
    expect(island?.getAttribute('data-context-href')).toBe('/policies/questions/friend-request/context.json');
  });
});
