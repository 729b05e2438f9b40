/**
 * Where jobs wait and where their state is kept (the `jobs` table, @ipb/db write/jobs.ts), one way
 * per engine (docs/decisions/016):
 * - SQLite (one process): jobs wait in this process's memory and run in the order they came; the
 *   table records each job in the background, in the write lock's turns, so a request never waits
 *   for an import's write to queue another, and a restart loses no finished job's status. Jobs a
 *   stopped process left unfinished are failed at start (their write was one transaction).
 * - PostgreSQL (several instances): a job waits in the table with its input; whichever instance's
 *   worker is free claims it (`FOR UPDATE SKIP LOCKED`), so each job runs once, on any instance.
 *   Progress is written as it comes, so every instance answers GET /api/jobs/:id alike. A claim is
 *   a lease the instance renews while the job runs (every third of its length); an instance that
 *   dies stops renewing, and once its lease has passed another instance claims the job again — its
 *   write was one transaction, so it starts from nothing. After `attempts` claims it is given up.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import {
  claimNextJob,
  createJob,
  type Db,
  failInterruptedJobs,
  finishJob,
  type Lease,
  readJob,
  renewJobLease,
  type StoredJob,
  saveJobProgress,
  startJob,
} from '@ipb/db';
import type { Job, JobKind, Problem } from '@ipb/domain';
import type { FastifyBaseLogger } from 'fastify';
import { HttpProblem, problemBody } from '../lib/http-problem';
import type { JobInputs } from './job-kinds';
import type { WriteLock } from './write-lock';

export interface Claimed {
  id: string;
  kind: JobKind;
  ownerId: number;
  createdAt: string;
  input: JobInputs[JobKind];
}

export interface JobQueue {
  /** Jobs run by more than this process: read them from the table, not from memory. */
  readonly shared: boolean;
  add(job: Job, ownerId: number, input: JobInputs[JobKind]): Promise<void>;
  /** The next job for this process's worker, now running; undefined when none waits. */
  next(): Promise<Claimed | undefined>;
  progress(job: Job): void;
  finish(job: Job): Promise<void>;
  read(id: string): Promise<StoredJob | undefined>;
  /** Resolves when every write of job state so far is done. */
  settled(): Promise<void>;
  /** This process stops: its claims are no longer renewed. */
  close(): void;
}

/** This process, as the table names who runs a job. */
const INSTANCE = `${hostname()}:${process.pid}`;

/** A claim holds this long unrenewed; a job is claimed at most this many times. */
export const JOB_LEASE = { ms: 30_000, attempts: 3 };

/** IPB_JOB_LEASE_MS sets the lease (tests of a dead instance make it short). */
export function jobLeaseFromEnv(env: NodeJS.ProcessEnv): typeof JOB_LEASE {
  const ms = Number(env.IPB_JOB_LEASE_MS);
  return Number.isInteger(ms) && ms > 0 ? { ...JOB_LEASE, ms } : JOB_LEASE;
}

export const ABANDONED: Problem = problemBody(
  new HttpProblem(
    503,
    'Import abandoned',
    'The servers running this job stopped each time before it ended, so it was given up. An import is ' +
      'written whole or not at all: send the file again (the same file is not imported twice).',
    { code: 'import-abandoned' },
  ),
);

export const INTERRUPTED: Problem = problemBody(
  new HttpProblem(
    503,
    'Import interrupted',
    'The server stopped before this job ended; nothing of it was written. Send the file again.',
    { code: 'import-interrupted' },
  ),
);

const endOf = (job: Job) => ({
  status: job.status as 'done' | 'failed',
  progress: job.progress,
  result: job.result,
  problem: job.problem,
});

/** Writes of job state, one after another, never failing the job they describe (logged instead). */
function writer(log: FastifyBaseLogger, turn: <T>(write: () => Promise<T>) => Promise<T>) {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    write(what: string, write: () => Promise<unknown>): Promise<void> {
      const next = tail
        .then(() => turn(write))
        .then(
          () => undefined,
          (err) => log.error({ err }, `could not record ${what}`),
        );
      tail = next;
      return next;
    },
    settled: () => tail.then(() => undefined),
  };
}

export function sqliteQueue(db: Db, writes: WriteLock, log: FastifyBaseLogger): JobQueue {
  const waiting: Claimed[] = [];
  const saves = writer(log, (write) => writes.run(write));
  saves.write('interrupted jobs', () => failInterruptedJobs(db, INTERRUPTED));
  return {
    shared: false,
    async add(job, ownerId, input) {
      waiting.push({ id: job.id, kind: job.kind, ownerId, createdAt: job.createdAt, input });
      // The input stays in memory: the table has the job's state, for after a restart.
      void saves.write('a job', () =>
        createJob(db, { id: job.id, kind: job.kind, ownerId, input: {} }, new Date(job.createdAt)),
      );
    },
    async next() {
      const claimed = waiting.shift();
      if (claimed) void saves.write('a job start', () => startJob(db, claimed.id, INSTANCE));
      return claimed;
    },
    progress: () => undefined,
    finish: (job) =>
      saves.write('a job end', () => finishJob(db, job.id, endOf(job), new Date(job.finishedAt ?? Date.now()))),
    read: (id) => readJob(db, id),
    settled: saves.settled,
    close: () => undefined,
  };
}

/** Renew the lease of each job this instance runs, every third of its length, until it ends. */
function renewals(db: Db, claimedBy: string, ms: number, log: FastifyBaseLogger) {
  const timers = new Map<string, NodeJS.Timeout>();
  const stop = (id: string) => {
    clearInterval(timers.get(id));
    timers.delete(id);
  };
  const renew = async (id: string) => {
    try {
      if (await renewJobLease(db, id, claimedBy, new Date(Date.now() + ms))) return;
      // Ended, or claimed again elsewhere after this instance missed its renewals: the table decides.
      log.warn({ job: id }, 'a job’s lease was no longer this instance’s');
      stop(id);
    } catch (err) {
      log.error({ err, job: id }, 'could not renew a job’s lease');
    }
  };
  return {
    keep(id: string) {
      const timer = setInterval(() => void renew(id), Math.max(1, Math.floor(ms / 3)));
      timer.unref();
      timers.set(id, timer);
    },
    stop,
    stopAll: () => {
      for (const id of [...timers.keys()]) stop(id);
    },
  };
}

export function postgresQueue(db: Db, log: FastifyBaseLogger, lease: Omit<Lease, 'problem'>): JobQueue {
  const saves = writer(log, (write) => write());
  // Two apps in one process (tests) are two instances.
  const instance = `${INSTANCE}:${randomBytes(3).toString('hex')}`;
  const leases = renewals(db, instance, lease.ms, log);
  return {
    shared: true,
    async add(job, ownerId, input) {
      const { bytes, ...rest } = input as { bytes?: Uint8Array };
      const at = new Date(job.createdAt);
      await createJob(db, { id: job.id, kind: job.kind, ownerId, input: rest, bytes: bytes ?? null }, at);
    },
    async next() {
      const claimed = await claimNextJob(db, instance, { ...lease, problem: ABANDONED });
      if (!claimed) return undefined;
      leases.keep(claimed.id);
      const { bytes, input, attempts: _attempts, ...rest } = claimed;
      return { ...rest, input: (bytes ? { ...input, bytes } : input) as JobInputs[JobKind] };
    },
    progress: (job) => {
      const progress = { ...job.progress };
      void saves.write('a job’s progress', () => saveJobProgress(db, job.id, progress));
    },
    finish: (job) => {
      leases.stop(job.id);
      return saves.write('a job end', () => finishJob(db, job.id, endOf(job), new Date(job.finishedAt ?? Date.now())));
    },
    read: (id) => readJob(db, id),
    settled: saves.settled,
    close: leases.stopAll,
  };
}
