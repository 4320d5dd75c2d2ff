/**
 * The two content folders the tests read, and the shared reader (src/lib/content-files.ts), which
 * reads every file through the schema the build validates it with.
 */
export * from '../../src/lib/content-files';

/** The repository's real content folder. */
export const CONTENT_ROOT = new URL('../../content/', import.meta.url).pathname;

/** The fixture site's content folder (npm test builds it into dist-fixture). */
export const FIXTURE_CONTENT_ROOT = new URL('../fixtures/content/', import.meta.url).pathname;
