/**
 * The async Db over better-sqlite3. Reads run on the handle's connection, with statements prepared
 * once per connection (prepared.ts). A transaction runs on a second, writer connection, opened on
 * first use: while it awaits, reads on the first keep seeing the last committed state (WAL), never
 * its half-done writes. Transactions take turns (SQLite has one writer).
 */
import type { Drizzle } from '../create-db';
import { prepared } from '../prepared';
import { type Db, WriterBusy } from './db';
import type { Query } from './query';

/** A statement is kept per text and its raw mode is its own: a read by name sets it back (rows sets it). */
function named(db: Drizzle, q: Query) {
  const statement = prepared(db, q.sqlite);
  return statement.reader ? statement.raw(false) : statement;
}

function on(db: Drizzle, transaction: Db['transaction']): Db {
  return {
    engine: 'sqlite',
    all: async <T>(q: Query, params: readonly unknown[] = []) => named(db, q).all(...params) as T[],
    get: async <T>(q: Query, params: readonly unknown[] = []) => named(db, q).get(...params) as T | undefined,
    rows: async <T extends readonly unknown[]>(q: Query, params: readonly unknown[] = []) =>
      prepared(db, q.sqlite)
        .raw(true)
        .all(...params) as T[],
    run: async (q: Query, params: readonly unknown[] = []) => ({
      changes: prepared(db, q.sqlite).run(...params).changes,
    }),
    transaction,
  };
}

/**
 * BEGIN IMMEDIATE without waiting for another connection's write lock (busy_timeout 0 for this one
 * statement): WriterBusy when it is held. Waiting would block this thread, better-sqlite3 being
 * synchronous.
 */
function begin(connection: Drizzle['$client']): void {
  const wait = connection.pragma('busy_timeout', { simple: true });
  connection.pragma('busy_timeout = 0');
  try {
    connection.exec('BEGIN IMMEDIATE');
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_BUSY') throw new WriterBusy();
    throw err;
  } finally {
    connection.pragma(`busy_timeout = ${Number(wait)}`);
  }
}

/** `afterCommit`: called after each transaction commits (a bulk import's checkpointer, wal-checkpointer.ts). */
export function sqliteDb(reader: Drizzle, openWriter: () => Drizzle, afterCommit?: () => void): Db & { close(): void } {
  let writer: Drizzle | undefined;
  let turn: Promise<unknown> = Promise.resolve();

  const inTurn = async <T>(fn: (tx: Db) => Promise<T>, whenFree: boolean): Promise<T> => {
    writer ??= openWriter();
    const connection = writer.$client;
    // A transaction inside this one joins it.
    const tx: Db = on(writer, (inner) => inner(tx));
    if (whenFree) begin(connection);
    else connection.exec('BEGIN IMMEDIATE');
    try {
      const result = await fn(tx);
      connection.exec('COMMIT');
      afterCommit?.();
      return result;
    } catch (err) {
      if (connection.inTransaction) connection.exec('ROLLBACK');
      throw err;
    }
  };

  const transaction = <T>(fn: (tx: Db) => Promise<T>, options?: { whenFree?: boolean }): Promise<T> => {
    const result = turn.then(() => inTurn(fn, options?.whenFree ?? false));
    turn = result.catch(() => undefined);
    return result;
  };

  const db = on(reader, transaction);
  return Object.assign(db, {
    close: () => {
      if (writer && writer !== reader) writer.$client.close();
    },
  });
}
