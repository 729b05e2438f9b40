/**
 * data/ built once per test run, copied for each test file that needs it (docs/decisions/020,
 * fifteenth session). Every API test file, the db files that read data/ on both engines and every
 * browser test's server started from a SQLite file that the real pipeline (`buildDatabase`) had just
 * built from data/ — the same file, about a hundred times a CI run. The first file that needs it builds
 * it through that same pipeline; the others copy the closed file, which is that build byte for byte.
 * A test of the build itself (the server's first start, a rebuild after data/ changed) still calls
 * `buildDatabase` on a file of its own.
 *
 * As a Vitest global setup, it only gives the run a folder (removed after the run): the build happens
 * in the first worker that asks, not before the run, so no project waits for it. Two workers that ask
 * at the same moment both build, each into a name of its own, and the rename that publishes a build is
 * atomic: a reader sees no file or a whole one.
 */
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDatabase } from '@ipb/ingest';
import pg from 'pg';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../src/create-db';
import { copySqliteToPostgres } from '../../src/pg/copy-from-sqlite';
import { createTestDatabase, fromRunTemplate, type TestDatabase } from './pg-database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's folder for the data/ build that test files copy. */
    dataTemplateDir: string;
  }
}

const DATA_DIR = fileURLToPath(new URL('../../../../data', import.meta.url));

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'ipb-data-template-'));
  project.provide('dataTemplateDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

/** A SQLite file at `path` holding data/ as `buildDatabase(path, data/)` leaves it. */
export async function copyOfData(path: string): Promise<void> {
  const dir = inject('dataTemplateDir');
  if (!dir) throw new Error('copyOfData needs packages/db/test/support/data-template.ts as a global setup');
  const template = join(dir, 'data.sqlite');
  if (!existsSync(template)) {
    const building = join(dir, `building-${process.pid}-${process.env.VITEST_POOL_ID ?? '0'}.sqlite`);
    await buildDatabase(building, DATA_DIR);
    // buildDatabase closes its store, which checkpoints the WAL into the file: a WAL left behind would
    // hold rows the copy lacks.
    const wal = `${building}-wal`;
    if (existsSync(wal) && statSync(wal).size > 0) throw new Error(`${wal} was left with rows in it`);
    renameSync(building, template);
  }
  copyFileSync(template, path);
}

/**
 * A PostgreSQL database of its own holding data/ as copyOfData's file does: that file copied row for
 * row (copySqliteToPostgres) into the run's template once, then the template copied by the server
 * (CREATE DATABASE … TEMPLATE) for each caller. The per-file copy from SQLite it replaces made the
 * same rows from the same file every time: a migration and an insert of every row, about a second of
 * CPU and several seconds at load for each API test file run on PostgreSQL (decision 020, sixteenth
 * session).
 */
export async function copyOfDataOnPostgres(): Promise<TestDatabase> {
  const filled = async (url: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'ipb-data-pg-'));
    try {
      const path = join(dir, 'data.sqlite');
      await copyOfData(path);
      const seed = createDb(path);
      const client = new pg.Client({ connectionString: url });
      try {
        await client.connect();
        await copySqliteToPostgres(seed, client);
      } finally {
        seed.close();
        await client.end();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // Filled from a copy of the migrated schema's template.
  return fromRunTemplate(`${inject('pgRunTemplates')}data`, filled, () => createTestDatabase());
}
