/** Which places the heatmap shows: 呼和浩特 pinned first, then those with the most measures. */
import { BENCHMARK_REGION_CODE } from '@ipb/domain';

export const HEATMAP_PLACES = 8;

export function topPlaces(
  regionFacet: ReadonlyArray<{ value: string; count: number }>,
  max = HEATMAP_PLACES,
): string[] {
  return [...regionFacet]
    .filter((r) => r.value !== BENCHMARK_REGION_CODE && r.count > 0)
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, max)
    .map((r) => r.value);
}

/** Newest first: bulletins by issue, then anything else by import time. */
export function latestSources<T extends { year: number | null; issueNumber: number | null; importedAt: string }>(
  sources: readonly T[],
  max = 6,
): T[] {
  return [...sources]
    .sort(
      (a, b) =>
        (b.year ?? 0) - (a.year ?? 0) ||
        (b.issueNumber ?? 0) - (a.issueNumber ?? 0) ||
        b.importedAt.localeCompare(a.importedAt),
    )
    .slice(0, max);
}
