/** GET /api/instruments: instrument terms of the chosen places beside 呼和浩特. */
import { BENCHMARK_REGION_CODE, type InstrumentsResponse, InstrumentsResponseSchema } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export interface InstrumentsParams {
  /** Places beside the benchmark; empty = every place with a term on record. */
  regions: readonly string[];
  instrument: string | null;
}

export const instrumentsQueryOptions = (p: InstrumentsParams) =>
  queryOptions({
    queryKey: ['instruments', [...p.regions], p.instrument ?? 'all'],
    queryFn: ({ signal }): Promise<InstrumentsResponse> =>
      apiGet('/instruments', InstrumentsResponseSchema, {
        query: {
          regions: p.regions.length ? p.regions.join(',') : undefined,
          benchmark: BENCHMARK_REGION_CODE,
          instrument: p.instrument ?? undefined,
        },
        signal,
      }),
  });

export function useInstruments(p: InstrumentsParams) {
  return useQuery({ ...instrumentsQueryOptions(p), placeholderData: keepPreviousData });
}
