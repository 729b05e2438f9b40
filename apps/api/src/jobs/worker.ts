/**
 * The import worker: a thread with its own database connection, where uploads are extracted and
 * CSV files parsed, checked and written, so the server's event loop keeps answering readers
 * (issue 11: a 100,000-row import held every reader for 28 s). One job at a time; the main thread
 * (job-runner.ts) queues them and lends the write lock when a job asks for it.
 *
 * Messages in:  { type: 'run', jobId, kind, input } · { type: 'locked', jobId }
 * Messages out: { type: 'lock' | 'progress' | 'done' | 'failed', jobId, … }
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  allRegions,
  type CsvContext,
  createDb,
  type Db,
  listIndicators,
  listThemes,
  openStore,
  type StoreConfig,
} from '@ipb/db';
import { createGazetteer, type Indicator, type JobKind, type JobProgress, type Region, type Theme } from '@ipb/domain';
import type { IngestContext } from '@ipb/ingest';
import { problemBody } from '../lib/http-problem';
import { JOB_WORK, type JobContext, type JobInputs } from './job-kinds';
import { problemOf } from './job-problems';

const { store: config } = workerData as { store: StoreConfig };
const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread (jobs/job-runner.ts starts it)');
// The server migrated the database (and on SQLite refreshed its summaries): the worker only opens it.
const db: Db =
  config.engine === 'sqlite'
    ? createDb(config.path).engine
    : (await openStore(config, { migrate: false, poolSize: 2 })).db;

/**
 * Places, themes and indicators as the API knows them: the database's, the lists its routes read
 * too. data/ is read and validated once, by the load that put them there (server start or the
 * release step), so an instance needs no data/ of its own.
 */
let lists: Promise<{ regions: Region[]; themes: Theme[]; indicators: Indicator[] }> | undefined;
const listsOnce = () =>
  (lists ??= Promise.all([allRegions(db), listThemes(db), listIndicators(db)]).then(
    ([regions, themes, indicators]) => ({ regions, themes, indicators }),
  ));
const ingestContext = (): Promise<IngestContext> => listsOnce();
let csv: Promise<CsvContext> | undefined;
const csvContext = () =>
  (csv ??= listsOnce().then(({ regions, indicators }) => {
    const gazetteer = createGazetteer(regions);
    return {
      resolveRegion: (q: string) => gazetteer.resolve(q),
      indicators: new Map(indicators.map((i) => [i.id, i])),
    };
  }));

let granted: (() => void) | null = null;

async function run(jobId: string, kind: JobKind, input: JobInputs[JobKind]) {
  const ctx: JobContext = {
    db,
    ingestContext,
    csvContext,
    lock: () =>
      new Promise<void>((resolve) => {
        granted = resolve;
        port?.postMessage({ type: 'lock', jobId });
      }),
    progress: (progress: JobProgress) => port?.postMessage({ type: 'progress', jobId, progress }),
  };
  try {
    const work = JOB_WORK[kind] as (c: JobContext, i: JobInputs[JobKind]) => Promise<unknown>;
    port?.postMessage({ type: 'done', jobId, result: await work(ctx, input) });
  } catch (err) {
    const problem = problemOf(err);
    const internal = err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ''}` : String(err);
    port?.postMessage({ type: 'failed', jobId, problem: problem ? problemBody(problem) : null, internal });
  }
}

port.on('message', (message: { type: string; jobId: string; kind?: JobKind; input?: JobInputs[JobKind] }) => {
  if (message.type === 'locked') {
    const resolve = granted;
    granted = null;
    resolve?.();
  } else if (message.type === 'run' && message.kind && message.input) {
    void run(message.jobId, message.kind, message.input);
  }
});
