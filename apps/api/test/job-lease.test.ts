/**
 * A job whose instance dies (issue 13, docs/decisions/016). On PostgreSQL a claim is a lease that its
 * instance renews while the job runs. Here a real server process claims a measures CSV job, which then
 * waits inside its write transaction (the test holds the write's advisory lock); the process is
 * killed (SIGKILL); another instance claims the job once the lease has passed and runs it to its end,
 * once. Every wait is for a condition (health, pg_locks, the jobs table), never for the clock; the
 * lease is made short (IPB_JOB_LEASE_MS) only so that the test does not sit through 30 s of it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createUser, loadData, openStore, query, readJob, type Store } from '@ipb/db';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WRITE_LOCK } from '../../../packages/db/src/engine/postgres';
import { createTestDatabase, pgAdminUrl, type TestDatabase } from '../../../packages/db/test/support/pg-database';
import { NO_POSTGRES } from '../../../packages/db/test/support/pg-setup';
import { HEAVY_MS } from '../../../scripts/test-budget';
import { buildApp } from '../src/app';
import { DATA_DIR, TEST_RATE_LIMITS, type TestApp } from './helper';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const LEASE_MS = 1500;
const EDITOR = { username: 'lease-editor', password: 'Lease-editor-password-26' };
const CSV = `region,themes,title,text,date
呼和浩特,talent,青城英才卡,为高层次人才发放青城英才卡，享受医疗、子女入学等服务。,2024-06-01
呼和浩特,tech_finance,科技贷风险补偿,对合作银行发放的科技贷按实际损失给予补偿。,2024-06-02
`;
/**
 * The test waits for three conditions in turn (a started instance, the held write, the job's end): its
 * own limit is the suite's budget for tests that spawn programs (scripts/test-budget.ts), and each wait a
 * quarter of it, so the wait's message is the one reported; the project's 60 s ended it at load 15.
 */
const TEST_PATIENCE = HEAVY_MS;
/** Long enough for a busy machine; each wait ends as soon as its condition holds. */
const PATIENCE = { timeout: TEST_PATIENCE / 4, interval: 100 };

/**
 * The address a started server reports ("… is serving http://127.0.0.1:PORT"), or its exit. The port
 * is the kernel's pick (PORT=0) at listen time: a port found free and released first could be taken
 * by any other process's connection while the instance starts (seconds, under load).
 */
function servingUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m?.[1]) resolve(m[1]);
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.once('exit', (code) => reject(new Error(`the instance exited with ${code}:\n${output}`)));
  });
}

const available = Boolean(pgAdminUrl());
describe.skipIf(!available)(
  available ? 'a job whose instance dies' : `a job whose instance dies (skipped: ${NO_POSTGRES})`,
  () => {
    let database: TestDatabase;
    let store: Store;
    let holder: pg.Client;
    let child: ChildProcess | undefined;
    let other: TestApp | undefined;

    beforeAll(async () => {
      database = await createTestDatabase();
      store = await openStore({ engine: 'postgres', url: database.url }, { migrate: false, poolSize: 2 });
      await loadData(store.db, DATA_DIR);
      const passwordHash = await hash(EDITOR.password);
      await createUser(store.db, { username: EDITOR.username, passwordHash, role: 'editor' }, 'test');
      holder = new pg.Client({ connectionString: database.url });
      await holder.connect();
    });

    afterAll(async () => {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await other?.close();
      await holder?.end();
      await store?.close();
      await database?.drop();
    });

    /** A server process on the database, as one instance behind the load balancer. */
    async function startInstance(): Promise<string> {
      const env = {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: '0',
        HOST: '127.0.0.1',
        IPB_JOB_LEASE_MS: String(LEASE_MS),
      };
      child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'apps/api/src/server.ts')], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const base = await servingUrl(child);
      await vi.waitFor(async () => expect((await fetch(`${base}/api/health`)).status).toBe(200), PATIENCE);
      return base;
    }

    async function logIn(base: string) {
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(EDITOR),
      });
      expect(res.status).toBe(200);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      return { cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
    }

    const waitingWrites = async () =>
      Number(
        (await holder.query("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).rows[0]
          .n,
      );

    it(
      'is claimed again by another instance once the dead one’s lease passes, and runs to its end once',
      async () => {
        const base = await startInstance();
        const headers = await logIn(base);
        // The write turn held here: the job, once claimed, waits inside its transaction.
        await holder.query('SELECT pg_advisory_lock($1)', [WRITE_LOCK]);
        const sent = fetch(`${base}/api/measures/import`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'text/csv', 'x-file-name': 'lease.csv' },
          body: CSV,
        }).catch((err: unknown) => err);
        await vi.waitFor(async () => expect(await waitingWrites()).toBe(1), PATIENCE);
        const running = await store.db.all<{ id: string; claimedBy: string; attempts: number }>(
          query(`SELECT id, claimed_by AS "claimedBy", attempts FROM jobs WHERE status = 'running'`),
        );
        expect(running).toEqual([{ id: expect.any(String), claimedBy: expect.any(String), attempts: 1 }]);
        const [{ id, claimedBy: first }] = running as [(typeof running)[number]];

        const gone = once(child as ChildProcess, 'exit');
        child?.kill('SIGKILL');
        await gone;
        expect(await sent).toBeInstanceOf(Error);
        await holder.query('SELECT pg_advisory_unlock($1)', [WRITE_LOCK]);

        other = await buildApp({
          webDist: null,
          rateLimits: TEST_RATE_LIMITS,
          database: { engine: 'postgres', url: database.url },
          jobLease: { ms: LEASE_MS, attempts: 3 },
        });
        await vi.waitFor(async () => expect((await readJob(store.db, id))?.job.status).toBe('done'), PATIENCE);
        const ended = await store.db.get<{ claimedBy: string; attempts: number; result: string }>(
          query(`SELECT claimed_by AS "claimedBy", attempts, result::text AS result FROM jobs WHERE id = ?`),
          [id],
        );
        expect(ended?.claimedBy).not.toBe(first);
        expect(ended?.attempts).toBe(2);
        expect(JSON.parse(ended?.result ?? 'null')).toMatchObject({ status: 'new', rows: 2 });
        const written = await store.db.get<{ sources: number; measures: number }>(
          query(`SELECT (SELECT count(*)::int FROM sources WHERE key LIKE 'bureau-measures:%') AS sources,
          (SELECT count(*)::int FROM measures m JOIN sources s ON s.id = m.source_id
            WHERE s.key LIKE 'bureau-measures:%') AS measures`),
        );
        expect(written).toEqual({ sources: 1, measures: 2 });
      },
      TEST_PATIENCE,
    );
  },
);
