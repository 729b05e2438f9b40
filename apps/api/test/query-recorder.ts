/**
 * Records every SQL statement run on a connection while `fn` runs, with the rows it returned: tests
 * assert on the shape of the queries (what they read, how many rows), never on time.
 */
import type Database from 'better-sqlite3';

export interface RecordedQuery {
  sql: string;
  rows: number;
}

type Method = 'all' | 'get' | 'run' | 'iterate';

export async function recordQueries<T>(
  sqlite: Database.Database,
  fn: () => Promise<T>,
): Promise<{ result: T; queries: RecordedQuery[] }> {
  const proto = Object.getPrototypeOf(sqlite.prepare('SELECT 1')) as Record<Method, (...args: unknown[]) => unknown>;
  const queries: RecordedQuery[] = [];
  const original = { all: proto.all, get: proto.get, run: proto.run, iterate: proto.iterate };
  proto.all = function (this: Database.Statement, ...args: unknown[]) {
    const rows = original.all.apply(this, args) as unknown[];
    queries.push({ sql: this.source, rows: rows.length });
    return rows;
  };
  proto.get = function (this: Database.Statement, ...args: unknown[]) {
    const row = original.get.apply(this, args);
    queries.push({ sql: this.source, rows: row === undefined ? 0 : 1 });
    return row;
  };
  proto.run = function (this: Database.Statement, ...args: unknown[]) {
    queries.push({ sql: this.source, rows: 0 });
    return original.run.apply(this, args);
  };
  proto.iterate = function (this: Database.Statement, ...args: unknown[]) {
    queries.push({ sql: this.source, rows: -1 });
    return original.iterate.apply(this, args);
  };
  try {
    return { result: await fn(), queries };
  } finally {
    Object.assign(proto, original);
  }
}
