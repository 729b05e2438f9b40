/**
 * Compare reads only the period groups it can show (queries/compare-needed.ts): every place's
 * comparison with the benchmark — latest common period, history, normalised views — must be what
 * it is when every group is read, on both engines, while fewer figures are read. And what it reads
 * in proportion to a place's history — its period heads, its sources — is sought by index.
 */
import { expect, it } from 'vitest';
import type { Db } from '../src/engine/db';
import { listIndicators } from '../src/queries/catalogue';
import { comparableFigures, comparePlace } from '../src/queries/comparable-figures';
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
