/**
 * Series order everywhere on the page: 呼和浩特 (the benchmark) first, then places in the order the
 * user picked them, then actual → target → growth → share. Colours follow the same order.
 */
import { BENCHMARK_REGION_CODE, OBSERVATION_KINDS, type Series } from '@ipb/domain';

export function orderSeries(series: readonly Series[], regionOrder: readonly string[]): Series[] {
  const rank = (code: string) => {
    if (code === BENCHMARK_REGION_CODE) return -1;
    const i = regionOrder.indexOf(code);
    return i === -1 ? regionOrder.length : i;
  };
  return [...series].sort(
    (a, b) =>
      rank(a.regionCode) - rank(b.regionCode) ||
      a.regionCode.localeCompare(b.regionCode) ||
      OBSERVATION_KINDS.indexOf(a.kind) - OBSERVATION_KINDS.indexOf(b.kind) ||
      a.periodType.localeCompare(b.periodType),
  );
}

/** Distinct place codes in series order. */
export function placesOf(series: readonly Series[]): string[] {
  return [...new Set(series.map((s) => s.regionCode))];
}
