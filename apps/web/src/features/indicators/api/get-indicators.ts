import { type Indicator, IndicatorListResponseSchema } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

/** Indicators that have at least one figure: the ones worth offering in the picker. */
export async function getIndicators({ signal }: { signal?: AbortSignal } = {}): Promise<Indicator[]> {
  const body = await apiGet('/indicators', IndicatorListResponseSchema, { query: { withData: 1 }, signal });
  return body.items;
}

export const indicatorsQueryOptions = () =>
  queryOptions({
    queryKey: ['indicators', { withData: true }],
    queryFn: ({ signal }) => getIndicators({ signal }),
    staleTime: 10 * 60_000,
  });

export function useIndicators() {
  return useQuery(indicatorsQueryOptions());
}
