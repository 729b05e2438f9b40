/**
 * figure_hits (SQLite 0026, PostgreSQL 0021; docs/decisions/014, sixteenth session: search — cold):
 * the search's stored figures stay equal to the hits built from the database after every kind of
 * write, on both engines — the triggers delete a figure's row, and a missing row is built again.
 * `staleFigureHits` rebuilds every stored row; the last test shows it catches a change that escaped
 * the triggers.
 */
import type { FigureHit } from '@ipb/domain';
import { beforeAll, expect, it } from 'vitest';
import type { Db } from '../src/engine/db';
import { query } from '../src/engine/query';
import { staleFigureHits, storedFigureHits } from '../src/queries/figure-hits';
import { figureHits, searchTerms } from '../src/queries/search';
import { segmentManyForIndex } from '../src/segment';
import { bumpDataVersion } from '../src/write/replace-source';
import { reviewObservation } from '../src/write/review';
import { setSourceAuthority } from '../src/write/source-authority';
import { describeOnBothEngines } from './support/both-engines';
import { onBoth, useRealData } from './support/real-data';
import { committedWrite, importChangedIssue, storeGate, whileAnotherWrites } from './support/stored-bytes';

const FORM = 'test-form';
const LIMIT = 20;

// Any deterministic serializer will do here: the API's compiled one is held to the old body in its tests.
const serialize = (hit: FigureHit) => JSON.stringify(hit);
const QUERIES = ['人才', '研发', '企业', '专利', '高新技术企业', '生产总值', '，'];

const STORED = query('SELECT count(*) AS n FROM figure_hits');
const CLEAR = query('DELETE FROM figure_hits');
const SHOWN = query(`SELECT f.observation_id AS id, o.source_id, o.article_id, o.region_code FROM figure_hits f
  JOIN observations o ON o.id = f.observation_id WHERE o.article_id IS NOT NULL ORDER BY f.observation_id LIMIT 1`);

interface Shown {
  id: number;
  source_id: number;
  article_id: number;
  region_code: string;
}

const storedCount = (db: Db) => db.get<{ n: number }>(STORED).then((r) => Number(r?.n));

/** The hits as sent, against figureHits (built in one statement) serialized the same way; how many it stored. */
async function expectSameHits(db: Db, q: string): Promise<number> {
  const terms = searchTerms(db.engine, q);
  const [found, old] = await Promise.all([
    storedFigureHits(db, terms, LIMIT, FORM, serialize),
    figureHits(db, terms, LIMIT),
  ]);
  expect(
    found.hits.map((b) => b.toString()),
    q,
  ).toEqual(old.hits.map(serialize));
  expect(found.sourceIds, q).toEqual(old.sourceIds);
  return found.stored;
}

/** Every query searched (and its built hits stored); how many rows are stored. */
async function fillAll(db: Db): Promise<number> {
  for (const q of QUERIES) await expectSameHits(db, q);
  return storedCount(db);
}

async function expectNoStale(db: Db): Promise<void> {
  expect(await staleFigureHits(db, FORM, serialize)).toEqual([]);
  for (const q of QUERIES) await expectSameHits(db, q);
}

describeOnBothEngines('figure_hits on both engines', (engines) => {
  const data = useRealData(engines);
  let shown: Shown;
  beforeAll(async () => {
    // The figures' words, as insertObservations writes them on PostgreSQL (the copy leaves them empty).
    const rows = await data.sqlite.all<{ id: number; subject: string | null; quote: string }>(
      query('SELECT id, subject, quote FROM observations ORDER BY id'),
    );
    const words = segmentManyForIndex(rows.map((r) => `${r.subject ?? ''} ${r.quote}`));
    await engines.client.query(
      `UPDATE observations o SET search_vector = to_tsvector('simple', w.words)
       FROM unnest($1::int[], $2::text[]) AS w(id, words) WHERE o.id = w.id`,
      [rows.map((r) => r.id), words],
    );
  });

  it('is stored by searching, then read: the built hits, the same bytes on both engines', async () => {
    // The copy into PostgreSQL marked its figures' pairs in period_dirty: the next write refreshes them.
    await onBoth(data, (db) => db.transaction((tx) => bumpDataVersion(tx)));
    await onBoth(data, (db) => db.run(CLEAR));
    const [a, b] = await onBoth(data, fillAll);
    expect(a).toBeGreaterThan(20);
    expect(b).toBe(a);
    // Now read from the stored rows: nothing more to store, the same answers.
    for (const q of QUERIES) expect(await onBoth(data, (db) => expectSameHits(db, q)), q).toEqual([0, 0]);
    const [x, y] = await onBoth(data, (db) => db.get<Shown>(SHOWN));
    shown = {
      id: Number(x?.id),
      source_id: Number(x?.source_id),
      article_id: Number(x?.article_id),
      region_code: String(x?.region_code),
    };
    expect(Number(y?.id)).toBe(shown.id);
    const [p, q] = await onBoth(data, (db) =>
      storedFigureHits(db, searchTerms(db.engine, '人才'), LIMIT, FORM, serialize),
    );
    expect(p.hits.length).toBeGreaterThan(0);
    expect(q.hits).toEqual(p.hits);
    expect(q.sourceIds).toEqual(p.sourceIds);
    await onBoth(data, expectNoStale);
  });

  it('follows a review that corrects a figure, and one that rejects it', async () => {
    await onBoth(data, fillAll);
    await onBoth(data, (db) =>
      reviewObservation(db, shown.id, { action: 'correct', reason: '数值有误', changes: { value: 12345 } }, 'e'),
    );
    await onBoth(data, expectNoStale);
    await onBoth(data, fillAll);
    await onBoth(data, (db) => reviewObservation(db, shown.id, { action: 'reject', reason: '不是指标' }, 'e'));
    await onBoth(data, expectNoStale);
    // Accepted again: found, built and stored again.
    await onBoth(data, (db) => reviewObservation(db, shown.id, { action: 'accept' }, 'e'));
    await onBoth(data, fillAll);
    expect(
      await onBoth(data, (db) =>
        db.get<{ n: number }>(query('SELECT 1 AS n FROM figure_hits WHERE observation_id = ?'), [shown.id]),
      ),
    ).toEqual([{ n: 1 }, { n: 1 }]);
    await onBoth(data, expectNoStale);
  });

  it("follows a change to a source's authority, its title, an article's title and a place's name", async () => {
    await onBoth(data, fillAll);
    const before = await onBoth(data, storedCount);
    await onBoth(data, (db) =>
      setSourceAuthority(db, shown.source_id, { authority: 'government', reason: '核对' }, 'editor'),
    );
    const after = await onBoth(data, storedCount);
    expect(after[0]).toBeLessThan(before[0]);
    expect(after[1]).toBe(after[0]);
    await onBoth(data, expectNoStale);
    for (const write of [
      "UPDATE sources SET title = title || '（修订）' WHERE id = ?",
      "UPDATE articles SET title = title || '（修订）' WHERE id = ?",
      "UPDATE regions SET name = name || '新' WHERE code = ?",
    ]) {
      await onBoth(data, fillAll);
      const id = write.includes('sources') ? shown.source_id : write.includes('articles') ? shown.article_id : null;
      await committedWrite(data, write, [id ?? shown.region_code]);
      await onBoth(data, expectNoStale);
    }
    // A row rewritten unchanged (loadData's upserts on every import) keeps the stored rows.
    const kept = await onBoth(data, fillAll);
    await onBoth(data, (db) => db.run(query('UPDATE regions SET name = name')));
    await onBoth(data, (db) => db.run(query('UPDATE sources SET title = title')));
    expect(await onBoth(data, storedCount)).toEqual(kept);
  });

  it('follows an issue imported again in a new version (its figures replaced)', async () => {
    await onBoth(data, fillAll);
    await importChangedIssue(data);
    await onBoth(data, expectNoStale);
  });

  it('stores nothing after a write that came after its read, nor while another connection holds the write lock', async () => {
    await onBoth(data, (db) => db.run(CLEAR));
    const [x, y] = await onBoth(data, async (db) => {
      const { gate, open } = storeGate();
      const found = await storedFigureHits(db, searchTerms(db.engine, '人才'), LIMIT, FORM, serialize, gate);
      await db.transaction((tx) => bumpDataVersion(tx));
      open();
      return [await found.stored, await storedCount(db)];
    });
    expect([x, y]).toEqual([
      [0, 0],
      [0, 0],
    ]);
    const held = await whileAnotherWrites(data, engines, () =>
      onBoth(data, async (db) => {
        const found = await storedFigureHits(db, searchTerms(db.engine, '人才'), LIMIT, FORM, serialize);
        return found.stored;
      }),
    );
    expect(held).toEqual([0, 0]);
    const [stored, storedPg] = await onBoth(data, async (db) => {
      const found = await storedFigureHits(db, searchTerms(db.engine, '人才'), LIMIT, FORM, serialize);
      return found.stored;
    });
    expect(stored).toBeGreaterThan(0);
    expect(storedPg).toBe(stored);
  });

  it('catches a change that escaped the triggers, and a row of another form', async () => {
    await onBoth(data, fillAll);
    await onBoth(data, expectNoStale);
    expect(await onBoth(data, (db) => staleFigureHits(db, 'another-form', serialize))).toEqual([
      expect.arrayContaining([shown.id]),
      expect.arrayContaining([shown.id]),
    ]);
    data.handle.sqlite.exec('DROP TRIGGER figure_hits_regions_au');
    await engines.client.query('DROP TRIGGER figure_hits_regions_au ON regions');
    await committedWrite(data, "UPDATE regions SET name = name || '旧' WHERE code = ?", [shown.region_code]);
    const [a, b] = await onBoth(data, (db) => staleFigureHits(db, FORM, serialize));
    expect(a).toContain(shown.id);
    expect(b).toEqual(a);
  });
});
