/** The exported copy of both sites, unzipped: every page opens from disk by plain links to files, with no scripts. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { readBuiltPages } from '../helpers/built-site';
import { unzipExport } from '../helpers/exported';
import { SITES, type TestSite } from '../helpers/sites';

for (const site of SITES) checkExport(site);

function checkExport(testSite: TestSite) {
  const { zipName, folder } = unzipExport(testSite.exportFolder);
  const site = join(folder, 'policy-site');
  const pages = readBuiltPages(site);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  describe(`${testSite.name}: the exported zip`, () => {
    it('is named after the site, the latest review of its policies and the build date', () => {
      const built = JSON.parse(readFileSync(join(testSite.dist, 'site.json'), 'utf8')) as {
        name: string;
        policies: { reviewed?: string }[];
      };
      const slug = built.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      const reviewed = built.policies
        .flatMap((policy) => (policy.reviewed ? [policy.reviewed] : []))
        .sort()
        .at(-1);
      // E.g. staff-social-media-policy-reviewed-2020-02-built-2026-12-05.zip
      expect(zipName).toMatch(
        new RegExp(`^${slug}${reviewed ? `-reviewed-${reviewed}` : ''}-built-\\d{4}-\\d{2}-\\d{2}\\.zip$`),
      );
    });

    it('holds every page of the site but the earlier versions (left out unless asked for)', () => {
      const built = JSON.parse(readFileSync(join(testSite.dist, 'site.json'), 'utf8')) as {
        policies: { slug: string; earlierVersions: string[] }[];
      };
      const earlier = built.policies.flatMap(({ slug, earlierVersions }) =>
        earlierVersions.map((month) => `/${slug}/${month}/`),
      );
      expect(pages.map((page) => page.path).sort()).toEqual(
        readBuiltPages(testSite.dist)
          .map((page) => page.path)
          .filter((path) => !earlier.some((prefix) => path.startsWith(prefix)))
          .sort(),
      );
    });

    it('links every page, stylesheet, image and anchor to a file that exists (never a folder)', () => {
      const broken: string[] = [];
      for (const page of pages) {
        for (const element of page.document.querySelectorAll('a[href], link[href], img[src], svg a')) {
          const reference =
            element.getAttribute('href') ?? element.getAttribute('xlink:href') ?? element.getAttribute('src') ?? '';
          if (reference.startsWith('#')) continue;
          if (/^[a-z]+:|^\//i.test(reference)) {
            broken.push(`${page.path} → ${reference} (not a relative file link)`);
            continue;
          }
          const target = join(dirname(page.file), decodeURIComponent(reference.split('#')[0] ?? ''));
          if (!existsSync(target) || statSync(target).isDirectory()) broken.push(`${page.path} → ${reference}`);
        }
      }
      expect(broken).toEqual([]);
    });

    it('carries one script, the classic one that searches from disk, and the search box with it', () => {
      for (const page of pages) {
        // Each page's one script, resolved from the page's file to the copy's top folder.
        const file = page.path.replace(/^\//, '') + (page.path.endsWith('/') ? 'index.html' : '');
        const scripts = page.document
          .querySelectorAll('script')
          .map((script) => posix.normalize(posix.join(posix.dirname(file), script.getAttribute('src') ?? '')));
        expect(scripts, page.path).toEqual(['search/disk-search.js']);
        expect(page.document.querySelector('form[role=search]'), page.path).not.toBeNull();
      }
      for (const file of ['search/disk-search.js', 'search/records.js'])
        expect(existsSync(join(site, file))).toBe(true);
    });
  });
}
