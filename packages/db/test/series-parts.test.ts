/**
 * series_parts (SQLite 0024, PostgreSQL 0019, decision 022 "Series parts"): the series' stored
 * places stay equal to the series built from the database after every kind of write, on both
 * engines — the triggers delete a pair's row, and a missing row is built again. `staleParts`
 * rebuilds every stored row; the last test shows it catches a change that escaped the triggers.
 */
import type { Series } from '@ipb/domain';
import { expect, it } from 'vitest';
import type { Db } from '../src/engine/db';
import { query } from '../src/engine/query';
import { getSeries } from '../src/queries/series';
import { type PlaceParts, seriesParts, staleParts } from '../src/queries/series-parts';
import { settleConflict } from '../src/write/conflicts';
import { bumpDataVersion } from '../src/write/replace-source';
import { reviewObservation } from '../src/write/review';
import { setSourceAuthority } from '../src/write/source-authority';
import { describeOnBothEngines } from './support/both-engines';
import { onBoth, useRealData } from './support/real-data';
import { committedWrite, importChangedIssue, storeGate, whileAnotherWrites } from './support/stored-bytes';

const FORM = 'test-form';

// Any deterministic serializer will do here: the API's compiled one is held to the old body in its tests.
const serialize = (list: Series[]): PlaceParts => ({
  series: Buffer.from(list.map((s) => JSON.stringify(s)).join(',')),
  cut: Buffer.from(list.map((s) => s.points.length).join(',')),
});

const PAIRS = query(
  'SELECT indicator_id, region_code FROM period_values GROUP BY indicator_id, region_code ORDER BY 1, 2',
);
const STORED = query('SELECT count(*) AS n FROM series_parts');
const CLEAR = query('DELETE FROM series_parts');
const SHOWN =
  query(`SELECT pv.indicator_id, pv.region_code, pv.preferred_id, o.source_id, o.article_id, pv.key, pv.clusters
  FROM period_values pv JOIN observations o ON o.id = pv.preferred_id
  WHERE o.article_id IS NOT NULL ORDER BY pv.clusters DESC, pv.key LIMIT 1`);

interface Shown {
  indicator_id: string;
  region_code: string;
  preferred_id: number;
  source_id: number;
  article_id: number;
  key: string;
  clusters: number;
}

/** Every pair with figures read (each indicator's places at once) and stored; how many rows are stored. */
async function fillAll(db: Db): Promise<number> {
  const pairs = await db.all<{ indicator_id: string; region_code: string }>(PAIRS);
  const byIndicator = new Map<string, string[]>();
  for (const p of pairs) byIndicator.set(p.indicator_id, [...(byIndicator.get(p.indicator_id) ?? []), p.region_code]);
  // A place without this indicator's figures is stored too (empty), and found missing.
  byIndicator.set('gdp', [...(byIndicator.get('gdp') ?? []), '150100']);
  for (const [indicator, codes] of byIndicator) {
    const found = await seriesParts(db, indicator, codes, FORM, serialize);
    await found?.stored;
  }
  return Number((await db.get<{ n: number }>(STORED))?.n);
}

/** What the route splices, place by place, against getSeries' answer for the same places. */
async function expectSameSeries(db: Db, indicator: string, codes: string[]): Promise<void> {
  const [found, old] = await Promise.all([
    seriesParts(db, indicator, codes, FORM, serialize),
    getSeries(db, { indicatorId: indicator, regionCodes: codes }),
  ]);
  for (const code of codes) {
    expect(found?.parts.get(code)).toEqual(serialize(old.series.filter((s) => s.regionCode === code)));
  }
  await found?.stored;
}

async function expectNoStale(db: Db, shown?: Shown): Promise<void> {
  expect(await staleParts(db, FORM, serialize)).toEqual([]);
  if (shown) await expectSameSeries(db, shown.indicator_id, [shown.region_code, '150100', '320100']);
}

const storedCount = (db: Db) => db.get<{ n: number }>(STORED).then((r) => Number(r?.n));

describeOnBothEngines('series_parts on both engines', (engines) => {
  const data = useRealData(engines);
  let shown: Shown;

  it('is stored by reading series, the same bytes on both engines', async () => {
    // The copy into PostgreSQL marked its figures' pairs in period_dirty: the next write refreshes them.
    await onBoth(data, (db) => db.transaction((tx) => bumpDataVersion(tx)));
    const [a, b] = await onBoth(data, fillAll);
    expect(a).toBeGreaterThan(10);
    expect(b).toBe(a);
    const [x, y] = await onBoth(data, (db) => db.get<Shown>(SHOWN));
    shown = { ...(x as Shown), preferred_id: Number(x?.preferred_id), source_id: Number(x?.source_id) };
    shown.article_id = Number(x?.article_id);
    expect(y?.key).toBe(x?.key);
    await onBoth(data, (db) => expectNoStale(db, shown));
    const codes = [shown.region_code, '150100'];
    const [p, q] = await onBoth(data, (db) => seriesParts(db, shown.indicator_id, codes, FORM, serialize));
    expect(q?.parts).toEqual(p?.parts);
  });

  it('follows a review that corrects a figure', async () => {
    await onBoth(data, fillAll);
    await onBoth(data, (db) =>
      reviewObservation(
        db,
        shown.preferred_id,
        { action: 'correct', reason: '数值有误', changes: { value: 12345 } },
        'e',
      ),
    );
    await onBoth(data, (db) => expectNoStale(db, shown));
  });

  it("follows a change to a source's authority, and a settlement", async () => {
    await onBoth(data, fillAll);
    await onBoth(data, (db) =>
      setSourceAuthority(db, shown.source_id, { authority: 'government', reason: '核对' }, 'editor'),
    );
    await onBoth(data, (db) => expectNoStale(db, shown));
    await onBoth(data, fillAll);
    const [conflict] = await onBoth(data, (db) =>
      db.get<{ key: string; id: number }>(
        query(
          'SELECT key, preferred_id AS id FROM period_values WHERE clusters > 1 AND alternative_ids <> ? ORDER BY key LIMIT 1',
        ),
        ['[]'],
      ),
    );
    if (!conflict) throw new Error('data/ has no conflicting figures: the settlement is not exercised');
    const other = await data.sqlite.get<{ a: string }>(
      query('SELECT alternative_ids AS a FROM period_values WHERE key = ?'),
      [conflict.key],
    );
    const chosen = (JSON.parse(String(other?.a)) as number[])[0] as number;
    const before = await onBoth(data, storedCount);
    await onBoth(data, (db) =>
      settleConflict(db, { key: conflict.key, observationId: chosen, reason: '统计公报为准' }, 'e'),
    );
    const after = await onBoth(data, storedCount);
    expect(after[0]).toBeLessThan(before[0]);
    expect(after[1]).toBe(after[0]);
    await onBoth(data, (db) => expectNoStale(db, shown));
  });

  it("follows a source's title, an article's title and a place's names", async () => {
    for (const write of [
      "UPDATE sources SET title = title || '（修订）' WHERE id = ?",
      "UPDATE articles SET title = title || '（修订）' WHERE id = ?",
      "UPDATE regions SET short_name = short_name || '新', name_en = name_en || ' (new)' WHERE code = ?",
    ]) {
      await onBoth(data, fillAll);
      const id = write.includes('sources') ? shown.source_id : write.includes('articles') ? shown.article_id : null;
      await committedWrite(data, write, [id ?? shown.region_code]);
      await onBoth(data, (db) => expectNoStale(db, shown));
    }
    // A row rewritten unchanged (loadData's upserts on every import) keeps the stored rows.
    const before = await onBoth(data, fillAll);
    await onBoth(data, (db) => db.run(query('UPDATE regions SET name = name')));
    expect(await onBoth(data, storedCount)).toEqual(before);
  });

  it('follows an issue imported again in a new version (its figures replaced)', async () => {
    await onBoth(data, fillAll);
    await importChangedIssue(data);
    await onBoth(data, (db) => expectNoStale(db, shown));
  });

  it('reads and stores nothing while period_values is stale, nor after a write that came after its read', async () => {
    await onBoth(data, (db) => db.run(CLEAR));
    // A write that bypassed bumpDataVersion: period_dirty holds its pair until the next write.
    await onBoth(data, (db) => db.run(query("UPDATE observations SET note = 'x' WHERE id = ?"), [shown.preferred_id]));
    expect(
      await onBoth(data, (db) => seriesParts(db, shown.indicator_id, [shown.region_code], FORM, serialize)),
    ).toEqual([null, null]);
    await onBoth(data, (db) => db.transaction((tx) => bumpDataVersion(tx)));
    // A write between the read (its version) and the store: nothing stored (the store waits for the
    // write's commit: storeGate).
    const [x, y] = await onBoth(data, async (db) => {
      const { gate, open } = storeGate();
      const found = await seriesParts(db, shown.indicator_id, [shown.region_code], FORM, serialize, gate);
      await db.transaction((tx) => bumpDataVersion(tx));
      open();
      return [await found?.stored, await storedCount(db)];
    });
    expect([x, y]).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('stores nothing, without waiting, while another connection holds the write lock', async () => {
    await onBoth(data, (db) => db.run(CLEAR));
    const held = await whileAnotherWrites(data, engines, () =>
      onBoth(data, async (db) => {
        const found = await seriesParts(db, shown.indicator_id, [shown.region_code], FORM, serialize);
        return found?.stored;
      }),
    );
    expect(held).toEqual([0, 0]);
    const stored = await onBoth(data, async (db) => {
      const found = await seriesParts(db, shown.indicator_id, [shown.region_code], FORM, serialize);
      return found?.stored;
    });
    expect(stored).toEqual([1, 1]);
  });

  it('catches a change that escaped the triggers, and a row of another form', async () => {
    await onBoth(data, fillAll);
    await onBoth(data, (db) => expectNoStale(db));
    const pair = `${shown.indicator_id}|${shown.region_code}`;
    expect(await onBoth(data, (db) => staleParts(db, 'another-form', serialize))).toEqual([
      expect.arrayContaining([pair]),
      expect.arrayContaining([pair]),
    ]);
    data.handle.sqlite.exec('DROP TRIGGER series_parts_regions_au');
    await engines.client.query('DROP TRIGGER series_parts_regions_au ON regions');
    await onBoth(data, (db) =>
      db.transaction(async (tx) => {
        await tx.run(query("UPDATE regions SET name_en = name_en || ' (behind)' WHERE code = ?"), [shown.region_code]);
        await bumpDataVersion(tx);
      }),
    );
    const [a, b] = await onBoth(data, (db) => staleParts(db, FORM, serialize));
    expect(a).toContain(pair);
    expect(b).toEqual(a);
  });
});
