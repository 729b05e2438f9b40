/**
 * Transactions on the two-engine Db, the same on both: what commits is seen, what throws leaves
 * nothing, readers never see a transaction's writes before it commits, and concurrent
 * transactions take turns (a read-modify-write in each loses no update). SQLite runs on a file,
 * so that its writer connection is a second connection as in the server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../src/create-db';
import type { Db } from '../src/engine/db';
import { postgresDb } from '../src/engine/postgres';
import { query } from '../src/engine/query';
import { describeOnBothEngines } from './support/both-engines';

const PUT = query('INSERT INTO meta (key, value) VALUES (?, ?)');
const READ = query('SELECT value FROM meta WHERE key = ?');
const SET = query('UPDATE meta SET value = ? WHERE key = ?');

describeOnBothEngines('transactions on both engines', (engines) => {
  let dir: string;
  let file: DbHandle;
  const dbs: Record<string, Db> = {};

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ipb-tx-'));
    file = createDb(join(dir, 'tx.sqlite'));
    dbs.sqlite = file.engine;
    dbs.postgres = postgresDb(engines.pool);
  });

  afterAll(() => {
    file?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const value = async (db: Db, key: string) => (await db.get<{ value: string }>(READ, [key]))?.value;

  it.each(['sqlite', 'postgres'])('%s: commits what the callback wrote', async (name) => {
    const db = dbs[name] as Db;
    await db.transaction((tx) => tx.run(PUT, ['committed', 'yes']));
    expect(await value(db, 'committed')).toBe('yes');
  });

  it.each(['sqlite', 'postgres'])('%s: gives rows as arrays in the SELECT’s order, and objects after', async (name) => {
    const db = dbs[name] as Db;
    await db.transaction((tx) => tx.run(PUT, ['arrays', 'a']));
    const both = query("SELECT value, key, 'x' AS third FROM meta WHERE key = ?");
    expect(await db.rows(both, ['arrays'])).toEqual([['a', 'arrays', 'x']]);
    // The same statement read as objects again (SQLite keeps one prepared statement per text).
    expect(await db.all(both, ['arrays'])).toEqual([{ value: 'a', key: 'arrays', third: 'x' }]);
  });

  it.each(['sqlite', 'postgres'])('%s: leaves nothing when the callback throws', async (name) => {
    const db = dbs[name] as Db;
    const failing = db.transaction(async (tx) => {
      await tx.run(PUT, ['half', 'written']);
      throw new Error('the second step failed');
    });
    await expect(failing).rejects.toThrow('the second step failed');
    expect(await value(db, 'half')).toBeUndefined();
  });

  it.each(['sqlite', 'postgres'])('%s: readers see the writes only once committed', async (name) => {
    const db = dbs[name] as Db;
    await db.transaction(async (tx) => {
      await tx.run(PUT, ['pending', 'x']);
      expect(await value(tx, 'pending')).toBe('x');
      expect(await value(db, 'pending')).toBeUndefined();
    });
    expect(await value(db, 'pending')).toBe('x');
  });

  it.each(['sqlite', 'postgres'])('%s: concurrent transactions take turns', async (name) => {
    const db = dbs[name] as Db;
    await db.run(PUT, ['counter', '0']);
    const increment = () =>
      db.transaction(async (tx) => {
        const n = Number(await value(tx, 'counter'));
        await tx.get(READ, ['counter']);
        await tx.run(SET, [String(n + 1), 'counter']);
      });
    await Promise.all(Array.from({ length: 5 }, increment));
    expect(await value(db, 'counter')).toBe('5');
  });
});
