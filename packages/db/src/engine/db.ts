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
  /** All or nothing: commits when the callback resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
}
