/**
 * GET /api/search's measure hits from stored list items (measure-hits.ts): each hit's bytes are the
 * measure as searchMeasures builds it, serialized — first built (no item stored), then spliced from
 * the items that reading stored — on both engines, for words of 1 to 7 characters, a programme and a
 * query with no word.
 */
import type { Measure } from '@ipb/domain';
import { expect, it } from 'vitest';
import type { Db } from '../src/engine/db';
import { query } from '../src/engine/query';
import { searchMeasureItems, withSnippet } from '../src/queries/measure-hits';
import { searchMeasures } from '../src/queries/measures';
import { searchTerms } from '../src/queries/search';
import { describeOnBothEngines } from './support/both-engines';
import { onBoth, useRealData } from './support/real-data';

// Any deterministic serializer that writes `snippet` last will do: the API's compiled one is held to the old body in its tests.
const serialize = { item: (m: Measure) => JSON.stringify(m), snippet: (s: Measure['snippet']) => JSON.stringify(s) };
const QUERIES = ['人才', '金融', '税', '科技型中小企业', '宁科贷', '，'];

const STORED = query('SELECT count(*) AS n FROM measures WHERE list_item IS NOT NULL');
const CLEAR_ALL = query('UPDATE measures SET list_item = NULL');

/** The hits as sent, against searchMeasures serialized the same way; how many items the hits stored. */
async function expectSameHits(db: Db, q: string): Promise<number> {
  const [hits, old] = await Promise.all([
    searchMeasureItems(db, searchTerms(db.engine, q), 10, serialize),
    searchMeasures(db, q, 10),
  ]);
  expect(
    hits.items.map((b) => b.toString()),
    q,
  ).toEqual(old.map(serialize.item));
  expect(hits.sourceIds, q).toEqual(old.map((m) => m.citation.sourceId));
  return hits.stored;
}

describeOnBothEngines('search hits from stored measure items on both engines', (engines) => {
  const data = useRealData(engines);

  it('are the built hits, before and after their items are stored', async () => {
    await onBoth(data, (db) => db.run(CLEAR_ALL));
    let stored = 0;
    for (const q of QUERIES) stored += (await onBoth(data, (db) => expectSameHits(db, q)))[0];
    expect(stored).toBeGreaterThan(10);
    const [n, nPg] = await onBoth(data, async (db) => Number((await db.get<{ n: number }>(STORED))?.n));
    expect(nPg).toBe(n);
    // Now spliced from the stored items, snippets and all.
    for (const q of QUERIES) {
      const [stillStored] = await onBoth(data, (db) => expectSameHits(db, q));
      expect(stillStored, q).toBe(0);
    }
    const [hits, hitsPg] = await onBoth(data, (db) =>
      searchMeasureItems(db, searchTerms(db.engine, '人才'), 10, serialize),
    );
    expect(hitsPg.items).toEqual(hits.items);
    expect(hits.items.length).toBeGreaterThan(0);
    expect(hits.items[0]?.toString()).toContain('{"text":"人才","match":true}');
  });
});

it('splices a snippet in place of the null one, and refuses an item whose last property is not the snippet', () => {
  const item = Buffer.from('{"id":1,"snippet":null}');
  expect(withSnippet(item, 'null')).toBe(item);
  expect(withSnippet(item, '[{"text":"人才","match":true}]').toString()).toBe(
    '{"id":1,"snippet":[{"text":"人才","match":true}]}',
  );
  expect(() => withSnippet(Buffer.from('{"snippet":null,"id":1}'), 'null')).toThrow(/snippet/);
});
