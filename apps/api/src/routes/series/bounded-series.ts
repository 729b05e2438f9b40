/**
 * A series answer that does not grow with the corpus: without places named, the benchmark and the
 * places with the latest figures; per series, its latest points (the CSV export is never cut).
 */
import { BENCHMARK_REGION_CODE, MAX_DEFAULT_SERIES_PLACES, MAX_SERIES_POINTS, type Series } from '@ipb/domain';

/**
 * Without places named: the benchmark and the MAX_DEFAULT_SERIES_PLACES places whose latest figure
 * is the latest (ties by code), so the answer does not grow with the number of places on record.
 */
export function defaultPlaces(all: Series[]): { series: Series[]; placesTotal: number } {
  // Each place's latest period end (points are oldest first).
  const latest = new Map<string, string>();
  for (const s of all) {
    const end = s.points.at(-1)?.periodEnd ?? '';
    if (end >= (latest.get(s.regionCode) ?? '')) latest.set(s.regionCode, end);
  }
  const others = [...latest]
    .filter(([c]) => c !== BENCHMARK_REGION_CODE)
    .sort((a, b) => b[1].localeCompare(a[1]) || a[0].localeCompare(b[0]))
    .slice(0, MAX_DEFAULT_SERIES_PLACES)
    .map(([c]) => c);
  const kept = new Set([BENCHMARK_REGION_CODE, ...others]);
  return { series: all.filter((s) => kept.has(s.regionCode)), placesTotal: latest.size };
}

/** Each series' latest MAX_SERIES_POINTS points (oldest first, as they come), and which were cut. */
export function latestPoints(all: Series[]) {
  const cut = all.filter((s) => s.points.length > MAX_SERIES_POINTS);
  if (!cut.length) return {};
  return {
    series: all.map((s) =>
      s.points.length > MAX_SERIES_POINTS ? { ...s, points: s.points.slice(-MAX_SERIES_POINTS) } : s,
    ),
    cutSeries: cut.map(({ regionCode, kind, periodType, unit, points }) => ({
      regionCode,
      kind,
      periodType,
      unit,
      pointsTotal: points.length,
    })),
  };
}
