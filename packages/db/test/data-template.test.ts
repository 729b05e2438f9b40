/**
 * The tests' copy of data/ (test/support/data-template.ts) is what `buildDatabase` makes: a test file
 * that starts from the copy reads the rows it would have read from its own build. On PostgreSQL, a
 * copy of the run's template holds what that file copied row for row into a database of its own holds.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDatabase } from '@ipb/ingest';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDb } from '../src/create-db';
import { copySqliteToPostgres } from '../src/pg/copy-from-sqlite';
import { migratePostgres } from '../src/pg/migrate';
import { copyOfData, copyOfDataOnPostgres } from './support/data-template';
import { createTestDatabase, pgAdminUrl, type TestDatabase } from './support/pg-database';
import { NO_POSTGRES } from './support/pg-setup';

const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ipb-data-template-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every table's row count, and the rows of the tables no clock writes into. */
function contents(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const counts = Object.fromEntries(
      tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
    );
    const rows = Object.fromEntries(
      ['regions', 'themes', 'indicators', 'measure_themes'].map((t) => [
        t,
        db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all(),
      ]),
    );
    return { counts, rows };
  } finally {
    db.close();
  }
}

describe('the copy of data/ for test files', () => {
  it('holds what a build of data/ holds, and is built once for the run', async () => {
    const built = join(dir, 'built.sqlite');
    const copied = join(dir, 'copied.sqlite');
    await buildDatabase(built, DATA_DIR);
    await copyOfData(copied);
    const want = contents(built);
    expect(want.counts.measures).toBeGreaterThan(0);
    expect(contents(copied)).toEqual(want);
    // A second copy comes from the same build, not a new one.
    const template = join(inject('dataTemplateDir'), 'data.sqlite');
    const before = statSync(template);
    await copyOfData(join(dir, 'again.sqlite'));
    expect(statSync(template).ino).toBe(before.ino);
    expect(statSync(template).mtimeMs).toBe(before.mtimeMs);
  });
});

/** Every table's rows (as text, in order) and every sequence's next value: all a test can read. */
async function pgContents(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    );
    const rows: Record<string, string> = {};
    for (const { name } of tables.rows) {
      const r = await client.query(
        `SELECT count(*) AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${name}" t`,
      );
      rows[name] = `${r.rows[0].n} ${r.rows[0].h}`;
    }
    const names = await client.query<{ name: string }>(
      "SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1",
    );
    const sequences: Record<string, unknown> = {};
    for (const { name } of names.rows)
      sequences[name] = (await client.query(`SELECT last_value, is_called FROM "${name}"`)).rows[0];
    return { rows, sequences };
  } finally {
    await client.end();
  }
}

/** What the migrations made: every column, constraint, index, trigger, function and extension, and their journal. */
async function pgCatalogue(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const all = async (sql: string) => (await client.query(sql)).rows;
  try {
    return {
      columns: await all(`SELECT table_schema, table_name, column_name, data_type, column_default, is_nullable,
        generation_expression FROM information_schema.columns
        WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2, 3`),
      constraints: await all(`SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS def
        FROM pg_constraint WHERE connamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
        ORDER BY 1, 2`),
      indexes: await all(
        "SELECT schemaname, indexname, indexdef FROM pg_indexes WHERE schemaname NOT IN ('pg_catalog') ORDER BY 1, 2",
      ),
      triggers: await all(
        'SELECT tgname, pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2',
      ),
      functions: await all(`SELECT p.proname, pg_get_functiondef(p.oid) AS def FROM pg_proc p
        JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.prokind = 'f' ORDER BY 1, 2`),
      extensions: await all('SELECT extname, extversion FROM pg_extension ORDER BY 1'),
      journal: await all('SELECT hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id'),
    };
  } finally {
    await client.end();
  }
}

const templateOid = () => adminRows(`SELECT oid FROM pg_database WHERE datname = '${inject('pgRunTemplates')}data'`);

async function adminRows(sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: pgAdminUrl() });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const hasPg = Boolean(pgAdminUrl());
describe.skipIf(!hasPg)(
  hasPg ? 'the copy of data/ on PostgreSQL' : `data/ on PostgreSQL (skipped: ${NO_POSTGRES})`,
  () => {
    const made: TestDatabase[] = [];
    afterAll(async () => {
      for (const d of made) await d.drop();
    });

    it('a migrated database, a copy of the schema template, is what the migrations make', async () => {
      const migrated = await createTestDatabase({ migrate: false });
      made.push(migrated);
      await migratePostgres(migrated.url);
      const copy = await createTestDatabase();
      made.push(copy);
      const want = await pgCatalogue(migrated.url);
      expect(want.triggers.length).toBeGreaterThan(10);
      expect(want.journal.length).toBeGreaterThan(10);
      expect(await pgCatalogue(copy.url)).toEqual(want);
      expect(await pgContents(copy.url)).toEqual(await pgContents(migrated.url));
    });

    it('holds what the data/ file copied row for row holds, and the template is built once for the run', async () => {
      const direct = await createTestDatabase();
      made.push(direct);
      const path = join(dir, 'for-pg.sqlite');
      await copyOfData(path);
      const seed = createDb(path);
      const client = new pg.Client({ connectionString: direct.url });
      await client.connect();
      try {
        await copySqliteToPostgres(seed, client);
      } finally {
        seed.close();
        await client.end();
      }
      const copy = await copyOfDataOnPostgres();
      made.push(copy);
      const want = await pgContents(direct.url);
      expect(Number(want.rows.measures?.split(' ')[0])).toBeGreaterThan(0);
      expect(await pgContents(copy.url)).toEqual(want);
      // A second copy comes from the same template, not a new one.
      const oid = await templateOid();
      expect(oid).toHaveLength(1);
      made.push(await copyOfDataOnPostgres());
      expect(await templateOid()).toEqual(oid);
    });
  },
);
