/**
 * Jobs in the database (write/jobs.ts), the same on both engines: queued with their input, claimed
 * once in the order they were queued, finished with a result or a problem (the input dropped),
 * read back by id, failed when a process left them running, and purged by housekeeping. On
 * PostgreSQL, claims from several connections at once (several instances) never take one job twice.
 * A claim is a lease: renewed, it holds; passed, the job is claimed again, and given up after the
 * last allowed claim (the clock is passed in, so no test waits for it).
 */
import { expect, it } from 'vitest';
import type { Db } from '../src/engine/db';
import { postgresDb } from '../src/engine/postgres';
import { JOB_KEEP_MS, purgeExpired } from '../src/write/housekeeping';
import {
  claimNextJob,
  createJob,
  failInterruptedJobs,
  finishJob,
  readJob,
  renewJobLease,
  saveJobProgress,
} from '../src/write/jobs';
import { describeOnBothEngines } from './support/both-engines';

const T0 = new Date('2026-12-06T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const GIVEN_UP = {
  type: 'about:blank',
  title: 'Import abandoned',
  status: 503,
  detail: 'gave up',
  code: 'import-abandoned',
};
const LEASE = { ms: 1000, attempts: 2, problem: GIVEN_UP };
const jobId = (name: string, n: number) => `${name}-job-${String(n).padStart(22 - name.length - 5, '0')}`;

describeOnBothEngines('jobs on both engines', (engines) => {
  const db = (name: string): Db => (name === 'sqlite' ? engines.sqlite.engine : postgresDb(engines.pool));

  it.each(['sqlite', 'postgres'])('%s: a job is queued, claimed once, and ends with its result', async (name) => {
    const id = jobId(name, 1);
    const bytes = new Uint8Array([0xe5, 0x91, 0xbc, 0, 255]);
    await createJob(db(name), { id, kind: 'upload', ownerId: 7, input: { fileName: '呼和浩特.txt' }, bytes }, T0);
    expect((await readJob(db(name), id))?.job).toMatchObject({ status: 'queued', progress: { phase: 'queued' } });
    const claimed = await claimNextJob(db(name), 'a:1', LEASE, at(1));
    expect(claimed).toEqual({
      id,
      kind: 'upload',
      ownerId: 7,
      input: { fileName: '呼和浩特.txt' },
      bytes,
      createdAt: T0.toISOString(),
      attempts: 1,
    });
    expect(await claimNextJob(db(name), 'b:2', LEASE, at(2))).toBeUndefined();
    await saveJobProgress(db(name), id, { phase: 'writing', done: 3, total: 10 });
    expect((await readJob(db(name), id))?.job).toMatchObject({ status: 'running', progress: { done: 3, total: 10 } });
    const end = { phase: 'done' as const, done: 10, total: 10 };
    await finishJob(db(name), id, { status: 'done', progress: end, result: { measures: 4 }, problem: null }, at(3));
    expect(await readJob(db(name), id)).toEqual({
      ownerId: 7,
      job: {
        id,
        kind: 'upload',
        status: 'done',
        progress: end,
        createdAt: T0.toISOString(),
        finishedAt: at(3).toISOString(),
        result: { measures: 4 },
        problem: null,
        statusUrl: `/api/jobs/${id}`,
      },
    });
  });

  it.each(['sqlite', 'postgres'])('%s: jobs are claimed in the order they were queued', async (name) => {
    for (const n of [12, 11, 13]) {
      await createJob(db(name), { id: jobId(name, n), kind: 'confirm', ownerId: 1, input: { uploadId: n } }, at(n));
    }
    const order = [];
    const next = () => claimNextJob(db(name), 'a:1', LEASE);
    for (let claimed = await next(); claimed; claimed = await next()) order.push(claimed.input.uploadId);
    expect(order).toEqual([11, 12, 13]);
    const end = { status: 'done' as const, progress: { phase: 'done' as const, done: 0, total: null }, problem: null };
    for (const n of [11, 12, 13]) await finishJob(db(name), jobId(name, n), { ...end, result: null });
  });

  it.each(['sqlite', 'postgres'])('%s: a job left running fails; housekeeping purges ended jobs', async (name) => {
    const id = jobId(name, 21);
    await createJob(db(name), { id, kind: 'observations-csv', ownerId: 1, input: {} }, T0);
    await claimNextJob(db(name), 'a:1', LEASE, T0);
    const problem = { type: 'about:blank', title: 'Interrupted', status: 500, detail: 'restart' };
    expect(await failInterruptedJobs(db(name), problem, at(5))).toBe(1);
    expect((await readJob(db(name), id))?.job).toMatchObject({ status: 'failed', problem });
    const report = await purgeExpired(db(name), new Date(at(5).getTime() + JOB_KEEP_MS + 1));
    expect(report.jobs).toBeGreaterThanOrEqual(1);
    expect(await readJob(db(name), id)).toBeUndefined();
  });

  it('postgres: claims from several connections at once take each job once', async () => {
    const pool = db('postgres');
    const ids = Array.from({ length: 12 }, (_, n) => jobId('many', n));
    for (const id of ids) await createJob(pool, { id, kind: 'confirm', ownerId: 1, input: {} });
    const claims = await Promise.all(Array.from({ length: 16 }, (_, n) => claimNextJob(pool, `i:${n}`, LEASE)));
    const claimed = claims.flatMap((c) => (c ? [c.id] : []));
    expect(claimed.sort()).toEqual(ids.sort());
  });

  it.each(['sqlite', 'postgres'])(
    '%s: a lease renewed holds; once passed the job is claimed again, and given up after the last claim',
    async (name) => {
      const id = jobId(name, 31);
      await createJob(
        db(name),
        { id, kind: 'measures-csv', ownerId: 1, input: { n: 31 }, bytes: new Uint8Array([1]) },
        T0,
      );
      expect(await claimNextJob(db(name), 'a:1', LEASE, T0)).toMatchObject({ id, attempts: 1 });
      expect(await renewJobLease(db(name), id, 'a:1', at(1500))).toBe(true);
      expect(await renewJobLease(db(name), id, 'b:2', at(9000))).toBe(false);
      // Renewed to T0 + 1.5 s: still a:1's at T0 + 1.2 s, free again at T0 + 1.6 s, with its input.
      expect(await claimNextJob(db(name), 'b:2', LEASE, at(1200))).toBeUndefined();
      const again = await claimNextJob(db(name), 'b:2', LEASE, at(1600));
      expect(again).toMatchObject({ id, attempts: 2, input: { n: 31 }, bytes: new Uint8Array([1]) });
      // a:1 comes back too late: the job is b:2's now, and a:1's end is not b:2's to overwrite.
      expect(await renewJobLease(db(name), id, 'a:1', at(5000))).toBe(false);
      // b:2 dies too; its lease passes after the second and last claim: the job fails with the problem.
      expect(await claimNextJob(db(name), 'c:3', LEASE, at(2700))).toBeUndefined();
      const failed = (await readJob(db(name), id))?.job;
      expect(failed).toMatchObject({ status: 'failed', problem: GIVEN_UP, finishedAt: at(2700).toISOString() });
      const late = { status: 'done' as const, progress: { phase: 'done' as const, done: 1, total: 1 }, problem: null };
      await finishJob(db(name), id, { ...late, result: { rows: 1 } }, at(2800));
      expect((await readJob(db(name), id))?.job).toMatchObject({ status: 'failed', problem: GIVEN_UP });
    },
  );
});
