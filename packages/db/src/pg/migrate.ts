/**
 * Bring a PostgreSQL database to the committed schema (drizzle-pg/), as createDb does for SQLite:
 * nothing reads a PostgreSQL database at an older schema. The migrations run in one transaction
 * and record themselves in drizzle.__drizzle_migrations, so a second run is a no-op.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { closablePool } from './pool';

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle-pg');

export async function migratePostgres(url: string): Promise<void> {
  const { pool, end } = closablePool({ connectionString: url, max: 1 });
  try {
    await migrate(drizzle({ client: pool }), { migrationsFolder: MIGRATIONS });
  } finally {
    await end();
  }
}
