/**
 * A Db whose transactions fail at a chosen statement: the writer has run every step before it, so
 * a test can show that a throw half-way through a write leaves nothing behind, on either engine.
 */
import type { Db } from '../../src/engine/db';
import type { Query } from '../../src/engine/query';

export class InjectedFault extends Error {
  override name = 'InjectedFault';
}

function failing(tx: Db, at: RegExp): Db {
  /** The query, unless it is the one to fail at. */
  const checked = (q: Query) => {
    if (at.test(q.sqlite)) throw new InjectedFault(`failed on purpose at: ${q.sqlite.slice(0, 60)}`);
    return q;
  };
  const wrapped: Db = {
    engine: tx.engine,
    all: async (q, params) => tx.all(checked(q), params),
    get: async (q, params) => tx.get(checked(q), params),
    rows: async (q, params) => tx.rows(checked(q), params),
    run: async (q, params) => tx.run(checked(q), params),
    transaction: (fn) => tx.transaction(() => fn(wrapped)),
  };
  return wrapped;
}

/** `db`, except that inside a transaction the first statement matching `at` throws. */
export function failingAt(db: Db, at: RegExp): Db {
  return { ...db, transaction: (fn) => db.transaction((tx) => fn(failing(tx, at))) };
}
