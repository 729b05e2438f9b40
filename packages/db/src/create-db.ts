/**
 * Open (or create) the SQLite file, switch on WAL and foreign keys, and apply the committed
 * drizzle migrations. Every caller — server, CLI, tests — goes through here, so a database is
 * never used at an older schema.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db } from './engine/db';
import { sqliteDb } from './engine/sqlite';
import * as schema from './schema';
import { segmentForIndex } from './segment';
import { normaliseStoredUsernames } from './write/normalise-usernames';

/** drizzle over better-sqlite3; `$client` is the connection itself, for prepared statements (prepared.ts). */
export type Drizzle = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface DbHandle {
  path: string;
  sqlite: Database.Database;
  db: Drizzle;
  /** The same connection as the async, two-engine Db (docs/decisions/016), for modules moved to it. */
  engine: Db;
  close(): void;
}

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../drizzle');

/** A connection with the app's settings: WAL, foreign keys, waits, caches and the jieba function. */
function openConnection(path: string): Database.Database {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // With WAL, NORMAL is durable against corruption and only risks the last commits on power loss.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  // Read pages through a memory map and keep 64 MB of them: at 1,000× today's data a list that
  // checks a few thousand rows otherwise pays a read() call per page.
  if (path !== ':memory:') sqlite.pragma('mmap_size = 1073741824');
  sqlite.pragma('cache_size = -65536');
  // The search triggers (migration 0008) index jieba words: SQLite calls back into jieba here.
  sqlite.function('ipb_words', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? segmentForIndex(text) : '',
  );
  return sqlite;
}

export interface CreateOptions {
  /**
   * A bulk import's settings for the writer connection (docs/decisions/014, thirteenth session):
   * its automatic checkpoint at `walAutocheckpoint` pages, and `afterCommit` after each commit.
   */
  writer?: { walAutocheckpoint: number; afterCommit: () => void };
}

export function createDb(path: string, options: CreateOptions = {}): DbHandle {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = openConnection(path);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  // A data step SQL cannot do (NFKC): names stored before user names were normalised.
  normaliseStoredUsernames(db);
  // An in-memory database has one connection: its transactions run on it.
  const writer = options.writer;
  const openWriter = () => {
    const connection = openConnection(path);
    if (writer) connection.pragma(`wal_autocheckpoint = ${writer.walAutocheckpoint}`);
    return drizzle(connection, { schema });
  };
  const engine = sqliteDb(db, path === ':memory:' ? () => db : openWriter, writer?.afterCommit);
  return {
    path,
    sqlite,
    db,
    engine,
    close: () => {
      engine.close();
      sqlite.close();
    },
  };
}
