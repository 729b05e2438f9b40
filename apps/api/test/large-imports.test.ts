/**
 * Big figure imports do not make the listings read everything (issue 11, point 1). After a 4,000-row
 * CSV (through the API) and 100,000 more rows (through the write path), GET /api/observations?limit=1
 * and /api/series?indicator=gdp&regions=150100 are checked by the shape of their queries: filtered,
 * sorted and limited in SQL, no source text read, and rows read bounded by what the answer shows.
 * No timing: the row counts are what made them slow.
 */
import { bumpDataVersion, insertObservations, type NewObservation, parseCsv, replaceSource } from '@ipb/db';
import { MAX_SERIES_POINTS } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { HEAVY_MS } from '../../../scripts/test-budget';
import { loginAs, sqliteOf, useTestApp } from './helper';
import { type RecordedQuery, recordQueries } from './query-recorder';

const t = useTestApp();
const YEARS = 70;
/** A hang guard for tests that import 100,000 rows, not a time limit on what they check. */
const BIG = { timeout: HEAVY_MS };

function csv(rows: number): string {
  const lines = ['region,indicator,year,value,unit,quote,source_title'];
  for (let k = 0; k < rows; k++) lines.push(`150100,gdp,${1950 + (k % YEARS)},${k + 1},亿元,check row ${k},check`);
  return `${lines.join('\r\n')}\r\n`;
}

const readsSourceText = (queries: RecordedQuery[]) =>
  queries.filter((q) => /raw_text|source_texts/.test(q.sql)).map((q) => q.sql);
const rowsRead = (queries: RecordedQuery[]) => queries.reduce((sum, q) => sum + Math.max(q.rows, 0), 0);

async function observationsPage(query = '') {
  const { result, queries } = await recordQueries(sqliteOf(t.app).sqlite, () =>
    t.app.inject(`/api/observations?limit=1${query}`),
  );
  expect(result.statusCode, result.body.slice(0, 300)).toBe(200);
  return { body: result.json(), queries };
}

async function gdpSeries() {
  const { result, queries } = await recordQueries(sqliteOf(t.app).sqlite, () =>
    t.app.inject('/api/series?indicator=gdp&regions=150100'),
  );
  expect(result.statusCode, result.body.slice(0, 300)).toBe(200);
  return { body: result.json(), bytes: result.body.length, queries };
}

function expectBoundedSeries(body: { series: Array<{ points: Array<{ conflict: unknown }> }> }) {
  for (const s of body.series)
    for (const p of s.points) {
      const conflict = p.conflict as { alternatives: unknown[]; alternativesTotal: number } | null;
      if (conflict) expect(conflict.alternatives.length).toBeLessThanOrEqual(10);
    }
}

type SeriesBody = {
  series: Array<{ regionCode: string; kind: string; points: Array<{ periodEnd: string }> }>;
  cutSeries?: Array<{ regionCode: string; kind: string; pointsTotal: number }>;
};

/**
 * 呼和浩特's GDP now has a figure for each of 70 years: its series is cut to the latest
 * MAX_SERIES_POINTS, `cutSeries` says how many it has, and the CSV export has every one of them.
 */
async function expectCutToLatest(body: SeriesBody) {
  const actual = body.series.find((s) => s.regionCode === '150100' && s.kind === 'actual');
  expect(actual?.points).toHaveLength(MAX_SERIES_POINTS);
  const cut = body.cutSeries?.find((c) => c.regionCode === '150100' && c.kind === 'actual');
  expect(cut?.pointsTotal).toBeGreaterThanOrEqual(YEARS);
  const ends = actual?.points.map((p) => p.periodEnd) ?? [];
  expect(ends).toEqual([...ends].sort());
  // The latest points are kept: the CSV rows' latest period ends are the chart's.
  const csv = await t.app.inject({ url: '/api/series?indicator=gdp&regions=150100&format=csv' });
  expect(csv.statusCode, csv.body.slice(0, 300)).toBe(200);
  const [header, ...rows] = parseCsv(csv.body.replace(/^\uFEFF/, '')).map((r) => r.cells);
  const column = (name: string) => header?.indexOf(name) ?? -1;
  const [regionAt, kindAt, endAt] = [column('regionCode'), column('kind'), column('periodEnd')];
  expect(Math.min(regionAt, kindAt, endAt), header?.join(',')).toBeGreaterThanOrEqual(0);
  const csvEnds = new Set(
    rows.filter((cells) => cells[regionAt] === '150100' && cells[kindAt] === 'actual').map((cells) => cells[endAt]),
  );
  expect(csvEnds.size).toBeGreaterThanOrEqual(cut?.pointsTotal ?? Number.POSITIVE_INFINITY);
  const latest = [...csvEnds].sort().slice(-MAX_SERIES_POINTS);
  expect(ends).toEqual(latest);
}

describe('figure listings after large imports', () => {
  it('a 4,000-row CSV: one figure is one small page, read in SQL without any source text', BIG, async () => {
    const editor = await loginAs(t.app, 'editor');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/observations/import',
      headers: { ...editor, 'content-type': 'text/csv', 'x-file-name': 'big.csv' },
      payload: csv(4000),
    });
    // A file this size is a job (202): the listings are checked once it has written its rows.
    expect(res.statusCode, res.body.slice(0, 300)).toBe(202);
    const { id } = res.json();
    await t.app.jobs.watch(id, (job) => job.status === 'done' || job.status === 'failed');
    const job = (await t.app.inject({ url: res.json().statusUrl, headers: editor })).json();
    expect(job).toMatchObject({ status: 'done', result: { rows: 4000 } });

    const page = await observationsPage();
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThan(4000);
    expect(readsSourceText(page.queries)).toEqual([]);
    // The page (limit + 1 rows) and the figures of its own period, not the 4,000 of its place.
    expect(rowsRead(page.queries)).toBeLessThan(200);
    const imported = await observationsPage('&indicator=gdp&region=150100&from=1950&to=1950');
    expect(imported.body.items[0].conflict.values).toBeGreaterThan(1);
    expect(rowsRead(imported.queries)).toBeLessThan(4000 / YEARS + 100);

    const series = await gdpSeries();
    expect(readsSourceText(series.queries)).toEqual([]);
    expectBoundedSeries(series.body);
    expect(series.body.series.flatMap((s: { points: unknown[] }) => s.points).length).toBeLessThanOrEqual(YEARS + 20);
    await expectCutToLatest(series.body);
  });

  it('100,000 more rows: the page still reads its period only, and the series answer stays bounded', BIG, async () => {
    const { store } = t.app;
    await store.engine.transaction(async (tx) => {
      const { id: sourceId } = await replaceSource(tx, {
        key: 'csv:huge',
        type: 'csv',
        title: 'CSV: huge.csv',
        sha256: 'huge',
        rawText: csv(100_000),
        authority: 'bureau_entry',
        authorityReason: 'test',
      });
      const rows: NewObservation[] = Array.from({ length: 100_000 }, (_, k) => ({
        sourceId,
        regionCode: '150100',
        indicatorId: 'gdp',
        subject: '地区生产总值',
        valueAsWritten: k + 1,
        value: (k + 1) * 1e8,
        unit: '元',
        kind: 'actual',
        periodType: 'full_year',
        periodStart: `${1950 + (k % YEARS)}-01-01`,
        periodEnd: `${1950 + (k % YEARS)}-12-31`,
        year: 1950 + (k % YEARS),
        quote: `huge row ${k}`,
        confidence: 1,
        reviewStatus: 'curated',
        flags: [],
      }));
      await insertObservations(tx, rows);
      await bumpDataVersion(tx);
    });

    const page = await observationsPage();
    expect(page.body.items).toHaveLength(1);
    expect(readsSourceText(page.queries)).toEqual([]);
    expect(rowsRead(page.queries)).toBeLessThan(200);
    const imported = await observationsPage('&indicator=gdp&region=150100&from=1950&to=1950');
    expect(imported.body.items[0].conflict.alternatives.length).toBeLessThanOrEqual(10);
    expect(rowsRead(imported.queries)).toBeLessThan(104_000 / YEARS + 100);

    const series = await gdpSeries();
    expect(readsSourceText(series.queries)).toEqual([]);
    expectBoundedSeries(series.body);
    // One point per period, each with at most 10 alternatives: the answer does not grow with the rows.
    expect(series.bytes).toBeLessThan(2_000_000);
  });
});
