/**
 * Build or refresh the database from data/: the curated files, then every bulletin in
 * data/bulletins, through the one import loop (import-files.ts), on either engine. Idempotent —
 * unchanged files are skipped by content hash — so the server can call it at every start (SQLite)
 * and the release step at every release (PostgreSQL). A bulletin in data/ that cannot be read
 * stops the build with its name: data/ is reviewed in git and must be whole.
 */
import { join, relative } from 'node:path';
import type { ImportReport, LoadReport } from '@ipb/db';
import { IngestInputError } from './errors';
import { type ImportTarget, importAll, listInputFiles } from './import-files';

export interface BuildReport {
  data: LoadReport;
  bulletins: Array<{ file: string } & ImportReport>;
}

export async function buildDatabase(target: ImportTarget, dataDir: string): Promise<BuildReport> {
  const folder = join(dataDir, 'bulletins');
  const { data, outcomes } = await importAll(target, dataDir, listInputFiles(folder));
  const bulletins = outcomes.map((o) => {
    if (!o.ok) throw new IngestInputError('file_unreadable', `${o.file} could not be imported: ${o.error}`);
    return { file: relative(folder, o.file), ...o.report };
  });
  return { data, bulletins };
}
