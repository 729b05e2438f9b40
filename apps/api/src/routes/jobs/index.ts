/** GET /api/jobs/:id — the state of an import running off the event loop (202 answers point here). */
import { JobParamsSchema, JobSchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpProblem } from '../../plugins/problem';

const jobs: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/jobs/:id',
    {
      config: { role: 'editor' },
      schema: {
        operationId: 'getJob',
        summary: 'An import or upload running as a job: its progress, then its result or problem',
        params: JobParamsSchema,
        response: { 200: JobSchema },
      },
    },
    async (request, reply) => {
      const user = request.user;
      const job = await app.jobs.get(request.params.id, user?.id ?? 0, user?.role === 'admin');
      if (!job)
        throw new HttpProblem(
          404,
          'Unknown job',
          `There is no job ${request.params.id} of yours. Finished jobs are kept for an hour.`,
          { code: 'unknown-job' },
        );
      // The status changes while the job runs: never answer it from a cache.
      reply.header('cache-control', 'no-store');
      return job;
    },
  );
};
export default jobs;
