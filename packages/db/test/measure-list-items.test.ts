/**
 * measures.list_item (SQLite 0023, PostgreSQL 0018, decision 022): the list's stored items stay equal
 * to the items built from the database after every kind of write, on both engines — the triggers set
 * an item back to NULL, and a NULL item is built again. `staleItems` recomputes every stored item;
 * the last test shows it catches a change that escaped the triggers.
 */
import type { Measure, MeasurePatch } from '@ipb/domain';
import { expect, it } from 'vitest';
import type { Db } from '../src/engine/db';
import { query } from '../src/engine/query';
import { listMeasureItems, staleItems, storeItems } from '../src/queries/measure-items';
import { listMeasures } from '../src/queries/measures';
import { readDataVersion } from '../src/queries/service-state';
import { bumpDataVersion } from '../src/write/replace-source';
import { reviewMeasure } from '../src/write/review';
import { setSourceAuthority } from '../src/write/source-authority';
import { describeOnBothEngines } from './support/both-engines';
import { onBoth, useRealData } from './support/real-data';
import { importChangedIssue, whileAnotherWrites } from './support/stored-bytes';

// Any deterministic serializer will do here: the API's compiled one is held to the old body in its tests.
const serialize = (m: Measure) => JSON.stringify(m);
const ALL = { regionCodes: [], themeIds: [] };

const STORED = query('SELECT count(*) AS n FROM measures WHERE list_item IS NOT NULL');
const CLEAR_ALL = query('UPDATE measures SET list_item = NULL');
const ITEM_OF = query('SELECT list_item FROM measures WHERE id = ?');
const SHOWN = query(
  "SELECT m.id, m.source_id, m.article_id, m.region_code FROM measures m WHERE m.review_status <> 'rejected' AND m.region_code IS NOT NULL ORDER BY m.id LIMIT 1",
);

const ARTICLE_TITLE = query("UPDATE articles SET title = title || '（修订）' WHERE id = ?");
const PLACE_NAME = query("UPDATE regions SET name = name || '新' WHERE code = ?");
const THEME_ORDER = query('UPDATE themes SET position = 100 - position');

interface Shown {
  id: number;
  source_id: number;
  article_id: number;
  region_code: string;
}

/** Every page of the whole list read, and what each stored; the number of stored items. */
async function fillAll(db: Db): Promise<number> {
  let cursor: number | undefined;
  for (;;) {
    const page = await listMeasureItems(db, ALL, { limit: 200, cursor }, serialize);
    await page.stored;
    if (!page.nextCursor) break;
    cursor = Number(page.nextCursor);
  }
  return Number((await db.get<{ n: number }>(STORED))?.n);
}

/** The list's items as it sends them, against the old list serialized the same way. */
async function expectSameList(db: Db): Promise<void> {
  const page = { limit: 500 };
  const [items, old] = await Promise.all([listMeasureItems(db, ALL, page, serialize), listMeasures(db, ALL, page)]);
  expect(items.items.map((b) => b.toString())).toEqual(old.items.map(serialize));
  await items.stored;
}

async function expectNoStale(db: Db): Promise<void> {
  expect(await staleItems(db, serialize)).toEqual([]);
  await expectSameList(db);
}

const itemOf = async (db: Db, id: number) => (await db.get<{ list_item: Buffer | null }>(ITEM_OF, [id]))?.list_item;

describeOnBothEngines('measures.list_item on both engines', (engines) => {
  const data = useRealData(engines);
  let shown: Shown;

  it('is stored by reading the list, the same items on both engines', async () => {
    const [a, b] = await onBoth(data, fillAll);
    expect(a).toBeGreaterThan(10);
    expect(b).toBe(a);
    await onBoth(data, expectNoStale);
    const [x, y] = await onBoth(data, (db) => listMeasureItems(db, ALL, { limit: 50 }, serialize));
    expect(y.items).toEqual(x.items);
    const [first] = await onBoth(data, (db) => db.get<Shown>(SHOWN));
    shown = {
      id: Number(first?.id),
      source_id: Number(first?.source_id),
      article_id: Number(first?.article_id),
      region_code: String(first?.region_code),
    };
  });

  it('follows a review that corrects a measure', async () => {
    await onBoth(data, fillAll);
    const patch: MeasurePatch = {
      action: 'correct',
      reason: '标题有误',
      changes: { title: '更正后的标题', themes: ['talent', 'tech_finance'] },
    };
    await onBoth(data, (db) => reviewMeasure(db, shown.id, patch, 'editor'));
    const [a, b] = await onBoth(data, (db) => itemOf(db, shown.id));
    expect([a, b]).toEqual([null, null]);
    await onBoth(data, expectNoStale);
  });

  it("follows a change to the source's authority", async () => {
    await onBoth(data, fillAll);
    await onBoth(data, (db) =>
      setSourceAuthority(db, shown.source_id, { authority: 'government', reason: '核对' }, 'editor'),
    );
    await onBoth(data, expectNoStale);
  });

  it("follows an article's title, a place's name and the themes' order", async () => {
    await onBoth(data, fillAll);
    // Their writers are the import and loadData's upserts: the rows are changed as those change them.
    await onBoth(data, (db) =>
      db.transaction(async (tx) => {
        await tx.run(ARTICLE_TITLE, [shown.article_id]);
        await tx.run(PLACE_NAME, [shown.region_code]);
        await tx.run(THEME_ORDER);
        await bumpDataVersion(tx);
      }),
    );
    await onBoth(data, expectNoStale);
    // A row rewritten unchanged (loadData's upserts on every import) keeps the stored items.
    const before = await onBoth(data, fillAll);
    await onBoth(data, (db) => db.run(query('UPDATE themes SET position = position')));
    expect(await onBoth(data, (db) => db.get<{ n: number }>(STORED).then((r) => Number(r?.n)))).toEqual(before);
  });

  it('follows an issue imported again in a new version (its measures replaced)', async () => {
    await onBoth(data, fillAll);
    await importChangedIssue(data);
    await onBoth(data, expectNoStale);
  });

  it('stores nothing built before a write that came after its read', async () => {
    const version = await onBoth(data, readDataVersion);
    const [x] = await onBoth(data, (db) => db.get<Shown>(SHOWN));
    const id = Number(x?.id);
    await onBoth(data, (db) => db.run(query('UPDATE measures SET list_item = NULL WHERE id = ?'), [id]));
    await onBoth(data, (db) => db.transaction((tx) => bumpDataVersion(tx)));
    const bytes = Buffer.from('{"stale":true}');
    const stored = [
      await storeItems(data.sqlite, version[0], [[id, bytes]]),
      await storeItems(data.postgres, version[1], [[id, bytes]]),
    ];
    expect(stored).toEqual([0, 0]);
    // With the current version it is stored (the check can pass), and the guard below then sees it.
    const now = await onBoth(data, readDataVersion);
    expect([
      await storeItems(data.sqlite, now[0], [[id, bytes]]),
      await storeItems(data.postgres, now[1], [[id, bytes]]),
    ]).toEqual([1, 1]);
    expect(await onBoth(data, (db) => staleItems(db, serialize))).toEqual([[id], [id]]);
    await onBoth(data, (db) => db.run(query('UPDATE measures SET list_item = NULL WHERE id = ?'), [id]));
  });

  it("stores no item whose place the caller's gazetteer names otherwise than regions", async () => {
    await onBoth(data, (db) => db.run(CLEAR_ALL));
    // A gazetteer read before a rename: its name is served, and not kept.
    const stale = (code: string) => (code === shown.region_code ? '旧的地名' : undefined);
    const [a, b] = await onBoth(data, async (db) => {
      const page = await listMeasureItems(
        db,
        { regionCodes: [shown.region_code], themeIds: [] },
        { limit: 500 },
        serialize,
        stale,
      );
      const served = page.items.some((item) => item.toString().includes('旧的地名'));
      return [served, await page.stored, await itemOf(db, shown.id)] as const;
    });
    expect(a[0]).toBe(true);
    expect(a[2]).toBeNull();
    expect(b).toEqual(a);
    await onBoth(data, expectNoStale);
  });

  it('stores nothing, without waiting, while another connection holds the write lock', async () => {
    const [x] = await onBoth(data, (db) => db.get<Shown>(SHOWN));
    const id = Number(x?.id);
    await onBoth(data, (db) => db.run(query('UPDATE measures SET list_item = NULL WHERE id = ?'), [id]));
    const version = await onBoth(data, readDataVersion);
    const bytes = Buffer.from('{"held":true}');
    // Another process writing (an import) holds the write lock on each engine. Waiting for it would
    // block SQLite's thread for busy_timeout and then fail, and on PostgreSQL wait as long as it holds it.
    await whileAnotherWrites(data, engines, async () => {
      expect([
        await storeItems(data.sqlite, version[0], [[id, bytes]]),
        await storeItems(data.postgres, version[1], [[id, bytes]]),
      ]).toEqual([0, 0]);
      expect(await onBoth(data, (db) => itemOf(db, id))).toEqual([null, null]);
    });
    // The lock given back, the same store is taken, and the next one waits its turn again.
    expect([
      await storeItems(data.sqlite, version[0], [[id, bytes]]),
      await storeItems(data.postgres, version[1], [[id, bytes]]),
    ]).toEqual([1, 1]);
    await onBoth(data, (db) => db.run(query('UPDATE measures SET list_item = NULL WHERE id = ?'), [id]));
  });

  it('catches a change that escaped the triggers', async () => {
    await onBoth(data, fillAll);
    await onBoth(data, expectNoStale);
    data.handle.sqlite.exec('DROP TRIGGER measures_list_item_stale');
    await engines.client.query('DROP TRIGGER measures_list_item_stale ON measures');
    await onBoth(data, (db) =>
      db.run(query("UPDATE measures SET title = title || '（背着写）' WHERE id = ?"), [shown.id]),
    );
    expect(await onBoth(data, (db) => staleItems(db, serialize))).toEqual([[shown.id], [shown.id]]);
  });
});
