/**
 * Where the browser tests' web servers listen on 127.0.0.1 (playwright.config.ts starts them;
 * tests/helpers/sites.ts says which site is where): the real site on PREVIEW_PORT (4329 unless
 * set), the sub-path build behind nginx one up, the fixture site two up.
 */
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4329);
export const SUBPATH_PORT = PREVIEW_PORT + 1;
export const FIXTURE_PORT = PREVIEW_PORT + 2;
