/**
 * Bring a PostgreSQL database to the committed schema (drizzle-pg/), as createDb does for SQLite:
 * nothing reads a PostgreSQL database at an older schema. The migrations run in one transaction
 * and record themselves in drizzle.__drizzle_migrations, so a second run is a no-op. Several
 * instances starting at once, or a release step beside a running instance, take turns on a
 * session advisory lock: drizzle's own check of what has run is not safe against a concurrent run.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle-pg');
/** The advisory lock key of migrations (any constant, distinct from the write lock's). */
const MIGRATE_LOCK = 1_300_017;

export async function migratePostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATE_LOCK]);
    try {
      await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATE_LOCK]);
    }
  } finally {
    await client.end();
  }
}

/** How many committed migrations the database has run (for the release step's message). */
export async function appliedMigrations(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}
