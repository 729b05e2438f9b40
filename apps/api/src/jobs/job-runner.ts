/**
 * The main thread's side of the import worker: jobs run one at a time in one worker thread
 * (started on first use, started again if it dies), the write lock lent to a job for its write, and
 * each job's state for GET /api/jobs/:id. Where jobs wait and where their state is kept is the
 * queue's (job-queue.ts: memory and the `jobs` table on SQLite, the table shared by every instance
 * on PostgreSQL). A job cut short left nothing behind (its write is one transaction), and sending
 * the same file again is safe (an import is identified by its content).
 */
import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { StoreConfig } from '@ipb/db';
import type { Job, JobKind, JobProgress, Problem } from '@ipb/domain';
import type { FastifyBaseLogger } from 'fastify';
import { HttpProblem, problemBody, problemFromBody } from '../lib/http-problem';
import type { JobInputs } from './job-kinds';
import type { Claimed, JobQueue } from './job-queue';
import type { WriteLock } from './write-lock';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);
/** Finished jobs are kept in memory this long (the table keeps them as long: housekeeping). */
const KEEP_MS = 3_600_000;
/** More queued than this and new work is refused (503) rather than piled up. */
export const MAX_QUEUED = 20;
/** PostgreSQL: how often an idle instance looks for jobs other instances queued, and for the end of its own jobs run elsewhere. */
const POLL_MS = 500;

interface Entry {
  job: Job;
  ownerId: number;
  /** Run by this process's worker: its state here is the newest. */
  runsHere: boolean;
  settle?: { resolve(result: unknown): void; reject(problem: HttpProblem): void };
}

type Message = {
  type: string;
  jobId: string;
  progress?: JobProgress;
  result?: unknown;
  problem?: Problem | null;
  internal?: string;
};

export class JobRunner {
  private worker: Worker | null = null;
  private current: { entry: Entry; release: (() => void) | null } | null = null;
  private claiming = false;
  private readonly jobs = new Map<string, Entry>();
  private closed = false;
  private readonly watchers = new Set<() => void>();
  private readonly timer: NodeJS.Timeout | null;

  constructor(
    private readonly options: {
      queue: JobQueue;
      worker: { store: StoreConfig };
      writes: WriteLock;
      log: FastifyBaseLogger;
    },
  ) {
    this.timer = options.queue.shared ? setInterval(() => this.poll(), POLL_MS) : null;
    this.timer?.unref();
  }

  /** Queue a job; `done` settles with its result, or rejects with its problem. */
  async submit<K extends JobKind>(kind: K, input: JobInputs[K], ownerId: number) {
    const queued = [...this.jobs.values()].filter((e) => e.job.status === 'queued' && !e.runsHere).length;
    if (queued >= MAX_QUEUED)
      throw new HttpProblem(503, 'Busy', `${MAX_QUEUED} imports are waiting; try again in a minute.`, {
        code: 'imports-busy',
        headers: { 'retry-after': '60' },
      });
    const id = randomBytes(16).toString('base64url');
    const job: Job = {
      id,
      kind,
      status: 'queued',
      progress: { phase: 'queued', done: 0, total: null },
      createdAt: new Date().toISOString(),
      finishedAt: null,
      result: null,
      problem: null,
      statusUrl: `/api/jobs/${id}`,
    };
    this.forgetOld();
    const entry: Entry = { job, ownerId, runsHere: false };
    const done = new Promise<unknown>((resolve, reject) => {
      entry.settle = { resolve, reject };
    });
    // A job polled later is awaited by nobody: its failure is in its status, not an unhandled rejection.
    done.catch(() => {});
    await this.options.queue.add(job, ownerId, input);
    this.jobs.set(id, entry);
    this.pump();
    return { job, done };
  }

  /** The job, if it exists and `userId` may see it (its owner, or an admin). */
  async get(id: string, userId: number, admin: boolean): Promise<Job | undefined> {
    const here = this.jobs.get(id);
    const fresh = here && (here.runsHere || !this.options.queue.shared) ? here : await this.options.queue.read(id);
    const entry = fresh ?? here;
    return entry && (admin || entry.ownerId === userId) ? entry.job : undefined;
  }

  /** Resolves once the state of a job of this process satisfies `until` (tests wait on conditions, not clocks). */
  watch(id: string, until: (job: Job) => boolean): Promise<Job> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const job = this.jobs.get(id)?.job;
        if (!job) {
          this.watchers.delete(check);
          reject(new Error(`no job ${id}`));
        } else if (until(job)) {
          this.watchers.delete(check);
          resolve(job);
        }
      };
      this.watchers.add(check);
      check();
    });
  }

  /** Start the worker before the first job needs it (the server does, once listening). */
  warm(): void {
    if (!this.closed) this.ensureWorker();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.options.queue.close();
    await this.worker?.terminate();
    this.worker = null;
    await this.options.queue.settled();
  }

  private forgetOld() {
    const before = new Date(Date.now() - KEEP_MS).toISOString();
    for (const [id, { job }] of this.jobs) if (job.finishedAt && job.finishedAt < before) this.jobs.delete(id);
  }

  private pump() {
    if (this.current || this.claiming || this.closed) return;
    this.claiming = true;
    this.options.queue
      .next()
      .then((claimed) => {
        this.claiming = false;
        if (claimed && this.closed) return this.options.queue.finish(this.failedJob(claimed));
        if (claimed) this.start(claimed);
      })
      .catch((err) => {
        this.claiming = false;
        this.options.log.error({ err }, 'could not claim a job');
      });
  }

  private start(claimed: Claimed) {
    const { id, kind, ownerId, input } = claimed;
    const entry: Entry = this.jobs.get(id) ?? {
      job: { ...this.failedJob(claimed), problem: null, finishedAt: null },
      ownerId,
      runsHere: true,
    };
    entry.job.status = 'running';
    entry.runsHere = true;
    this.jobs.set(id, entry);
    this.current = { entry, release: null };
    this.ensureWorker().postMessage({ type: 'run', jobId: id, kind, input });
    this.notify();
  }

  /** A job claimed as this process stops: failed, so it does not stay running. */
  private failedJob(claimed: Claimed): Job {
    return {
      id: claimed.id,
      kind: claimed.kind,
      status: 'failed',
      progress: { phase: 'queued', done: 0, total: null },
      createdAt: claimed.createdAt,
      finishedAt: new Date().toISOString(),
      result: null,
      problem: problemBody(new HttpProblem(503, 'Server stopping', 'The server stopped; send the file again.')),
      statusUrl: `/api/jobs/${claimed.id}`,
    };
  }

  /** PostgreSQL: claim what other instances queued, and settle this instance's jobs that ran elsewhere. */
  private async poll() {
    this.pump();
    for (const entry of this.jobs.values()) {
      if (entry.runsHere || !entry.settle || entry.job.finishedAt) continue;
      const stored = await this.options.queue.read(entry.job.id).catch(() => undefined);
      if (stored?.job.finishedAt) this.settle(entry, stored.job);
    }
  }

  private settle(entry: Entry, job: Job) {
    Object.assign(entry.job, job);
    if (job.status === 'done') entry.settle?.resolve(job.result);
    else if (job.problem) entry.settle?.reject(problemFromBody(job.problem));
    this.notify();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(ENTRY, { workerData: this.options.worker });
    worker.unref();
    worker.on('message', (message) => this.onMessage(message));
    worker.on('error', (err) => this.options.log.error({ err }, 'import worker failed'));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = null;
      if (!this.closed)
        void this.finish({ type: 'failed', jobId: '', internal: `the import worker exited with code ${code}` });
    });
    this.worker = worker;
    return worker;
  }

  private onMessage(message: Message) {
    const running = this.current;
    if (!running || running.entry.job.id !== message.jobId) return;
    if (message.type === 'progress' && message.progress) {
      running.entry.job.progress = message.progress;
      this.options.queue.progress(running.entry.job);
    } else if (message.type === 'lock') void this.lend(running);
    else if (message.type === 'done' || message.type === 'failed') void this.finish(message);
    this.notify();
  }

  private notify() {
    for (const check of [...this.watchers]) check();
  }

  private async lend(running: NonNullable<JobRunner['current']>) {
    running.release = await this.options.writes.acquire();
    // The job may have ended while waiting (its worker died): give the turn back at once.
    if (this.current !== running) return running.release();
    this.worker?.postMessage({ type: 'locked', jobId: running.entry.job.id });
  }

  private async finish(message: Message) {
    const current = this.current;
    if (!current) return;
    current.release?.();
    this.current = null;
    const { job } = current.entry;
    job.finishedAt = new Date().toISOString();
    if (message.type === 'done') {
      job.status = 'done';
      job.progress = { phase: 'done', done: job.progress.total ?? 0, total: job.progress.total };
      job.result = message.result ?? null;
    } else {
      if (!message.problem) this.options.log.error({ job: job.id, kind: job.kind }, message.internal);
      const problem = message.problem
        ? problemFromBody(message.problem)
        : new HttpProblem(
            500,
            'Import failed',
            'The import could not be completed and nothing was written. It has been logged; try again.',
            { code: 'import-failed' },
          );
      job.status = 'failed';
      job.problem = problemBody(problem);
    }
    // Recorded before it is answered: a job whose end was answered is a job any instance can show.
    await this.options.queue.finish(job);
    this.settle(current.entry, job);
    this.pump();
  }
}
