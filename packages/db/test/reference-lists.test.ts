/**
 * referenceLists (queries/catalogue.ts): the themes and the indicator catalogue an instance holds
 * while meta.data_hash stays the one they were read under, on both engines. A data/ load that
 * changes them changes the hash in the same transaction, and the next read must see it.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import type { Db } from '../src/engine/db';
import { postgresDb } from '../src/engine/postgres';
import { query } from '../src/engine/query';
import { loadData, readDataDir, readDataState, readDataVersion } from '../src/index';
import { getIndicator, heldIndicator, listIndicators, listThemes, referenceLists } from '../src/queries/catalogue';
import { describeOnBothEngines } from './support/both-engines';

const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));

describeOnBothEngines('the reference lists an instance holds', (engines) => {
  let dbs: Array<[string, Db]>;

  beforeAll(async () => {
    dbs = [
      ['sqlite', engines.sqlite.engine],
      ['postgres', postgresDb(engines.pool)],
    ];
    for (const [, db] of dbs) await loadData(db, DATA_DIR);
  });

  it('are the lists as read, and held while the hash stays', async () => {
    for (const [, db] of dbs) {
      const first = await referenceLists(db);
      expect(first.themes).toEqual(await listThemes(db));
      expect(first.indicators).toEqual(await listIndicators(db));
      expect((await referenceLists(db)).indicators).toBe(first.indicators);
    }
  });

  it('give each indicator as getIndicator reads it, and none for an unknown id', async () => {
    for (const [, db] of dbs) {
      for (const { id } of await listIndicators(db))
        expect(await heldIndicator(db, id)).toEqual(await getIndicator(db, id));
      expect(await heldIndicator(db, 'no_such_indicator')).toBeUndefined();
    }
  });

  it('take the hash a caller read with the data version (readDataState, one statement) instead of reading it', async () => {
    for (const [, db] of dbs) {
      const state = await readDataState(db);
      expect(state.version).toBe(await readDataVersion(db));
      expect(state.hash).toBe(readDataDir(DATA_DIR).hash);
      const held = await referenceLists(db, state);
      expect((await referenceLists(db)).indicators).toBe(held.indicators);
      // Another hash than the one held: the lists are read again.
      const other = await referenceLists(db, { hash: `${state.hash}-other` });
      expect(other.indicators).not.toBe(held.indicators);
      expect(other.indicators).toEqual(held.indicators);
    }
  });

  it('are read again after a load of data/ that renames an indicator and a theme', async () => {
    const bundle = readDataDir(DATA_DIR);
    const [indicator] = [...bundle.indicators].sort((a, b) => (a.id < b.id ? -1 : 1));
    const renamed = {
      ...bundle,
      hash: `${bundle.hash}-renamed`,
      indicators: bundle.indicators.map((i) => (i === indicator ? { ...i, nameZh: `${i.nameZh}（新）` } : i)),
      themes: bundle.themes.map((t, n) => (n === 0 ? { ...t, nameEn: `${t.nameEn} (new)` } : t)),
    };
    for (const [, db] of dbs) {
      const before = await referenceLists(db);
      expect(before.indicators[0]?.id).toBe(indicator?.id);
      await loadData(db, renamed);
      const after = await referenceLists(db);
      expect(after.indicators[0]?.nameZh).toBe(`${before.indicators[0]?.nameZh}（新）`);
      expect(after.themes[0]?.nameEn).toBe(`${before.themes[0]?.nameEn} (new)`);
      expect(after).toEqual({ themes: await listThemes(db), indicators: await listIndicators(db) });
      expect((await heldIndicator(db, indicator?.id ?? ''))?.nameZh).toBe(`${before.indicators[0]?.nameZh}（新）`);
    }
  });

  it('are read every time from a database without a hash', async () => {
    for (const [engine, db] of dbs) {
      const text = "DELETE FROM meta WHERE key = 'data_hash'";
      if (engine === 'sqlite') engines.sqlite.sqlite.prepare(text).run();
      else await engines.pool.query(query(text).postgres);
      const first = await referenceLists(db);
      expect((await referenceLists(db)).indicators).not.toBe(first.indicators);
      expect(first.indicators).toEqual(await listIndicators(db));
    }
  });
});
