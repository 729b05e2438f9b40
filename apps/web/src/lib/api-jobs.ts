/**
 * Writes the API may answer with 202 Accepted and a job (a large upload or CSV import runs off the
 * server's event loop, issue 11): send, and if a job comes back, poll its status until it is done,
 * then hand back what the write would have answered at once — or its problem, as an ApiError.
 */
import { type Job, JobSchema } from '@ipb/domain';
import { apiGet, problemError } from './api-client';
import type { Send, SendBody, SendMethod } from './api-send';

interface Parser<T> {
  parse(data: unknown): T;
}

/** How long to wait between two looks at a running job. */
export const JOB_POLL_MS = 1000;

type Answer<T> = { result: T } | { job: Job };

const orJob = <T>(schema: Parser<T>): Parser<Answer<T>> => ({
  parse(data) {
    const job = JobSchema.safeParse(data);
    return job.success ? { job: job.data } : { result: schema.parse(data) };
  },
});

export async function sendAndWait<T>(
  send: Send,
  method: SendMethod,
  path: string,
  body: SendBody,
  schema: Parser<T>,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  const answer = await send(method, path, body, orJob(schema));
  if ('result' in answer) return answer.result;
  let job = answer.job;
  while (job.status === 'queued' || job.status === 'running') {
    await wait(JOB_POLL_MS);
    job = await apiGet(`/jobs/${job.id}`, JobSchema);
  }
  if (job.status === 'failed')
    throw problemError(job.problem, job.problem?.status ?? 500, 'Import failed', `${method} ${path}`);
  return schema.parse(job.result);
}
