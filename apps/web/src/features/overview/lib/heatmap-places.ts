/**
 * Which places the heatmap shows: 呼和浩特 pinned first, then those with the most measures. A
 * district's or county's measures count for its city (the compare API counts a place with its
 * sub-places), so 江北区 shows as 宁波 with the district named: 宁波（江北区）.
 */
import { BENCHMARK_REGION_CODE, type Region } from '@ipb/domain';

export const HEATMAP_PLACES = 8;

type Facet = ReadonlyArray<{ value: string; count: number }>;

/** The facet with each district or county counted for its city, and the districts each city took in. */
export function rollUp(facet: Facet, regions: readonly Region[]) {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const counts = new Map<string, number>();
  const subPlaces = new Map<string, Region[]>();
  for (const { value, count } of facet) {
    const region = byCode.get(value);
    const parent = region?.level === 'county' && region.parentCode ? byCode.get(region.parentCode) : undefined;
    const code = parent?.level === 'prefecture' ? parent.code : value;
    counts.set(code, (counts.get(code) ?? 0) + count);
    if (code !== value && region) subPlaces.set(code, [...(subPlaces.get(code) ?? []), region]);
  }
  return { facet: [...counts].map(([value, count]) => ({ value, count })), subPlaces };
}

export function topPlaces(regionFacet: Facet, max = HEATMAP_PLACES): string[] {
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
