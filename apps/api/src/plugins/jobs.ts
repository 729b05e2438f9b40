/**
 * The write lock every write of the API takes its turn in (jobs/write-lock.ts), and the import
 * worker's job queue (jobs/job-runner.ts). `app.runJob` is how a route runs heavy work: answered
 * when done for a payload up to JOB_THRESHOLD_BYTES, 202 with the job to poll above it.
 */

import type { StoreConfig } from '@ipb/db';
import { JOB_THRESHOLD_BYTES, type JobKind } from '@ipb/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { JobInputs } from '../jobs/job-kinds';
import { type JOB_LEASE, jobLeaseFromEnv, postgresQueue, sqliteQueue } from '../jobs/job-queue';
import { JobRunner } from '../jobs/job-runner';
import { WriteLock } from '../jobs/write-lock';

declare module 'fastify' {
  interface FastifyInstance {
    writes: WriteLock;
    jobs: JobRunner;
    /**
     * Run `kind` off the event loop. Small (`size` ≤ JOB_THRESHOLD_BYTES): resolves with the result
     * for the route to answer. Large: answers 202 with the job and resolves with `reply`.
     */
    runJob<K extends JobKind>(
      request: FastifyRequest,
      reply: FastifyReply,
      job: { kind: K; input: JobInputs[K]; size: number },
    ): Promise<{ accepted: true; reply: FastifyReply } | { accepted: false; result: unknown }>;
  }
}

/** After the database plugin: jobs are kept in its store. */
export interface JobsOptions {
  database: StoreConfig;
  /** PostgreSQL: how long a claim holds unrenewed, and how many claims a job gets (default: IPB_JOB_LEASE_MS, 30 s, 3). */
  jobLease?: typeof JOB_LEASE;
}

export default fp(async function jobsPlugin(app: FastifyInstance, opts: JobsOptions) {
  const writes = new WriteLock();
  const db = app.store.engine;
  const lease = opts.jobLease ?? jobLeaseFromEnv(process.env);
  const queue =
    opts.database.engine === 'sqlite' ? sqliteQueue(db, writes, app.log) : postgresQueue(db, app.log, lease);
  // SQLite: jobs a stopped process left unfinished are failed before any request asks for them.
  await queue.settled();
  const worker = { store: opts.database };
  const jobs = new JobRunner({ queue, worker, writes, log: app.log });
  app.decorate('writes', writes);
  app.decorate('jobs', jobs);
  app.decorate('runJob', async function runJob(request, reply, { kind, input, size }) {
    const { job, done } = await jobs.submit(kind, input, request.user?.id ?? 0);
    if (size > JOB_THRESHOLD_BYTES) {
      return { accepted: true as const, reply: reply.code(202).header('location', job.statusUrl).send(job) };
    }
    return { accepted: false as const, result: await done };
  });
  app.addHook('onClose', async () => jobs.close());
});
