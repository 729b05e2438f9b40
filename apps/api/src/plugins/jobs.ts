/**
 * The write lock every write of the API takes its turn in (jobs/write-lock.ts), and the import
 * worker's job queue (jobs/job-runner.ts). `app.runJob` is how a route runs heavy work: answered
 * when done for a payload up to JOB_THRESHOLD_BYTES, 202 with the job to poll above it.
 */
import { JOB_THRESHOLD_BYTES, type JobKind } from '@ipb/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { JobInputs } from '../jobs/job-kinds';
import { JobRunner } from '../jobs/job-runner';
import { WriteLock } from '../jobs/write-lock';
import { notOnPostgresYet } from '../lib/not-on-postgres';

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

/** `databasePath` null: the store is PostgreSQL, where the import worker cannot write yet. */
export default fp(async function jobsPlugin(
  app: FastifyInstance,
  opts: { databasePath: string | null; dataDir: string },
) {
  const { databasePath } = opts;
  const writes = new WriteLock();
  const jobs = new JobRunner({ databasePath: databasePath ?? '', dataDir: opts.dataDir, writes, log: app.log });
  app.decorate('writes', writes);
  app.decorate('jobs', jobs);
  app.decorate('runJob', async function runJob(request, reply, { kind, input, size }) {
    if (databasePath === null) throw notOnPostgresYet('Importing files');
    const { job, done } = jobs.submit(kind, input, request.user?.id ?? 0);
    if (size > JOB_THRESHOLD_BYTES) {
      return { accepted: true as const, reply: reply.code(202).header('location', job.statusUrl).send(job) };
    }
    return { accepted: false as const, result: await done };
  });
  app.addHook('onClose', async () => jobs.close());
});
