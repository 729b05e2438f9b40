/** Series answers stay bounded: the latest points of each series, the latest places without places named. */
import { MAX_DEFAULT_SERIES_PLACES, MAX_SERIES_POINTS, type Series } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { defaultPlaces, latestPoints } from '../src/routes/series/bounded-series';

const series = (regionCode: string, ends: string[]) =>
  ({
    regionCode,
    kind: 'actual',
    periodType: 'point',
    unit: '家',
    points: ends.map((periodEnd, i) => ({ observationId: i, periodEnd })),
  }) as unknown as Series;
const months = (n: number) =>
  Array.from({ length: n }, (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-28`);

describe('latestPoints', () => {
  it('keeps the latest points of a long series and says how many it has', () => {
    const long = series('320100', months(MAX_SERIES_POINTS + 5));
    const short = series('150100', months(3));
    const out = latestPoints([short, long]);
    expect(out.series?.[0]).toBe(short);
    expect(out.series?.[1]?.points).toEqual(long.points.slice(5));
    expect(out.cutSeries).toEqual([
      { regionCode: '320100', kind: 'actual', periodType: 'point', unit: '家', pointsTotal: 45 },
    ]);
    expect(latestPoints([short])).toEqual({});
  });
});

describe('defaultPlaces', () => {
  it('keeps the benchmark and the places with the latest figures, counting every place', () => {
    const others = Array.from({ length: MAX_DEFAULT_SERIES_PLACES + 3 }, (_, i) =>
      series(String(320100 + i * 100), [`20${10 + i}-12-31`]),
    );
    const out = defaultPlaces([series('150100', ['2001-12-31']), ...others]);
    expect(out.placesTotal).toBe(MAX_DEFAULT_SERIES_PLACES + 4);
    expect(out.series.map((s) => s.regionCode)).toEqual(['150100', ...others.slice(3).map((s) => s.regionCode)]);
  });
});
