/**
 * The API on PostgreSQL (docs/decisions/016): the same app, given DATABASE_URL's engine, answers
 * what it answers on SQLite for the routes moved to the two-engine Db; a write seen in the shared
 * data version changes the ETag of every instance; no SQLite handle is left on PostgreSQL; and a
 * DATABASE_URL of another engine stops the server with a message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb } from '@ipb/db';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySqliteToPostgres } from '../../../packages/db/src/pg/copy-from-sqlite';
import { copyOfData } from '../../../packages/db/test/support/data-template';
import { createTestDatabase, pgAdminUrl, type TestDatabase } from '../../../packages/db/test/support/pg-database';
import { NO_POSTGRES } from '../../../packages/db/test/support/pg-setup';
import { HEAVY_MS } from '../../../scripts/test-budget';
import { buildApp } from '../src/app';
import { TEST_RATE_LIMITS, type TestApp } from './helper';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const available = Boolean(pgAdminUrl());
describe.skipIf(!available)(
  available ? 'the API on PostgreSQL' : `the API on PostgreSQL (skipped: ${NO_POSTGRES})`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipb-api-pg-'));
    const databasePath = join(dir, 'seed.sqlite');
    let database: TestDatabase;
    let onSqlite: TestApp;
    let instances: TestApp[];

    beforeAll(async () => {
      await copyOfData(databasePath);
      database = await createTestDatabase();
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const seed = createDb(databasePath);
      try {
        await copySqliteToPostgres(seed, client);
      } finally {
        seed.close();
        await client.end();
      }
      const common = { webDist: null, rateLimits: TEST_RATE_LIMITS };
      onSqlite = await buildApp({ ...common, databasePath });
      // Two instances on the one database, as behind a load balancer.
      instances = await Promise.all(
        [1, 2].map(() => buildApp({ ...common, database: { engine: 'postgres', url: database.url } })),
      );
    });

    afterAll(async () => {
      await Promise.all([onSqlite, ...(instances ?? [])].map((app) => app?.close()));
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('answers health and places as SQLite does, with the same data', async () => {
      for (const url of ['/api/health', '/api/regions', '/api/regions?withData=0&limit=50', '/api/regions?q=呼和']) {
        const expected = await onSqlite.inject({ url });
        expect(expected.statusCode, url).toBe(200);
        for (const app of instances) {
          const res = await app.inject({ url });
          expect(res.statusCode, url).toBe(200);
          expect(res.json(), url).toEqual(expected.json());
        }
      }
      expect((await instances[0]!.inject({ url: '/api/health' })).json().database.sources).toBeGreaterThan(0);
    });

    it('changes every instance’s ETag when the shared data version moves', async () => {
      const etags = async () =>
        Promise.all(instances.map(async (app) => (await app.inject({ url: '/api/regions' })).headers.etag));
      const before = await etags();
      expect(before[0]).toBe(before[1]);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        // What an import on a third instance does in its transaction.
        await client.query("UPDATE meta SET value = (value::int + 1)::text WHERE key = 'data_version'");
      } finally {
        await client.end();
      }
      const after = await etags();
      expect(after[0]).toBe(after[1]);
      expect(after[0]).not.toBe(before[0]);
      const revalidated = await instances[1]!.inject({ url: '/api/regions', headers: { 'if-none-match': before[0]! } });
      expect(revalidated.statusCode).toBe(200);
    });

    it('has no SQLite handle: every route runs on the two-engine Db', () => {
      expect(instances[0]!.store.sqlite).toBeNull();
      expect(instances[0]!.store.engine.engine).toBe('postgres');
    });
  },
);

describe('a DATABASE_URL of another engine', () => {
  // The server's whole import graph through tsx before it reads DATABASE_URL: 80 s at load 15–20,
  // past the in-process budget (scripts/test-budget.ts). spawnSync blocks Vitest's own clock: its timeout is
  // the hang guard.
  it('stops the server before it listens, with a message naming both forms and exit code 2', {
    timeout: HEAVY_MS,
  }, () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'apps/api/src/server.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: 'mysql://root:secret@db/ipb', PORT: '0' },
      encoding: 'utf8',
      timeout: HEAVY_MS,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('postgres://');
    expect(run.stderr).toContain('DATABASE_PATH');
    expect(run.stderr).not.toContain('secret');
    expect(run.stdout).not.toContain('is serving');
  });
});
