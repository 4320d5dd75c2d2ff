/** The exported zip (npm test writes it to dist-export/), unzipped into a temporary folder. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

/** The export folder npm test writes. */
const EXPORT_FOLDER = new URL('../../dist-export/', import.meta.url).pathname;

/** Unzips the one zip in an export folder (dist-export/) and returns its name and the folder holding policy-site/. */
export function unzipExport(exportFolder = EXPORT_FOLDER): { zipName: string; folder: string } {
  const zipName = readdirSync(exportFolder).find((name) => name.endsWith('.zip'));
  if (!zipName)
    throw new Error(`no zip in ${exportFolder}: run scripts/export/export.mjs dist dist-export (npm test does)`);
  const folder = mkdtempSync(join(tmpdir(), 'policy-site-export-'));
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(exportFolder, zipName))))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  return { zipName, folder };
}
