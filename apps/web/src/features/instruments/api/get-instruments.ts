/** GET /api/instruments: instrument terms of the chosen places beside 呼和浩特. */
import {
  BENCHMARK_REGION_CODE,
  type InstrumentsResponse,
  InstrumentsResponseSchema,
  MAX_INSTRUMENT_MEASURES,
} from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export interface InstrumentsParams {
  /** Places beside the benchmark; empty = every place with a term on record. */
  regions: readonly string[];
  instrument: string | null;
  /** The first term of the page (pages of the API's default 50). */
  offset?: number;
  /** Every measure of each place, up to the API's most (MAX_INSTRUMENT_MEASURES), instead of the latest 3. */
  allMeasures?: boolean;
}

export const instrumentsQueryOptions = (p: InstrumentsParams) =>
  queryOptions({
    queryKey: ['instruments', [...p.regions], p.instrument ?? 'all', p.offset ?? 0, p.allMeasures === true],
    queryFn: ({ signal }): Promise<InstrumentsResponse> =>
      apiGet('/instruments', InstrumentsResponseSchema, {
        query: {
          regions: p.regions.length ? p.regions.join(',') : undefined,
          benchmark: BENCHMARK_REGION_CODE,
          instrument: p.instrument ?? undefined,
          offset: p.offset ? String(p.offset) : undefined,
          measuresLimit: p.allMeasures ? String(MAX_INSTRUMENT_MEASURES) : undefined,
        },
        signal,
      }),
  });

export function useInstruments(p: InstrumentsParams) {
  return useQuery({ ...instrumentsQueryOptions(p), placeholderData: keepPreviousData });
}
