import { MeasureListResponseSchema } from '@ipb/domain';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiGet, buildUrl } from '@/lib/api-client';
import { type MeasuresSearch, toApiQuery } from '../lib/measures-search';

export const PAGE_SIZE = 50;

export type MeasurePage = ReturnType<typeof MeasureListResponseSchema.parse>;

export async function getMeasures(
  search: MeasuresSearch,
  { cursor, signal }: { cursor?: string | null; signal?: AbortSignal } = {},
): Promise<MeasurePage> {
  return apiGet('/measures', MeasureListResponseSchema, {
    query: { ...toApiQuery(search), limit: PAGE_SIZE, cursor },
    signal,
  });
}

/** The same filter as CSV (every matching measure, with its citation), for the download link. */
export function measuresCsvHref(search: MeasuresSearch): string {
  return buildUrl('/measures', { ...toApiQuery(search), limit: 200, format: 'csv' });
}

export const measuresQueryOptions = (search: MeasuresSearch) =>
  infiniteQueryOptions({
    queryKey: ['measures', 'list', toApiQuery(search)],
    queryFn: ({ pageParam, signal }) => getMeasures(search, { cursor: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

/** Pages of measures ("load more" follows nextCursor); the old list stays while a new filter loads. */
export function useMeasures(search: MeasuresSearch) {
  return useInfiniteQuery({ ...measuresQueryOptions(search), placeholderData: keepPreviousData });
}
