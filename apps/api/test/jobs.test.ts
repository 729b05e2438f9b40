/**
 * GET /api/jobs/:id answers from the `jobs` table (docs/decisions/016), so a restart loses no job's
 * status: a job finished before the app was rebuilt on the same database is still answered, to its
 * owner only, with its result; on SQLite, a job the stopped process left unfinished is answered as
 * failed (its write was one transaction: nothing of it was written).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, createJob, type StoreConfig, startJob } from '@ipb/db';
import { JOB_THRESHOLD_BYTES } from '@ipb/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfData } from '../../../packages/db/test/support/data-template';
import type { TestDatabase } from '../../../packages/db/test/support/pg-database';
import { HEAVY_MS } from '../../../scripts/test-budget';
import { buildApp } from '../src/app';
import { loginAs, onPostgres, TEST_RATE_LIMITS, type TestApp } from './helper';
import { TEST_ENGINE } from './on-postgres';

let dir: string;
let database: StoreConfig;
let postgres: TestDatabase | undefined;
const start = () => buildApp({ database, webDist: null, rateLimits: TEST_RATE_LIMITS });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ipb-jobs-'));
  const path = join(dir, 'test.sqlite');
  await copyOfData(path);
  database = { engine: 'sqlite', path };
  if (TEST_ENGINE === 'postgres') {
    postgres = await onPostgres();
    database = { engine: 'postgres', url: postgres.url };
  }
});

afterAll(async () => {
  await postgres?.drop();
  rmSync(dir, { recursive: true, force: true });
});

/** Figures for one place and indicator, one a year, past the size that makes an import a job. */
function figuresCsv(): string {
  const lines = ['region,indicator,year,value,unit,quote,source_title'];
  for (let year = 1950, size = 0; size <= JOB_THRESHOLD_BYTES; year++) {
    const line = `150100,gdp,${1950 + (year % 60)},${year},亿元,jobs test figure ${year},jobs test`;
    lines.push(line);
    size += Buffer.byteLength(line) + 2;
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function untilFinished(app: TestApp, id: string) {
  await app.jobs.watch(id, (job) => job.status === 'done' || job.status === 'failed');
}

describe('jobs outlive the process that ran them', () => {
  it(
    'answers a finished job after the app is rebuilt on the same database, to its owner only',
    async () => {
      const first = await start();
      const editor = await loginAs(first, 'editor');
      const res = await first.inject({
        method: 'POST',
        url: '/api/observations/import',
        headers: { ...editor, 'content-type': 'text/csv', 'x-file-name': 'jobs.csv' },
        payload: figuresCsv(),
      });
      expect(res.statusCode, res.body).toBe(202);
      const { id, statusUrl } = res.json();
      await untilFinished(first, id);
      const before = (await first.inject({ url: statusUrl, headers: editor })).json();
      expect(before).toMatchObject({ status: 'done', result: { status: 'imported' } });
      await first.close();

      const second = await start();
      try {
        // The session is in the database too: the same cookie works on the rebuilt app.
        const after = await second.inject({ url: statusUrl, headers: editor });
        expect(after.statusCode, after.body).toBe(200);
        expect(after.json()).toEqual(before);
        const other = await loginAs(second, 'editor', 'another-editor');
        expect((await second.inject({ url: statusUrl, headers: other })).json().code).toBe('unknown-job');
        expect((await second.inject({ url: statusUrl, headers: await loginAs(second, 'admin') })).statusCode).toBe(200);
      } finally {
        await second.close();
      }
      // Two app starts and a 2,300-row import: slow on a busy machine, never waiting on the clock.
    },
    HEAVY_MS,
  );

  it.skipIf(TEST_ENGINE === 'postgres')('fails, on SQLite, a job the stopped process left running', async () => {
    const id = 'interruptedJob00000000';
    const handle = createDb((database as { path: string }).path);
    try {
      await createJob(handle.engine, { id, kind: 'observations-csv', ownerId: 1, input: {} });
      await startJob(handle.engine, id, 'stopped:1');
    } finally {
      handle.close();
    }
    const app = await start();
    try {
      const res = await app.inject({ url: `/api/jobs/${id}`, headers: await loginAs(app, 'admin') });
      expect(res.json()).toMatchObject({ status: 'failed', problem: { status: 503, code: 'import-interrupted' } });
    } finally {
      await app.close();
    }
  });
});
