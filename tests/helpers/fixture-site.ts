/**
 * The fixture site (tests/fixtures/content, built by npm test into dist-fixture) as the site tests
 * read it: its pages, listed and parsed once for every test file that asks.
 */
import { FIXTURE_DIST, readBuiltPages } from './built-site';

/** The fixture site's pages (readBuiltPages throws, failing each test, when the fixture build failed). */
export function fixturePages(): ReturnType<typeof readBuiltPages> {
  return (pagesRead ??= readBuiltPages(FIXTURE_DIST));
}
let pagesRead: ReturnType<typeof readBuiltPages> | undefined;

/** One page of the fixture site, by its path. */
export const fixturePage = (path: string) => fixturePages().find((page) => page.path === path);
