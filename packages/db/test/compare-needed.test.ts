/**
 * Compare reads only the period groups it can show (queries/compare-needed.ts): every place's
 * comparison with the benchmark — latest common period, history, normalised views — must be what
 * it is when every group is read, on both engines, while fewer figures are read.
 */
import { expect, it } from 'vitest';
import { listIndicators } from '../src/queries/catalogue';
import { comparableFigures, comparePlace } from '../src/queries/comparable-figures';
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
});
