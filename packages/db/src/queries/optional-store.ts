/**
 * The store of bytes built for an answer (the measures list's items, decision 022; a series' places,
 * decision 022 "Series parts"): after the answer, optional, and never wrong.
 * - Only when no write came after `version` was read (before the rows the bytes were built from): the
 *   check runs in the writers' turn, so none can come between it and the store.
 * - Only when the write lock is free: waiting for another process's transaction (an import's) would
 *   hold the server up — SQLite's wait blocks the event loop. Nothing is stored then (0): the next
 *   request builds them again.
 * - One store of a kind at a time per database, so a burst of cold requests never queues many writes.
 */
import { type Db, WriterBusy } from '../engine/db';
import { readDataVersion } from './service-state';

/** A store function of one kind: `write` runs in the transaction and says how many rows it stored. */
export function optionalStore(): (db: Db, version: string, write: (tx: Db) => Promise<number>) => Promise<number> {
  const storing = new WeakSet<Db>();
  return async (db, version, write) => {
    if (storing.has(db)) return 0;
    storing.add(db);
    try {
      return await db.transaction(async (tx) => ((await readDataVersion(tx)) === version ? write(tx) : 0), {
        whenFree: true,
      });
    } catch (err) {
      if (err instanceof WriterBusy) return 0;
      throw err;
    } finally {
      storing.delete(db);
    }
  };
}

/**
 * When a store of bytes built for an answer starts by default: the next turn of the event loop,
 * after the answer went out. A caller (a test) may pass its own promise to order a step before it.
 */
export function afterThisTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}
