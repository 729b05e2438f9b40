/** The async Db over a better-sqlite3 connection: statements prepared once per connection (prepared.ts). */
import type { Drizzle } from '../create-db';
import { prepared } from '../prepared';
import type { Db } from './db';

export function sqliteDb(db: Drizzle): Db {
  return {
    engine: 'sqlite',
    all: async <T>(q: { sqlite: string }, params: readonly unknown[] = []) =>
      prepared(db, q.sqlite).all(...params) as T[],
    get: async <T>(q: { sqlite: string }, params: readonly unknown[] = []) =>
      prepared(db, q.sqlite).get(...params) as T | undefined,
  };
}
