/**
 * What the serving path reads instead of the corpus stays right through every write: the copies
 * on measure_themes, measure_programs and program_names, region_counts, the figures' search words
 * (indexed by insertObservations, one jieba call per batch), and the source text in its own table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agree,
  createDb,
  type DbHandle,
  figureIds,
  getSource,
  groupByPeriod,
  insertObservations,
  latestMeasures,
  loadData,
  type NewObservation,
  type ObservationRow,
  placeThemeMeasures,
  regionDataCounts,
  replaceSource,
  reviewMeasure,
  searchPrograms,
  segmentForIndex,
} from '../src/index';
import { segmentManyForIndex } from '../src/segment';
import { insertArticles, insertMeasures } from '../src/write/insert-measures';

const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));
let dir: string;
let handle: DbHandle;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ipb-serving-'));
  handle = createDb(join(dir, 'test.sqlite'));
  await loadData(handle.engine, DATA_DIR);
});
afterAll(() => {
  handle.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (sql: string, ...params: unknown[]) => (handle.sqlite.prepare(sql).get(...params) as { n: number }).n;

/** A bulletin with one article on 南京 and `n` measures under tech_finance, each naming 宁科贷. */
function addSource(key: string, date: string, n: number): Promise<{ sourceId: number; measureIds: number[] }> {
  return handle.engine.transaction(async (tx) => {
    const { id: sourceId } = await replaceSource(tx, {
      key,
      type: 'bulletin',
      title: '科技情报参考',
      date,
      sha256: key,
      rawText: `全文 ${key}`,
    });
    const [articleId] = await insertArticles(tx, [
      { sourceId, ordinal: 1, title: 'a', regionCode: '320100', start: 0, end: 1 },
    ]);
    const measureIds = await insertMeasures(
      tx,
      Array.from({ length: n }, (_, k) => ({
        sourceId,
        articleId: articleId as number,
        regionCode: '320100',
        ordinal: k + 1,
        title: `科技金融举措 ${key} ${k}`,
        text: '设立宁科贷，支持科技型中小企业融资',
        programs: ['宁科贷'],
        start: 0,
        end: 1,
        confidence: 0.9,
        reviewStatus: 'extracted',
        themes: [{ id: 'tech_finance', evidence: ['宁科贷'] }],
      })),
    );
    return { sourceId, measureIds };
  });
}

describe('measures: copies for Compare and programme counts', () => {
  it('lists a place’s latest measures per theme with the count, and pages through all of them latest first', async () => {
    const older = await addSource('test:older', '2020-05-31', 2);
    const newer = await addSource('test:newer', '2024-05-31', 3);
    const [column] = await latestMeasures(handle.engine, ['320100'], ['tech_finance'], 3);
    expect(column?.total).toBe(5);
    expect(column?.measures.map((m) => m.id)).toEqual(newer.measureIds);
    const page = await placeThemeMeasures(handle.engine, '320000', 'tech_finance', { limit: 4, offset: 0 });
    expect(page.total).toBe(5); // 江苏省 rolls up 南京
    expect(page.items.map((m) => m.id)).toEqual([...newer.measureIds, older.measureIds[0]]);
    expect(await searchPrograms(handle.engine, '宁科贷', 10)).toEqual([{ name: '宁科贷', count: 5 }]);
  });

  it('follows a rejection and a deleted source: counts, places and programmes', async () => {
    const before = (await regionDataCounts(handle.engine)).get('320100') ?? 0;
    const [id] = (await addSource('test:rejected', '2025-01-31', 1)).measureIds;
    expect((await regionDataCounts(handle.engine)).get('320100')).toBe(before + 1);
    await reviewMeasure(handle.engine, id as number, { action: 'reject', reason: 'not a measure' }, 'tester');
    expect((await regionDataCounts(handle.engine)).get('320100')).toBe(before);
    expect(
      (await latestMeasures(handle.engine, ['320100'], ['tech_finance']))[0]?.measures.map((m) => m.id),
    ).not.toContain(id);
    expect((await searchPrograms(handle.engine, '宁科贷', 10))[0]?.count).toBe(5);
    handle.db.$client.prepare("DELETE FROM sources WHERE key = 'test:older'").run();
    expect((await searchPrograms(handle.engine, '宁科贷', 10))[0]?.count).toBe(3);
    expect((await latestMeasures(handle.engine, ['320100'], ['tech_finance']))[0]?.total).toBe(3);
    expect(count('SELECT count(*) AS n FROM measure_programs WHERE measure_id NOT IN (SELECT id FROM measures)')).toBe(
      0,
    );
  });
});

describe('figures: batched inserts, their search words and place counts', () => {
  const figure = (k: number, sourceId: number): NewObservation => ({
    sourceId,
    regionCode: '150100',
    indicatorId: 'gdp',
    subject: '地区生产总值',
    valueAsWritten: k,
    value: k * 1e8,
    unit: '元',
    kind: 'actual',
    periodType: 'full_year',
    periodStart: `${1950 + (k % 70)}-01-01`,
    periodEnd: `${1950 + (k % 70)}-12-31`,
    year: 1950 + (k % 70),
    quote: `第 ${k} 行：全市地区生产总值完成 ${k} 亿元`,
    confidence: 1,
    reviewStatus: 'curated',
    flags: [],
  });

  it('cuts a batch into exactly the words each text gets alone', () => {
    const texts = ['南京市科技金融', '高新技术企业 120 家', '', '人才\n引进', 'abc\u0001人才', '南京市科技金融', ''];
    expect(segmentManyForIndex(texts)).toEqual(texts.map((t) => segmentForIndex(t.replaceAll('\u0001', ' '))));
  });

  it('indexes every inserted figure under its own id and counts it for its place', async () => {
    const before = (await regionDataCounts(handle.engine)).get('150100') ?? 0;
    const { id: sourceId } = await handle.engine.transaction((tx) =>
      replaceSource(tx, { key: 'test:csv', type: 'csv', title: 'CSV', sha256: 'csv', rawText: 'x' }),
    );
    const rows = Array.from({ length: 250 }, (_, k) => figure(k + 1, sourceId));
    await handle.engine.transaction((tx) => insertObservations(tx, rows));
    expect((await regionDataCounts(handle.engine)).get('150100')).toBe(before + 250);
    const ids = (
      handle.sqlite.prepare('SELECT id FROM observations WHERE source_id = ? ORDER BY id').all(sourceId) as Array<{
        id: number;
      }>
    ).map((r) => r.id);
    expect(
      (await figureIds(handle.engine, '地区生产总值')).filter((id) => ids.includes(id)).sort((a, b) => a - b),
    ).toEqual(ids);
    const fts = handle.sqlite
      .prepare('SELECT rowid FROM observations_fts WHERE observations_fts MATCH \'"第" AND "137"\'')
      .all() as Array<{ rowid: number }>;
    expect(fts.map((r) => r.rowid)).toContain(ids[136]);
    handle.sqlite.prepare('DELETE FROM sources WHERE id = ?').run(sourceId);
    expect((await regionDataCounts(handle.engine)).get('150100')).toBe(before);
    expect((await figureIds(handle.engine, '地区生产总值')).filter((id) => ids.includes(id))).toEqual([]);
  });
});

describe('sources: the text apart from the row', () => {
  it('keeps the raw text in source_texts, read only for the one source asked for', async () => {
    const { id } = await handle.engine.transaction((tx) =>
      replaceSource(tx, { key: 'test:text', type: 'news', title: 'T', sha256: 't', rawText: '全文在此' }),
    );
    expect((await getSource(handle.engine, id))?.rawText).toBe('全文在此');
    const columns = (handle.sqlite.prepare('PRAGMA table_info(sources)').all() as Array<{ name: string }>).map(
      (c) => c.name,
    );
    expect(columns).not.toContain('raw_text');
    handle.sqlite.prepare('DELETE FROM sources WHERE id = ?').run(id);
    expect(count('SELECT count(*) AS n FROM source_texts WHERE source_id = ?', id)).toBe(0);
  });
});

describe('conflict clusters of a large period group', () => {
  it('are the ones comparing every value with every cluster gives (random values, precisions, lower bounds)', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const rows = Array.from({ length: 600 }, (_, id): ObservationRow => {
      const written = Math.round(next() * 40) * (next() < 0.3 ? 100 : 1) + (next() < 0.2 ? 0.5 : 0);
      const o = {
        id: id + 1,
        valueAsWritten: written,
        value: written * 1e4,
        regionCode: '150100',
        indicatorId: 'gdp',
        kind: 'actual',
        periodType: 'full_year',
        unit: '元',
        periodStart: '2020-01-01',
        periodEnd: '2020-12-31',
        flags: next() < 0.1 ? ['lower_bound'] : [],
        reviewStatus: 'extracted',
        externalId: null,
        start: id,
      } as unknown as ObservationRow['o'];
      const s = { key: `s${id % 7}`, authority: 'bulletin', date: null, year: 2021 } as unknown as ObservationRow['s'];
      return { o, s, a: null, r: { code: '150100', name: '呼和浩特市', shortName: '呼和浩特', nameEn: 'Hohhot' } };
    });
    const [group] = groupByPeriod(rows, new Map());
    const naive: ObservationRow[][] = [];
    for (const r of group?.rows ?? []) {
      const home = naive.find((c) => agree(c[0]!.o, r.o));
      if (home) home.push(r);
      else naive.push([r]);
    }
    const ids = (clusters: ObservationRow[][]) => clusters.map((c) => c.map((r) => r.o.id));
    expect(ids(group?.clusters ?? [])).toEqual(ids(naive));
    expect(naive.length).toBeGreaterThan(20);
  });
});
