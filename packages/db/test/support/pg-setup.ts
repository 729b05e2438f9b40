/**
 * Vitest global setup of the db project: one PostgreSQL for the whole run. TEST_DATABASE_URL (a
 * superuser URL, as CI's Debian cluster gives) is used as it is; otherwise a throwaway server is
 * started from the local binaries. Without either the PostgreSQL tests are skipped, and say why;
 * on CI that is an error, so CI never passes by skipping them.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { findPostgresBin, startLocalPostgres } from '../../src/pg/local-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of a PostgreSQL to create test databases in; '' when there is none. */
    pgAdminUrl: string;
    /** This run's prefix for the templates its test files copy (pg-database.ts, fromRunTemplate). */
    pgRunTemplates: string;
  }
}

export const NO_POSTGRES =
  'no PostgreSQL binaries here: install Debian’s postgresql package, set PG_BIN to their folder, or set TEST_DATABASE_URL';

export default function setup(project: TestProject): (() => Promise<void>) | undefined {
  // Lower case: PostgreSQL folds unquoted names, and psql users type them so.
  const templates = `ipb_run_${randomBytes(4).toString('hex')}_`;
  project.provide('pgRunTemplates', templates);
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('pgAdminUrl', given);
    // A server that outlives the run (CI's cluster, a developer's) is left without this run's templates.
    return () => dropTemplates(given, templates);
  }
  const bin = findPostgresBin();
  if (!bin) {
    if (process.env.CI) throw new Error(`CI runs the PostgreSQL tests, but there is ${NO_POSTGRES}`);
    console.warn(`PostgreSQL tests skipped: ${NO_POSTGRES}`);
    project.provide('pgAdminUrl', '');
    return undefined;
  }
  const server = startLocalPostgres({ bin });
  project.provide('pgAdminUrl', server.url);
  return async () => server.stop();
}

async function dropTemplates(url: string, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
