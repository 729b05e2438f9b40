/**
 * `ingest import <file or folder>`: extract each file and write it into the database, one
 * transaction per source. Same bytes again → unchanged; a new version of the same issue →
 * replaced (and said so). A file that cannot be read is reported and skipped; the others go on.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createDb, type DbHandle, type ImportReport, importExtraction, loadData, sourceIdBySha256 } from '@ipb/db';
import type { SourceHints } from '@ipb/domain';
import { extract, type IngestContext } from './extract';
import { loadIngestContext } from './load-context';
import { sha256 } from './source-meta';

export type FileOutcome = { file: string } & ({ ok: true; report: ImportReport } | { ok: false; error: string });

export function listInputFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(txt|md)$/i.test(f))
    .sort()
    .map((f) => join(path, f));
}

const unchangedReport = (sourceId: number): ImportReport => ({
  status: 'unchanged',
  sourceId,
  articles: 0,
  measures: 0,
  observations: 0,
  skippedWithoutRegion: 0,
});

/**
 * Extract one file and write it in one transaction; throws when it cannot be read. Bytes already
 * stored are not extracted again: extraction is deterministic, so the answer is "unchanged".
 */
export function importFile(
  handle: DbHandle,
  context: IngestContext,
  file: string,
  actor?: string,
  hints: SourceHints = {},
): ImportReport {
  const bytes = readFileSync(file);
  const known = sourceIdBySha256(handle.db, sha256(bytes));
  if (known !== null) return unchangedReport(known);
  const fileName = basename(file);
  const { text, ...extraction } = extract(bytes, { ...context, fileName, hints });
  return importExtraction(handle, { extraction, rawText: text, fileName, actor, url: hints.url ?? null });
}

function importOne(handle: DbHandle, context: IngestContext, file: string, hints: SourceHints): FileOutcome {
  try {
    return { file, ok: true, report: importFile(handle, context, file, 'cli', hints) };
  } catch (err) {
    return { file, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

export async function importFiles(
  databasePath: string,
  dataDir: string,
  files: string[],
  hints: SourceHints = {},
  onProgress: (done: number, total: number, outcome: FileOutcome) => void = () => {},
): Promise<FileOutcome[]> {
  const context = await loadIngestContext(dataDir);
  const handle = createDb(databasePath);
  const outcomes: FileOutcome[] = [];
  try {
    // Places, themes and indicators must be there before any article can point at them.
    loadData(handle, dataDir);
    for (const file of files) {
      const outcome = importOne(handle, context, file, hints);
      outcomes.push(outcome);
      onProgress(outcomes.length, files.length, outcome);
    }
  } finally {
    handle.close();
  }
  return outcomes;
}
