/**
 * Compare reads only the period groups it can show (queries/compare-needed.ts): every place's
 * comparison with the benchmark — latest common period, history, normalised views — must be what
 * it is when every group is read, on both engines, while fewer figures are read. And what it reads
 * in proportion to a place's history — its period heads, its sources — is sought by index.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDb } from '../src/create-db';
import type { Db } from '../src/engine/db';
import { listIndicators } from '../src/queries/catalogue';
import { comparableFigures, comparableIndex, comparePlace, denominatorsAsked } from '../src/queries/comparable-figures';
import { coverageOf } from '../src/queries/compare';
import { describeOnBothEngines } from './support/both-engines';
import { onBoth, useRealData } from './support/real-data';

const BENCHMARK = '150100';
const CODES = [BENCHMARK, '320100', '330200', '321000', '341200', '440300', '110000'];

describeOnBothEngines('Compare reads only what it shows', (engines) => {
  const data = useRealData(engines);

  it('compares every place as when every period group is read', async () => {
    const catalogue = new Map((await listIndicators(data.sqlite)).map((i) => [i.id, i]));
    const [[all, some], [allPg, somePg]] = await onBoth(data, (db) =>
      Promise.all([
        comparableFigures(db, CODES, BENCHMARK, null),
        comparableFigures(db, CODES, BENCHMARK, null, { onlyCompared: true }),
      ]),
    );
    const values = (f: typeof all) => f.rows.reduce((n, r) => n + [...r.byPlace.values()].flat().length, 0);
    // On SQLite the summary is fresh and only the needed groups are read.
    expect(values(some)).toBeLessThan(values(all));
    const compared = (f: typeof all) =>
      f.rows.flatMap((row) => {
        const indicator = catalogue.get(row.indicatorId);
        if (!indicator) return [];
        return [
          {
            row: `${row.indicatorId}|${row.periodType}|${row.unit}`,
            benchmark: row.byPlace.get(BENCHMARK)?.at(-1) ?? null,
            places: CODES.slice(1).map((code) => comparePlace(row, indicator, code, BENCHMARK, f.denominators)),
          },
        ];
      });
    expect(compared(some)).toEqual(compared(all));
    expect(compared(somePg)).toEqual(compared(all));
    expect(compared(allPg)).toEqual(compared(all));
    expect(compared(all).some((r) => r.places.some((p) => p.history.length > 0))).toBe(true);
  });

  it('knows the rows from the heads alone, in order, and reads any of them as when all are read', async () => {
    // PostgreSQL's triggers marked every copied pair for a refresh, but period_values was copied
    // from the SQLite file, where it is fresh: clear the marks, so both engines answer from the summary.
    await engines.client.query('DELETE FROM period_dirty');
    const catalogue = new Map((await listIndicators(data.sqlite)).map((i) => [i.id, i]));
    for (const benchmark of [BENCHMARK, '320100']) {
      const codes = [benchmark, ...CODES.filter((c) => c !== benchmark)];
      const [[whole, index], [wholePg, indexPg]] = await onBoth(data, (db) =>
        Promise.all([
          comparableFigures(db, codes, benchmark, null, { onlyCompared: true }),
          comparableIndex(db, codes, benchmark),
        ]),
      );
      const id = (r: { indicatorId: string; periodType: string; unit: string }) =>
        `${r.indicatorId}|${r.periodType}|${r.unit}`;
      for (const [all, lazy] of [
        [whole, index],
        [wholePg, indexPg],
      ] as const) {
        if (!lazy) throw new Error('the period summary is fresh: the rows are known from the heads');
        expect(lazy.rows.map(id)).toEqual(all.rows.map(id));
        // Rows read a few at a time, from anywhere, each with the denominators it looks up.
        for (let from = 0; from < lazy.rows.length; from += 3) {
          const heads = lazy.rows.slice(from, from + 3);
          const { rows } = await lazy.read(heads);
          expect(rows.map(id)).toEqual(heads.map(id));
          expect(rows).toEqual(all.rows.slice(from, from + 3));
          const asked = new Set<string>();
          const compare = (row: (typeof rows)[number], d: typeof all.denominators) => {
            const indicator = catalogue.get(row.indicatorId);
            return indicator ? codes.slice(1).map((code) => comparePlace(row, indicator, code, benchmark, d)) : [];
          };
          for (const row of rows) compare(row, denominatorsAsked(codes, asked));
          const denominators = await lazy.denominators(asked);
          for (const row of rows) expect(compare(row, denominators)).toEqual(compare(row, all.denominators));
          // Read with every denominator (a batch that reaches the last row): the same rows and views.
          const withAll = await lazy.read(heads, true);
          expect(withAll.rows).toEqual(rows);
          for (const row of rows)
            expect(compare(row, withAll.denominators as typeof all.denominators)).toEqual(
              compare(row, all.denominators),
            );
        }
      }
      // Some row divides by population or GDP: the denominators were asked for, and read.
      const views = whole.rows.flatMap((row) => {
        const indicator = catalogue.get(row.indicatorId);
        return indicator
          ? codes.slice(1).flatMap((c) => comparePlace(row, indicator, c, benchmark, whole.denominators).normalised)
          : [];
      });
      expect(views.some((v) => v.placeDenominator && v.benchmarkDenominator)).toBe(true);
    }
  });

  it("reads a place's period heads from the index alone, and seeks only the asked places' sources", async () => {
    const seen: Array<{ text: string; params: readonly unknown[] }> = [];
    const sqlite = data.sqlite;
    const db: Db = {
      ...sqlite,
      all: (q, params = []) => {
        seen.push({ text: q.sqlite, params });
        return sqlite.all(q, params);
      },
      rows: (q, params = []) => {
        seen.push({ text: q.sqlite, params });
        return sqlite.rows(q, params);
      },
    };
    await comparableFigures(db, CODES, BENCHMARK, null, { onlyCompared: true });
    await coverageOf(db, CODES);
    const plans = seen.map(({ text, params }) => ({
      text,
      plan: (data.handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as Array<{ detail: string }>)
        .map((r) => r.detail)
        .join('\n'),
    }));
    const heads = plans.find((p) => /^SELECT key, order_year, order_end FROM period_values/.test(p.text));
    expect(heads?.plan).toMatch(/USING COVERING INDEX period_values_place_idx/);
    const coverage = plans.find((p) => p.text.includes('place_sources'));
    expect(coverage?.plan).toMatch(/SEARCH p USING (COVERING )?INDEX/);
    expect(coverage?.plan).not.toMatch(/SCAN p\b/);
  });
});

describe("Compare's rows from the heads alone", () => {
  it('orders rows alike but for their unit by their first group, a tie in period by its first figure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipb-rows-'));
    const handle = createDb(join(dir, 'rows.sqlite'));
    try {
      const insert =
        handle.sqlite.prepare(`INSERT INTO period_values (key, region_code, indicator_id, kind, period_type,
          order_year, order_end, order_id, preferred_id, clusters, settled, reason, alternative_ids, alternatives_total)
        VALUES (?, ?, 'rd_spending', ?, 'full_year', ?, ?, ?, ?, 1, 0, '', '[]', 0)`);
      const group = (region: string, kind: string, unit: string, year: number, orderId: number) =>
        insert.run(
          `${region}|rd_spending|${kind}|full_year|${unit}|${year}-01-01|${year}-12-31`,
          region,
          kind,
          year,
          `${year}-12-31`,
          orderId,
          orderId,
        );
      const order = async () =>
        (await comparableIndex(handle.engine, [BENCHMARK, '320100'], BENCHMARK))?.rows.map((r) => r.unit);
      // Two rows of one indicator, both places, one period type: 元 (actual) and % (share).
      group(BENCHMARK, 'actual', '元', 2020, 10);
      group('320100', 'actual', '元', 2020, 11);
      group(BENCHMARK, 'share', '%', 2021, 5);
      group('320100', 'share', '%', 2021, 6);
      expect(await order()).toEqual(['元', '%']); // 元's first group is of an earlier year
      group(BENCHMARK, 'share', '%', 2020, 12);
      expect(await order()).toEqual(['元', '%']); // the same year and end: the first figure's id decides
      group('320100', 'share', '%', 2020, 3);
      expect(await order()).toEqual(['%', '元']);
    } finally {
      handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
