/**
 * Which engine, chosen in one place (docs/decisions/016): DATABASE_URL=postgres://… selects
 * PostgreSQL, otherwise DATABASE_PATH (or the caller's default) the embedded SQLite file. The
 * server, the CLIs and the scripts open their store here and see the async Db, whatever the engine.
 */
import { resolve } from 'node:path';
import { createDb, type DbHandle } from './create-db';
import type { Db, Engine } from './engine/db';
import { postgresDb } from './engine/postgres';
import { migratePostgres } from './pg/migrate';
import { closablePool } from './pg/pool';
import { BULK_WAL_BACKSTOP, WalCheckpointer } from './wal-checkpointer';
import { refreshStalePeriodValues } from './write/period-values';

export type StoreConfig = { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string };

/** A DATABASE_URL that names no engine we run on: a person must fix the setting. */
export class StoreConfigError extends Error {}

const POSTGRES_SCHEMES = new Set(['postgres:', 'postgresql:']);

/** The URL without its password, for messages and logs. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(not a URL)';
  }
}

/** The engine from the environment; throws StoreConfigError for a DATABASE_URL of another scheme. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv, defaultPath: string): StoreConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    let scheme: string;
    try {
      scheme = new URL(url).protocol;
    } catch {
      scheme = '';
    }
    if (!POSTGRES_SCHEMES.has(scheme)) {
      throw new StoreConfigError(
        `DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/database or postgresql://…), ` +
          `not "${scheme ? `${scheme}//…` : safeUrl(url)}". For the embedded SQLite file, unset DATABASE_URL ` +
          'and set DATABASE_PATH to the file (default var/ipb.sqlite).',
      );
    }
    return { engine: 'postgres', url };
  }
  return { engine: 'sqlite', path: resolve(env.DATABASE_PATH || defaultPath) };
}

export interface Store {
  readonly engine: Engine;
  /** The async, two-engine database. */
  readonly db: Db;
  /** Where the data is, for messages: the file, or the URL without its password. */
  readonly where: string;
  /** The SQLite handle, for modules not yet moved to the Db; null on PostgreSQL. */
  readonly sqlite: DbHandle | null;
  /** A bulk import's checkpoint thread (OpenOptions.bulkImport); null otherwise. */
  readonly checkpointer?: WalCheckpointer | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Bring the schema up to date first (default true). SQLite always is (createDb). */
  migrate?: boolean;
  /** Connections in the PostgreSQL pool (default 10, docs/decisions/016 "On real machines"). */
  poolSize?: number;
  /**
   * A bulk import into a SQLite file: its checkpoints run on their own thread (wal-checkpointer.ts),
   * the writer's only as a backstop. Ignored for PostgreSQL and an in-memory database.
   */
  bulkImport?: boolean;
}

/** Open the store; on PostgreSQL first run the migrations (under an advisory lock) unless told not to. */
export async function openStore(config: StoreConfig, options: OpenOptions = {}): Promise<Store> {
  if (config.engine === 'sqlite') {
    // The thread itself starts with the first checkpoint due (wal-checkpointer.ts): nothing runs yet.
    const checkpointer = options.bulkImport && config.path !== ':memory:' ? new WalCheckpointer(config.path) : null;
    const handle = createDb(
      config.path,
      checkpointer
        ? { writer: { walAutocheckpoint: BULK_WAL_BACKSTOP, afterCommit: () => checkpointer.committed() } }
        : {},
    );
    // Figures written before the period summary existed (migration 0010 marks them all).
    await refreshStalePeriodValues(handle.engine);
    return {
      engine: 'sqlite',
      db: handle.engine,
      where: handle.path,
      sqlite: handle,
      checkpointer,
      close: async () => {
        // The thread closes first: the last connection to close checkpoints what is left and
        // removes the WAL, as after any import.
        await checkpointer?.close();
        handle.close();
      },
    };
  }
  if (options.migrate ?? true) await migratePostgres(config.url);
  const { pool, end } = closablePool({ connectionString: config.url, max: options.poolSize ?? 10 });
  // An idle connection the server closed (restart, failover) is an error on the pool, not a crash.
  pool.on('error', () => undefined);
  return { engine: 'postgres', db: postgresDb(pool), where: safeUrl(config.url), sqlite: null, close: end };
}
