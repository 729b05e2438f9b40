/**
 * The one import loop: every way bulletins come in from files — `ingest import`, the server's start
 * (buildDatabase), the benches and the tests — runs `importFiles`. data/ is read once (readData) and
 * the same bundle loads the curated tables and gives extraction its context; then each file is
 * extracted and written in one transaction per source. Same bytes again → unchanged; a new version
 * of the same issue → replaced (and said so). A file that cannot be read is reported and skipped;
 * the others go on. Uploads run the same extract → importExtraction pair through the API's jobs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  type Db,
  type ImportReport,
  importExtraction,
  type LoadReport,
  loadData,
  openStore,
  type StoreConfig,
  settleAfterBulkImport,
  sourceIdBySha256,
} from '@ipb/db';
import type { SourceHints } from '@ipb/domain';
import { extract, type IngestContext } from './extract';
import { ingestContextOf, readData } from './load-context';
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
async function importFile(
  db: Db,
  context: IngestContext,
  file: string,
  actor: string | undefined,
  hints: SourceHints,
): Promise<ImportReport> {
  const bytes = readFileSync(file);
  const known = await sourceIdBySha256(db, sha256(bytes));
  if (known !== null) return unchangedReport(known);
  const fileName = basename(file);
  const { text, ...extraction } = extract(bytes, { ...context, fileName, hints });
  return importExtraction(db, { extraction, rawText: text, fileName, actor, url: hints.url ?? null });
}

async function importOne(
  db: Db,
  context: IngestContext,
  file: string,
  actor: string | undefined,
  hints: SourceHints,
): Promise<FileOutcome> {
  try {
    return { file, ok: true, report: await importFile(db, context, file, actor, hints) };
  } catch (err) {
    return { file, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

export interface ImportOptions {
  hints?: SourceHints;
  /** Who imports (recorded in the audit log); none for the server's own build from data/. */
  actor?: string;
  onProgress?: (done: number, total: number, outcome: FileOutcome) => void;
}

/** A SQLite file's path, or either engine's store (openStore). */
export type ImportTarget = string | StoreConfig;

/**
 * Load data/ and import `files` into the database (a SQLite file's path, or a store of either
 * engine): the data load's report and one outcome per file.
 */
export async function importAll(
  target: ImportTarget,
  dataDir: string,
  files: string[],
  options: ImportOptions = {},
): Promise<{ data: LoadReport; outcomes: FileOutcome[] }> {
  const bundle = readData(dataDir);
  const context = ingestContextOf(bundle);
  const store = await openStore(typeof target === 'string' ? { engine: 'sqlite', path: target } : target);
  const outcomes: FileOutcome[] = [];
  try {
    // Places, themes and indicators must be there before any article can point at them.
    const data = await loadData(store.db, bundle);
    for (const file of files) {
      const outcome = await importOne(store.db, context, file, options.actor, options.hints ?? {});
      outcomes.push(outcome);
      options.onProgress?.(outcomes.length, files.length, outcome);
    }
    // PostgreSQL's statistics catch up with what was just written (docs/decisions/016).
    if (outcomes.some((o) => o.ok && o.report.status !== 'unchanged')) await settleAfterBulkImport(store.db);
    return { data, outcomes };
  } finally {
    await store.close();
  }
}

/** `ingest import`'s loop (and the benches'): as importAll, recorded as the CLI's work. */
export async function importFiles(
  target: ImportTarget,
  dataDir: string,
  files: string[],
  hints: SourceHints = {},
  onProgress: ImportOptions['onProgress'] = () => {},
): Promise<FileOutcome[]> {
  return (await importAll(target, dataDir, files, { hints, actor: 'cli', onProgress })).outcomes;
}
