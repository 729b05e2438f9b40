/**
 * Measure counts per place and theme for the heatmap. /api/compare already counts them (including
 * a place's subdivisions, like /measures?region= does), so one request fills the whole matrix; it
 * goes through the shared compare query (one cache entry and key with the Compare page) and keeps
 * only what the heatmap draws, plus the sources of the counted measures for the image caption.
 */
import { BENCHMARK_REGION_CODE, type CompareResponse } from '@ipb/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { compareQueryOptions } from '@/lib/api/get-compare';
import { measureSources } from '../lib/heatmap-caption';

export interface HeatmapParams {
  /** Places besides the benchmark (at most 8, the API's limit). */
  regions: readonly string[];
  themes: readonly string[];
}

export function heatmapCounts(body: CompareResponse) {
  return {
    benchmark: body.benchmark,
    regions: body.regions,
    coverage: body.coverage,
    sources: measureSources(body.themes),
  };
}

export function useHeatmapCounts(params: HeatmapParams | null) {
  const regions = params?.regions.length ? params.regions : [BENCHMARK_REGION_CODE];
  return useQuery({
    ...compareQueryOptions({ regions, themes: params?.themes ?? [] }),
    enabled: params !== null,
    placeholderData: keepPreviousData,
    select: heatmapCounts,
  });
}
