/**
 * Build or refresh the database from data/: the curated files through the db loader, then every
 * bulletin in data/bulletins through the extraction pipeline. Idempotent — unchanged files are
 * skipped by content hash — so the server can call it at every start. I/O lives here, not in stages.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDb, type ImportReport, type LoadReport, loadData } from '@ipb/db';
import { importFile } from './import-files';
import { loadIngestContext } from './load-context';

export interface BuildReport {
  data: LoadReport;
  bulletins: Array<{ file: string } & ImportReport>;
}

export async function buildDatabase(databasePath: string, dataDir: string): Promise<BuildReport> {
  const handle = createDb(databasePath);
  try {
    const data = loadData(handle, dataDir);
    const context = await loadIngestContext(dataDir);
    const folder = join(dataDir, 'bulletins');
    const files = readdirSync(folder)
      .filter((f) => /\.(txt|md)$/i.test(f))
      .sort();
    const bulletins = files.map((file) => ({ file, ...importFile(handle, context, join(folder, file)) }));
    return { data, bulletins };
  } finally {
    handle.close();
  }
}
