/**
 * The database as queries see it, the same on both engines and asynchronous on both, because
 * PostgreSQL's drivers are (docs/decisions/016). Rows come back in the same shape from either
 * engine: where types differ (booleans, JSON) the query's per-engine SQL casts them alike.
 */
import type { Query } from './query';

export type Engine = 'sqlite' | 'postgres';

export interface Db {
  readonly engine: Engine;
  all<T>(q: Query, params?: readonly unknown[]): Promise<T[]>;
  get<T>(q: Query, params?: readonly unknown[]): Promise<T | undefined>;
  /**
   * Every row as an array of its columns, in the SELECT's order: for lists of thousands of rows,
   * where naming each value cost more than the query (observation-rows.ts).
   */
  rows<T extends readonly unknown[]>(q: Query, params?: readonly unknown[]): Promise<T[]>;
  run(q: Query, params?: readonly unknown[]): Promise<{ changes: number }>;
  /**
   * All or nothing: commits when the callback resolves, rolls back when it throws. `whenFree`: only
   * if no other connection holds the write lock now — otherwise it rejects with WriterBusy at once
   * instead of waiting (SQLite waits synchronously, which would stop the server's event loop for as
   * long as, say, an import's transaction in another process takes). For optional writes only.
   */
  transaction<T>(fn: (tx: Db) => Promise<T>, options?: { whenFree?: boolean }): Promise<T>;
}

/** A `whenFree` transaction found the write lock held by another connection: nothing was written. */
export class WriterBusy extends Error {
  constructor() {
    super('the database is being written by another connection');
    this.name = 'WriterBusy';
  }
}
