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
import { createDb, listIndicators, listRegions } from '@ipb/db';
import { createGazetteer, type JobKind, type JobProgress } from '@ipb/domain';
import { type IngestContext, loadIngestContext } from '@ipb/ingest';
import { problemBody } from '../lib/http-problem';
import { JOB_WORK, type JobContext, type JobInputs } from './job-kinds';
import { problemOf } from './job-problems';

const { databasePath, dataDir } = workerData as { databasePath: string; dataDir: string };
const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread (jobs/job-runner.ts starts it)');
const handle = createDb(databasePath);

let ingest: Promise<IngestContext> | undefined;
let csv: ReturnType<JobContext['csvContext']> | undefined;
/** Read before a job runs (the catalogue is async), so the job's own code can take it synchronously. */
async function loadCsvContext(): Promise<void> {
  if (csv) return;
  const gazetteer = createGazetteer(listRegions(handle.db));
  const indicators = await listIndicators(handle.engine);
  csv = { resolveRegion: (q) => gazetteer.resolve(q), indicators: new Map(indicators.map((i) => [i.id, i])) };
}
const csvContext = () => csv as NonNullable<typeof csv>;

let granted: (() => void) | null = null;

async function run(jobId: string, kind: JobKind, input: JobInputs[JobKind]) {
  const ctx: JobContext = {
    handle,
    ingestContext: () => (ingest ??= loadIngestContext(dataDir)),
    csvContext,
    lock: () =>
      new Promise<void>((resolve) => {
        granted = resolve;
        port?.postMessage({ type: 'lock', jobId });
      }),
    progress: (progress: JobProgress) => port?.postMessage({ type: 'progress', jobId, progress }),
  };
  try {
    await loadCsvContext();
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
