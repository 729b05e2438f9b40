/**
 * Compare's body stays within 100 KB (102,400 bytes) for the largest request the route accepts
 * (issue 10, docs/decisions/014 ninth session): the benchmark and MAX_PLACES places, every theme's
 * column overfull, every catalogue indicator with a figure for every place in twelve years (ten
 * periods of history a cell), conflicting sources, long titles, quotes, URLs and programme lists —
 * written through the real import into a real SQLite file. Nothing left out is left out silently:
 * every count is exact, the rows left out come with the cursor that gives them, and a figure shown
 * keeps its source, authority and conflict.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPARE_BODY_BYTES, type CompareBody, CompareBodySchema, type ThemeId, unpackCompare } from '@ipb/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAVY_MS } from '../../../scripts/test-budget';
import { buildApp } from '../src/app';
import { MAX_PLACES } from '../src/routes/compare/index';
import { DATA_DIR, type TestApp } from './helper';
import { buildWorstCase, YEARS } from './support/compare-worst-case';

/** Issue 10's bound, written out: the test holds the code to it, not to the code's own constant. */
const BOUND = 102_400;

let dir: string;
let app: TestApp;
let places: string[];
let themeIds: ThemeId[];
let indicators: Array<{ id: string; unit: string }>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ipb-compare-budget-'));
  const path = join(dir, 'worst.sqlite');
  ({ places, themeIds, indicators } = await buildWorstCase(path, DATA_DIR, MAX_PLACES));
  app = await buildApp({ databasePath: path, webDist: null, rateLimits: false, responseCacheBytes: 0 });
}, HEAVY_MS);

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Each test here asks the worst case cold (the cache is off), and the first walks every page of it:
 * 26 requests at 0.4–0.8 s of CPU each on this 2-core machine with nothing else running (Compare
 * reads and folds every place's whole history on each page; decision 014, tenth session). That is
 * 13–20 s of CPU, which the suite's 60 s default turned into a speed check: at load 10–13 the walk
 * took 67.8 and 75.7 s and failed. Speed is the bench's to measure; this limit only stops a hang,
 * like the build's above.
 */
const HANG_GUARD_MS = HEAVY_MS;

const get = async (url: string) => {
  const res = await app.inject(url);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return { bytes: Buffer.byteLength(res.body), body: CompareBodySchema.parse(res.json()) as CompareBody };
};

describe('Compare at its largest', { timeout: HANG_GUARD_MS }, () => {
  it('stays within 100 KB, counting what it leaves out, and its cursor reaches every row', async () => {
    expect(places).toHaveLength(MAX_PLACES);
    expect(COMPARE_BODY_BYTES).toBe(BOUND);
    const url = `/api/compare?regions=${places.join(',')}`;
    const first = await get(url);
    expect(first.bytes).toBeLessThanOrEqual(BOUND);
    const comparison = unpackCompare(first.body);

    // Every column counts all its measures (12 years of one a theme), and shows its latest first.
    expect(comparison.themes).toHaveLength(themeIds.length);
    for (const { columns } of comparison.themes) {
      expect(columns).toHaveLength(MAX_PLACES + 1);
      for (const c of columns) {
        expect(c.total).toBe(YEARS.length);
        expect(c.measures.length).toBeLessThanOrEqual(3);
      }
    }
    // One measure per column before any column shows a second.
    const shown = comparison.themes.flatMap(({ columns }) => columns.map((c) => c.measures.length));
    expect(Math.min(...shown)).toBeGreaterThanOrEqual(Math.max(...shown) - 1);
    expect(comparison.coverage.every((c) => Object.values(c.counts).every((n) => n === YEARS.length))).toBe(true);

    // Rows: whole, in order, then a cursor; the pages together are every row, each page in budget.
    const rows = [...comparison.indicators];
    const total = first.body.indicatorsTotal;
    expect(total).toBeGreaterThan(rows.length);
    let next = first.body.indicatorsNext;
    let pages = 1;
    while (next !== undefined) {
      const page = await get(`${url}&indicatorCursor=${next}`);
      expect(page.bytes).toBeLessThanOrEqual(BOUND);
      expect(page.body.indicatorsTotal).toBe(total);
      expect(page.body.measures).toEqual([]);
      const more = unpackCompare(page.body).indicators;
      expect(more.length).toBeGreaterThan(0);
      rows.push(...more);
      next = page.body.indicatorsNext;
      pages++;
      expect(pages).toBeLessThanOrEqual((total as number) + 1);
    }
    expect(rows).toHaveLength(total as number);
    expect(new Set(rows.map((r) => `${r.indicator.id}|${r.periodType}|${r.unit}`)).size).toBe(total);

    // Every catalogue indicator has a full row (the reference data adds rows in other units).
    const full = rows.filter((r) => r.benchmark && r.places.every((p) => p.latest));
    expect(new Set(full.map((r) => r.indicator.id)).size).toBe(indicators.length);
    for (const row of full) {
      for (const cell of row.places) {
        // Every figure shown keeps its source and authority, and where sources disagree its conflict.
        expect(cell.latest?.authority).toBeTruthy();
        expect(cell.latest?.citation.sourceId).toBeGreaterThan(0);
        // Ten common periods: the latest shown, the count where fewer.
        if (cell.historyTotal !== undefined) expect(cell.historyTotal).toBe(10);
        expect(cell.history.length).toBe(cell.historyTotal === undefined ? 10 : cell.history.length);
        expect(cell.history.at(-1)?.period ?? cell.period).toBe(cell.period);
      }
    }
    expect(rows.some((r) => r.places.some((p) => p.latest?.conflict))).toBe(true);
  });

  it('is within 100 KB under one theme too', async () => {
    const { bytes, body } = await get(`/api/compare?regions=${places.join(',')}&theme=${themeIds[0]}`);
    expect(bytes).toBeLessThanOrEqual(BOUND);
    expect(body.themes).toHaveLength(1);
  });
});
