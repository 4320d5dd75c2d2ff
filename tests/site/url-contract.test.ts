/**
 * The URL scheme is a contract (README "URL scheme"): a published address never disappears
 * without a redirect, and every new page is added to the list on purpose: by a line in
 * url-contract.txt, or, for a decision's pages, by its section of tests/machines/decision-paths.md.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DIST, fileForPath, readBuiltPages } from '../helpers/built-site';
import { CONTENT_ROOT } from '../helpers/content-files';
import { readExamples } from '../../src/lib/content-files';

const listed = readFileSync(new URL('./url-contract.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
/** Each decision's page and flowchart, for every decision of the committed path table (one "## <id>" each). */
const decisionPages = [
  ...readFileSync(new URL('../machines/decision-paths.md', import.meta.url), 'utf8').matchAll(/^## (\S+)$/gm),
].flatMap(([, id]) => [`/questions/${id}/`, `/questions/${id}/flowchart/`]);
/** Each self-check situation and its answer pages, for every worked example marked `selfCheck` (its id is already its permanent address). */
const selfCheckIds = readExamples(CONTENT_ROOT)
  .filter((example) => example.selfCheck)
  .map((example) => example.id);
const isSelfCheckSituation = (path: string) =>
  selfCheckIds.some((id) => new RegExp(`^/[a-z0-9-]+/check-yourself/${id}/([a-z-]+/)?$`).test(path));
const contract = [...listed, ...decisionPages];
const built = readBuiltPages().filter(
  (page) => page.path !== '/404.html' && !/^\/questions\/[^/]+\/answers\//.test(page.path),
);

/** Lower-case words or numbers joined by single hyphens or dots, one per segment, each segment ending in "/". */
const PATH_SHAPE = /^\/([a-z0-9]+([.-][a-z0-9]+)*\/)*$/;

describe('URL contract', () => {
  it('serves every published address, as a page or as a redirect', () => {
    const missing = contract.filter((path) => !fileForPath(DIST, path));
    expect(
      missing,
      'listed in url-contract.txt but not built. A published page that moved: add a redirect in astro.config.mjs (`redirects`). A line for a page that was never published (a typo, a page not built yet): correct or remove the line.',
    ).toEqual([]);
  });

  it('lists every page the site builds (add new pages to tests/site/url-contract.txt)', () => {
    const unlisted = built
      .map((page) => page.path)
      .filter((path) => !contract.includes(path) && !isSelfCheckSituation(path));
    expect(unlisted).toEqual([]);
  });

  it('uses lower-case, human-readable paths with a trailing slash (dotted clause numbers such as 1.2 allowed)', () => {
    expect(decisionPages.length).toBeGreaterThan(0);
    expect(contract.filter((path) => !PATH_SHAPE.test(path))).toEqual([]);
  });
});
