/**
 * The Compare page keeps its state in the URL so a view can be shared by link:
 * /compare?regions=320100,321000&theme=tech_finance&view=per_capita&authority=official
 * `regions` lists the compared places only (呼和浩特 is always there as the benchmark); parsing is
 * forgiving: bad codes and the benchmark are dropped, duplicates removed, at most eight kept.
 */
import { BENCHMARK_REGION_CODE } from '@ipb/domain';
import { normaliseCompared } from '@/early/url-state';

// Read without zod, as the early data request reads the link before the app has loaded.
export { MAX_COMPARED_PLACES, normaliseCompared, parseComparedParam } from '@/early/url-state';

/** Every place shown, benchmark first: the column order of every grid, table and chart. */
export function columnCodes(compared: readonly string[]): string[] {
  return [BENCHMARK_REGION_CODE, ...normaliseCompared(compared)];
}

/**
 * `view=`: the values as reported (absolute, the default), or divided by the same year's population
 * (per_capita) or GDP (per_gdp), where the API found both denominators with their citations.
 */
export const COMPARE_VIEWS = ['absolute', 'per_capita', 'per_gdp'] as const;
export type CompareView = (typeof COMPARE_VIEWS)[number];

export function parseViewParam(value: string | null): CompareView {
  return COMPARE_VIEWS.find((v) => v === value) ?? 'absolute';
}
