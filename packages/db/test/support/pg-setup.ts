/**
 * Vitest global setup of the db project: one PostgreSQL for the whole run. TEST_DATABASE_URL (a
 * superuser URL, as CI's Debian cluster gives) is used as it is; otherwise a throwaway server is
 * started from the local binaries. Without either the PostgreSQL tests are skipped, and say why;
 * on CI that is an error, so CI never passes by skipping them.
 */
import type { TestProject } from 'vitest/node';
import { findPostgresBin, startLocalPostgres } from '../../src/pg/local-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of a PostgreSQL to create test databases in; '' when there is none. */
    pgAdminUrl: string;
  }
}

export const NO_POSTGRES =
  'no PostgreSQL binaries here: install Debian’s postgresql package, set PG_BIN to their folder, or set TEST_DATABASE_URL';

export default function setup(project: TestProject): (() => void) | undefined {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('pgAdminUrl', given);
    return undefined;
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
  return () => server.stop();
}
