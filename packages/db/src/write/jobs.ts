/**
 * Import and upload jobs in the database (docs/decisions/016), so every API instance answers
 * GET /api/jobs/:id and a restart loses no status. A job is queued with its input (the bytes as
 * base64 beside the rest as JSON), claimed once by whichever instance's worker is free, and ends
 * done with its result or failed with its problem; its input is dropped when it ends.
 * On PostgreSQL the claim skips rows another instance is claiming (`FOR UPDATE SKIP LOCKED`), so two
 * instances never run one job; SQLite has one writer, so its claim needs no such clause.
 * A claim is a lease (`claimed_until`) that its instance renews while the job runs: a job whose
 * instance died is claimed again once the lease has passed, and given up after `attempts` claims.
 * Its end is written once: a second instance's end of a job already ended is not kept.
 */
import type { Job, JobKind, JobProgress, Problem } from '@ipb/domain';
import type { Db } from '../engine/db';
import { perEngine } from '../engine/dialect';
import { query } from '../engine/query';

export interface QueuedJob {
  id: string;
  kind: JobKind;
  ownerId: number;
  /** The input but its bytes. */
  input: Record<string, unknown>;
  /** The input's bytes, if it has any. */
  bytes: Uint8Array | null;
  createdAt: string;
}

export interface StoredJob {
  job: Job;
  ownerId: number;
}

const QUEUED: JobProgress = { phase: 'queued', done: 0, total: null };

const INSERT = query(`INSERT INTO jobs (id, kind, status, owner_id, input, payload, progress, created_at)
  VALUES (?, ?, 'queued', ?, ?, ?, ?, ?)`);
/** Waiting, or running under a lease that has passed (its instance stopped renewing it). */
const CLAIMABLE = "(status = 'queued' OR (status = 'running' AND claimed_until < ?))";
const claim = (lock: string, input: string) => `UPDATE jobs SET status = 'running', claimed_by = ?, started_at = ?,
  claimed_until = ?, attempts = attempts + 1
  WHERE id = (SELECT id FROM jobs WHERE ${CLAIMABLE} ORDER BY created_at, id LIMIT 1${lock}) AND ${CLAIMABLE}
  RETURNING id, kind, owner_id AS "ownerId", ${input} AS input, payload, created_at AS "createdAt", attempts`;
const CLAIM = query({
  sqlite: claim('', 'input'),
  postgres: claim(' FOR UPDATE SKIP LOCKED', 'input::text'),
});
const RENEW = query("UPDATE jobs SET claimed_until = ? WHERE id = ? AND claimed_by = ? AND status = 'running'");
const GIVE_UP = query(`UPDATE jobs SET status = 'failed', problem = ?, finished_at = ?, input = NULL, payload = NULL
  WHERE status = 'running' AND claimed_until < ? AND attempts >= ?`);
const START = query(
  "UPDATE jobs SET status = 'running', claimed_by = ?, started_at = ? WHERE id = ? AND status = 'queued'",
);
const PROGRESS = query("UPDATE jobs SET progress = ? WHERE id = ? AND status = 'running'");
const FINISH = query(`UPDATE jobs SET status = ?, progress = ?, result = ?, problem = ?, finished_at = ?,
  input = NULL, payload = NULL WHERE id = ? AND status IN ('queued', 'running')`);
const READ = perEngine(
  (d) => `SELECT id, kind, status, owner_id AS "ownerId", ${d.json('progress')} AS progress,
  ${d.json('result')} AS result, ${d.json('problem')} AS problem, created_at AS "createdAt",
  finished_at AS "finishedAt" FROM jobs WHERE id = ?`,
);
const INTERRUPTED = query(`UPDATE jobs SET status = 'failed', problem = ?, finished_at = ?, input = NULL,
  payload = NULL WHERE status IN ('queued', 'running')`);

const text = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
const parsed = (v: string | null) => (v === null ? null : JSON.parse(v));

/** Queue a job with its input; `bytes` (a document or CSV file) are kept apart from the rest. */
export async function createJob(
  db: Db,
  job: { id: string; kind: JobKind; ownerId: number; input: Record<string, unknown>; bytes?: Uint8Array | null },
  now = new Date(),
): Promise<void> {
  const payload = job.bytes ? Buffer.from(job.bytes).toString('base64') : null;
  await db.run(INSERT, [job.id, job.kind, job.ownerId, text(job.input), payload, text(QUEUED), now.toISOString()]);
}

export interface Lease {
  /** How long a claim holds without being renewed. */
  ms: number;
  /** Claims a job may have; one whose lease passes after the last is failed with `problem`. */
  attempts: number;
  problem: Problem;
}

/**
 * The oldest job waiting, or left by an instance whose lease passed, now running for `claimedBy`
 * under a new lease; undefined when there is none. Each job is claimed by one instance at a time.
 * Jobs whose last allowed lease has passed are failed first.
 */
export async function claimNextJob(
  db: Db,
  claimedBy: string,
  lease: Lease,
  now = new Date(),
): Promise<(QueuedJob & { attempts: number }) | undefined> {
  const at = now.toISOString();
  await db.run(GIVE_UP, [text(lease.problem), at, at, lease.attempts]);
  const until = new Date(now.getTime() + lease.ms).toISOString();
  const row = await db.get<{
    id: string;
    kind: JobKind;
    ownerId: number;
    input: string | null;
    payload: string | null;
    createdAt: string;
    attempts: number;
  }>(CLAIM, [claimedBy, at, until, at, at]);
  if (!row) return undefined;
  const { payload, input, ...rest } = row;
  const bytes = payload === null ? null : new Uint8Array(Buffer.from(payload, 'base64'));
  return { ...rest, input: parsed(input) ?? {}, bytes };
}

/** The claim of `claimedBy` on job `id` extended to `until`; false if it is no longer theirs to run. */
export async function renewJobLease(db: Db, id: string, claimedBy: string, until: Date): Promise<boolean> {
  return (await db.run(RENEW, [until.toISOString(), id, claimedBy])).changes === 1;
}

/** Job `id`, queued, now running for `claimedBy` (SQLite's one process runs its jobs in the order it queued them). */
export async function startJob(db: Db, id: string, claimedBy: string, now = new Date()): Promise<void> {
  await db.run(START, [claimedBy, now.toISOString(), id]);
}

export async function saveJobProgress(db: Db, id: string, progress: JobProgress): Promise<void> {
  await db.run(PROGRESS, [text(progress), id]);
}

/** A job ends, with its result (done) or its problem (failed); its input is dropped. */
export async function finishJob(
  db: Db,
  id: string,
  end: { status: 'done' | 'failed'; progress: JobProgress; result: unknown; problem: Problem | null },
  now = new Date(),
): Promise<void> {
  const params = [end.status, text(end.progress), text(end.result), text(end.problem), now.toISOString(), id];
  await db.run(FINISH, params);
}

export async function readJob(db: Db, id: string): Promise<StoredJob | undefined> {
  const row = await db.get<
    Omit<Job, 'progress' | 'result' | 'problem' | 'statusUrl'> & {
      ownerId: number;
      progress: string;
      result: string | null;
      problem: string | null;
    }
  >(READ, [id]);
  if (!row) return undefined;
  const { ownerId, progress, result, problem, ...rest } = row;
  const job: Job = {
    ...rest,
    progress: JSON.parse(progress),
    result: parsed(result),
    problem: parsed(problem),
    statusUrl: `/api/jobs/${row.id}`,
  };
  return { job, ownerId };
}

/**
 * Jobs left queued or running by a process that ended (SQLite's one process, at its start) failed
 * with `problem`: each write is one transaction, so nothing of them was written.
 */
export async function failInterruptedJobs(db: Db, problem: Problem, now = new Date()): Promise<number> {
  return (await db.run(INTERRUPTED, [text(problem), now.toISOString()])).changes;
}
