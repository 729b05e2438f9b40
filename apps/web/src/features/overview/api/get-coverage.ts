/**
 * Measure counts per place and theme for the heatmap. /api/compare already counts them (including
 * a place's subdivisions, like /measures?region= does), so one request fills the whole matrix; its
 * measure lists name the sources the counts come from.
 */
import { BENCHMARK_REGION_CODE, type CompareResponse, CompareResponseSchema } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { measureSources } from '../lib/heatmap-caption';

export interface CoverageParams {
  /** Places besides the benchmark (at most 8, the API's limit). */
  regions: readonly string[];
  themes: readonly string[];
}

export async function getCoverage(params: CoverageParams, signal?: AbortSignal) {
  const body: CompareResponse = await apiGet('/compare', CompareResponseSchema, {
    query: {
      regions: (params.regions.length ? params.regions : [BENCHMARK_REGION_CODE]).join(','),
      benchmark: BENCHMARK_REGION_CODE,
      theme: params.themes.length ? params.themes.join(',') : undefined,
    },
    signal,
  });
  return {
    benchmark: body.benchmark,
    regions: body.regions,
    coverage: body.coverage,
    /** Where the counted measures come from, for the caption of the downloaded image. */
    sources: measureSources(body.themes),
  };
}

export const coverageQueryOptions = (params: CoverageParams) =>
  queryOptions({
    queryKey: ['coverage', [...params.regions], [...params.themes]],
    queryFn: ({ signal }) => getCoverage(params, signal),
  });

export function useCoverage(params: CoverageParams | null) {
  return useQuery({
    ...coverageQueryOptions(params ?? { regions: [], themes: [] }),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });
}
