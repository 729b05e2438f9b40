/**
 * What each kind of job does, in the import worker. Each reads and checks its input without the
 * write lock, takes the API's write turn (`lock`) only to write, and returns what the synchronous
 * route answers. The database write paths are the same functions the CLI and tests call.
 */
import {
  type CsvContext,
  confirmUpload,
  createPendingUpload,
  type Db,
  getPendingUpload,
  prepareBureauMeasuresCsv,
  prepareObservationsCsv,
  uploadPreview,
  writeBureauMeasuresCsv,
  writeObservationsCsv,
} from '@ipb/db';
import type { JobKind, JobProgress, Region, SourceHints } from '@ipb/domain';
import { decodeInput, extract, type IngestContext } from '@ipb/ingest';

export interface JobContext {
  /** The store, on either engine (docs/decisions/016). */
  db: Db;
  ingestContext(): Promise<IngestContext>;
  csvContext(): Promise<CsvContext>;
  /** Wait for the API's write turn; it is held until the job ends. */
  lock(): Promise<void>;
  progress(progress: JobProgress): void;
}

export interface JobInputs {
  upload: { bytes: Uint8Array; fileName: string | null; hints: SourceHints; uploadedBy: number };
  confirm: { uploadId: number; actor: string; replaceNewer: boolean };
  'observations-csv': { bytes: Uint8Array; fileName: string | null; actor: string };
  'observations-csv-preview': { bytes: Uint8Array; fileName: string | null };
  'measures-csv': { bytes: Uint8Array; fileName: string | null; actor: string; replace: number | null };
}

async function upload(ctx: JobContext, input: JobInputs['upload']) {
  ctx.progress({ phase: 'reading', done: 0, total: input.bytes.length });
  const bytes = Buffer.from(input.bytes);
  const ingest = await ctx.ingestContext();
  // Decoded once, by extract: its text is what the spans index and what the preview keeps.
  const { text, ...extraction } = extract(bytes, {
    ...ingest,
    fileName: input.fileName ?? undefined,
    hints: input.hints,
  });
  await ctx.lock();
  const { id } = await createPendingUpload(ctx.db, {
    fileName: input.fileName,
    sha256: extraction.source.sha256,
    rawText: text,
    extraction,
    uploadedBy: input.uploadedBy,
  });
  const names = new Map(ingest.regions.map((r) => [r.code, r.nameEn]));
  const pending = await getPendingUpload(ctx.db, id);
  if (!pending) throw new Error(`upload ${id} vanished as it was stored`);
  return uploadPreview(ctx.db, pending, (code) => names.get(code) ?? null);
}

async function confirm(ctx: JobContext, input: JobInputs['confirm']) {
  await ctx.lock();
  ctx.progress({ phase: 'writing', done: 0, total: null });
  const report = await confirmUpload(ctx.db, {
    id: input.uploadId,
    actor: input.actor,
    replaceNewer: input.replaceNewer,
  });
  return {
    sourceId: report.sourceId,
    status: report.status,
    articles: report.articles,
    measures: report.measures,
    observations: report.observations,
  };
}

function decodeCsv(ctx: JobContext, bytes: Uint8Array): string {
  ctx.progress({ phase: 'reading', done: 0, total: bytes.length });
  return decodeInput(Buffer.from(bytes)).text;
}

async function observationsCsv(ctx: JobContext, input: JobInputs['observations-csv']) {
  const text = decodeCsv(ctx, input.bytes);
  ctx.progress({ phase: 'validating', done: 0, total: null });
  const prepared = await prepareObservationsCsv(ctx.db, { text, fileName: input.fileName }, await ctx.csvContext());
  const total = prepared.counts.new;
  ctx.progress({ phase: 'waiting', done: 0, total });
  await ctx.lock();
  return writeObservationsCsv(ctx.db, prepared, { text, ...input }, (done) =>
    ctx.progress({ phase: 'writing', done, total }),
  );
}

/** A row-by-row preview of a figures CSV: reads only, so it never waits for the write turn. */
async function observationsCsvPreview(ctx: JobContext, input: JobInputs['observations-csv-preview']) {
  const text = decodeCsv(ctx, input.bytes);
  ctx.progress({ phase: 'validating', done: 0, total: null });
  const { checked: _checked, ...preview } = await prepareObservationsCsv(
    ctx.db,
    { text, fileName: input.fileName },
    await ctx.csvContext(),
  );
  return preview;
}

async function measuresCsv(ctx: JobContext, input: JobInputs['measures-csv']) {
  const text = decodeCsv(ctx, input.bytes);
  ctx.progress({ phase: 'validating', done: 0, total: null });
  const csv = await ctx.csvContext();
  const resolve = (q: string): Region | undefined => csv.resolveRegion(q);
  const prepared = prepareBureauMeasuresCsv(text, resolve);
  ctx.progress({ phase: 'waiting', done: 0, total: prepared.rows.length });
  await ctx.lock();
  ctx.progress({ phase: 'writing', done: 0, total: prepared.rows.length });
  return writeBureauMeasuresCsv(ctx.db, prepared, input);
}

export const JOB_WORK: { [K in JobKind]: (ctx: JobContext, input: JobInputs[K]) => Promise<unknown> } = {
  upload,
  confirm,
  'observations-csv': observationsCsv,
  'observations-csv-preview': observationsCsvPreview,
  'measures-csv': measuresCsv,
};
