/**
 * The one import loop: every way bulletins come in from files — `ingest import`, the server's start
 * (buildDatabase), the benches and the tests — runs `importFiles`. data/ is read once (readData) and
 * the same bundle loads the curated tables and gives extraction its context; then each file is
 * extracted and written in one transaction per source. Same bytes again → unchanged; a new version
 * of the same issue → replaced (and said so). A file that cannot be read is reported and skipped;
 * the others go on. Uploads run the same extract → importExtraction pair through the API's jobs.
 * A folder of files runs on two threads (docs/decisions/014, eleventh session): a worker
 * (import-worker.ts) reads, hashes, extracts and cuts the search words of the next files while this
 * thread writes the current one; the writes, their order and what they write are the same. On a
 * SQLite file the WAL's checkpoints then run on a thread of their own as well (packages/db/src/
 * wal-checkpointer.ts, thirteenth session): they copy pages, the writer goes on.
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
  storedSha256s,
} from '@ipb/db';
import type { SourceHints } from '@ipb/domain';
import { extract, type IngestContext } from './extract';
import { ExtractionWorker } from './import-pipeline';
import type { Extracted } from './import-worker';
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
 * A file read and hashed ahead of its write; `extracted` when a worker extracts it meanwhile.
 * `unseen`: its hash was neither stored when the import began nor read earlier in it, so the write
 * asks for it inside its own transaction instead of before it (importExtraction's `unlessStored`).
 */
type Read =
  | { ok: false; error: string }
  | {
      ok: true;
      bytes: Buffer;
      sha: string;
      extracted?: (() => Promise<Extracted | null>) | undefined;
      unseen?: boolean;
    };

function read(file: string): Read {
  try {
    const bytes = readFileSync(file);
    return { ok: true, bytes, sha: sha256(bytes) };
  } catch (err) {
    return { ok: false, error: message(err) };
  }
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** A file's extraction on this thread (a file the worker did not extract), in the worker's shape. */
function extractHere(bytes: Buffer, context: IngestContext, fileName: string, hints: SourceHints) {
  const { text, ...extraction } = extract(bytes, { ...context, fileName, hints });
  return { extraction, text };
}

/**
 * Write one file in one transaction; throws when it cannot be read. Bytes already stored are not
 * extracted: extraction is deterministic, so the answer is "unchanged". The extraction and its
 * search words are the worker's when it made them; a file it did not extract (its bytes were
 * stored when read, or the worker failed) is extracted here.
 */
async function importRead(
  db: Db,
  context: IngestContext,
  file: string,
  actor: string | undefined,
  hints: SourceHints,
  input: Read,
): Promise<ImportReport> {
  if (!input.ok) throw new Error(input.error);
  // Bytes that may be stored are asked for before extracting (an all-unchanged folder writes nothing).
  // A new file's question is the write's first statement: on the writer's connection it costs a
  // tenth of what the reader's does just after a commit (the reader's page cache starts cold).
  if (!input.unseen) {
    const known = await sourceIdBySha256(db, input.sha);
    if (known !== null) return unchangedReport(known);
  }
  const fileName = basename(file);
  const ahead = input.extracted ? await input.extracted() : null;
  if (ahead && !ahead.ok) throw new Error(ahead.error);
  const { extraction, text } = ahead ?? extractHere(input.bytes, context, fileName, hints);
  // Without the worker's words the write cuts them itself.
  return importExtraction(db, {
    extraction,
    rawText: text,
    fileName,
    actor,
    url: hints.url ?? null,
    words: ahead?.words,
    unlessStored: input.unseen,
  });
}

async function importOne(
  db: Db,
  context: IngestContext,
  file: string,
  actor: string | undefined,
  hints: SourceHints,
  input: Read,
): Promise<FileOutcome> {
  try {
    return { file, ok: true, report: await importRead(db, context, file, actor, hints, input) };
  } catch (err) {
    return { file, ok: false, error: message(err) };
  }
}

/**
 * From how many files an import may extract in a worker thread. The worker starts on the first
 * file that needs extracting (a folder already stored, as the server's data/ at each start, never
 * starts it), and nothing waits for its start (import-pipeline.ts). That start costs about a
 * second of the other core's CPU (it loads extraction, which warms up again in its own isolate):
 * the time a few new files take on one thread, so below this many the worker would only burn it;
 * an upload is one file through the API's jobs.
 */
export const PIPELINE_MIN_FILES = 8;
/** Files read and extracted ahead of the one being written: the worker never waits, memory stays flat. */
const AHEAD = 3;

export interface ImportOptions {
  hints?: SourceHints;
  /** Who imports (recorded in the audit log); none for the server's own build from data/. */
  actor?: string;
  onProgress?: (done: number, total: number, outcome: FileOutcome) => void;
  /**
   * Extract in a worker thread beside the writes: by default for PIPELINE_MIN_FILES files or more.
   * `'wait'`: always, and every file the worker was given is written from its answer, even while
   * it starts (tests of the worker's path; an import need not wait).
   */
  pipeline?: boolean | 'wait';
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
  const hints = options.hints ?? {};
  const pipeline = options.pipeline ?? files.length >= PIPELINE_MIN_FILES;
  // On two threads the SQLite file's checkpoints get a thread of their own too (wal-checkpointer.ts):
  // off the writes, the import's critical path. One thread stays one thread.
  const store = await openStore(typeof target === 'string' ? { engine: 'sqlite', path: target } : target, {
    bulkImport: pipeline !== false,
  });
  // A holder, not a `let`: TypeScript would narrow a `let` assigned only in readAhead's closure to null here.
  const pipe: { worker: ExtractionWorker | null } = { worker: null };
  const outcomes: FileOutcome[] = [];
  try {
    // Places, themes and indicators must be there before any article can point at them.
    const data = await loadData(store.db, bundle);
    const wait = pipeline === 'wait';
    // Bytes stored, or read earlier in this import: not worth extracting ahead (the write decides).
    const seen = pipeline ? await storedSha256s(store.db) : new Set<string>();
    const ahead: Read[] = [];
    const readAhead = (i: number) => {
      const file = files[i];
      if (file === undefined) return;
      const input = read(file);
      if (pipeline && input.ok && !seen.has(input.sha)) {
        input.unseen = true;
        pipe.worker ??= new ExtractionWorker({ context, hints }, wait);
        const worker = pipe.worker;
        const answer = worker.give({ index: i, fileName: basename(file), bytes: input.bytes });
        input.extracted = () => worker.take(i, answer);
      }
      if (input.ok) seen.add(input.sha);
      ahead[i] = input;
    };
    // On one thread each file is read at its turn, as it always was.
    const lookahead = pipeline ? AHEAD : 0;
    for (let i = 0; i < lookahead; i++) readAhead(i);
    for (const [i, file] of files.entries()) {
      readAhead(i + lookahead);
      const outcome = await importOne(store.db, context, file, options.actor, hints, ahead[i] as Read);
      delete ahead[i];
      outcomes.push(outcome);
      options.onProgress?.(outcomes.length, files.length, outcome);
    }
    // PostgreSQL's statistics catch up with what was just written (docs/decisions/016).
    if (outcomes.some((o) => o.ok && o.report.status !== 'unchanged')) await settleAfterBulkImport(store.db);
    return { data, outcomes };
  } finally {
    await pipe.worker?.close();
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
