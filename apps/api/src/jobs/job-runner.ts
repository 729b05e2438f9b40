/**
 * The main thread's side of the import worker: a queue of jobs run one at a time in one worker
 * thread (started on first use, started again if it dies), their status for GET /api/jobs/:id, and
 * the write lock lent to a job for its write. Jobs live in memory: a job cut short by a restart left
 * nothing behind (its write is one transaction), and sending the same file again is safe (an import
 * is identified by its content).
 */
import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Job, JobKind, JobProgress, Problem } from '@ipb/domain';
import type { FastifyBaseLogger } from 'fastify';
import { HttpProblem, problemBody, problemFromBody } from '../lib/http-problem';
import type { JobInputs } from './job-kinds';
import type { WriteLock } from './write-lock';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);
/** Finished jobs are kept this long for polling. */
const KEEP_MS = 3_600_000;
/** More queued than this and new work is refused (503) rather than piled up. */
export const MAX_QUEUED = 20;

interface Running {
  job: Job;
  ownerId: number;
  input: JobInputs[JobKind];
  settle: { resolve(result: unknown): void; reject(problem: HttpProblem): void };
  release: (() => void) | null;
}

export class JobRunner {
  private worker: Worker | null = null;
  private readonly queue: Running[] = [];
  private current: Running | null = null;
  private readonly jobs = new Map<string, { job: Job; ownerId: number }>();
  private closed = false;
  private readonly watchers = new Set<() => void>();

  constructor(
    private readonly options: { databasePath: string; dataDir: string; writes: WriteLock; log: FastifyBaseLogger },
  ) {}

  /** Queue a job; `done` settles with its result, or rejects with its problem. */
  submit<K extends JobKind>(kind: K, input: JobInputs[K], ownerId: number): { job: Job; done: Promise<unknown> } {
    if (this.queue.length >= MAX_QUEUED)
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
    this.jobs.set(id, { job, ownerId });
    const done = new Promise<unknown>((resolve, reject) => {
      this.queue.push({ job, ownerId, input, settle: { resolve, reject }, release: null });
    });
    // A job polled later is awaited by nobody: its failure is in its status, not an unhandled rejection.
    done.catch(() => {});
    this.pump();
    return { job, done };
  }

  /** The job, if it exists and `userId` may see it (its owner, or an admin). */
  get(id: string, userId: number, admin: boolean): Job | undefined {
    const entry = this.jobs.get(id);
    return entry && (admin || entry.ownerId === userId) ? entry.job : undefined;
  }

  /** Resolves once the job's state satisfies `until` (tests and scripts wait on conditions, not clocks). */
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
    await this.worker?.terminate();
    this.worker = null;
  }

  private forgetOld() {
    const before = new Date(Date.now() - KEEP_MS).toISOString();
    for (const [id, { job }] of this.jobs) if (job.finishedAt && job.finishedAt < before) this.jobs.delete(id);
  }

  private pump() {
    if (this.current || this.closed) return;
    const next = this.queue.shift();
    if (!next) return;
    this.current = next;
    next.job.status = 'running';
    this.ensureWorker().postMessage({ type: 'run', jobId: next.job.id, kind: next.job.kind, input: next.input });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(ENTRY, {
      workerData: { databasePath: this.options.databasePath, dataDir: this.options.dataDir },
    });
    worker.unref();
    worker.on('message', (message) => this.onMessage(message));
    worker.on('error', (err) => this.options.log.error({ err }, 'import worker failed'));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = null;
      if (!this.closed)
        this.finish(null, { type: 'failed', internal: `the import worker exited with code ${code}` }, true);
    });
    this.worker = worker;
    return worker;
  }

  private onMessage(message: {
    type: string;
    jobId: string;
    progress?: JobProgress;
    result?: unknown;
    problem?: Problem | null;
    internal?: string;
  }) {
    const running = this.current;
    if (!running || running.job.id !== message.jobId) return;
    if (message.type === 'progress' && message.progress) running.job.progress = message.progress;
    else if (message.type === 'lock') void this.lend(running);
    else if (message.type === 'done' || message.type === 'failed') this.finish(running, message, false);
    this.notify();
  }

  private notify() {
    for (const check of [...this.watchers]) check();
  }

  private async lend(running: Running) {
    running.release = await this.options.writes.acquire();
    // The job may have ended while waiting (its worker died): give the turn back at once.
    if (this.current !== running) return running.release();
    this.worker?.postMessage({ type: 'locked', jobId: running.job.id });
  }

  private finish(
    running: Running | null,
    message: { type: string; result?: unknown; problem?: Problem | null; internal?: string },
    crashed: boolean,
  ) {
    const current = running ?? this.current;
    if (!current) return;
    current.release?.();
    this.current = null;
    const { job } = current;
    job.finishedAt = new Date().toISOString();
    if (message.type === 'done') {
      job.status = 'done';
      job.progress = { phase: 'done', done: job.progress.total ?? 0, total: job.progress.total };
      job.result = message.result ?? null;
      current.settle.resolve(job.result);
    } else {
      if (!message.problem) this.options.log.error({ job: job.id, kind: job.kind, crashed }, message.internal);
      const problem = message.problem
        ? problemFromBody(message.problem)
        : new HttpProblem(
            500,
            'Import failed',
            'The import could not be completed and nothing was written. It has been logged; try again.',
            {
              code: 'import-failed',
            },
          );
      job.status = 'failed';
      job.problem = problemBody(problem);
      current.settle.reject(problem);
    }
    this.notify();
    this.pump();
  }
}
