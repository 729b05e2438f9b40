/**
 * Indicators with data (GET /api/indicators?withData=1): shared because the indicators view picks
 * from them and other views name an indicator by its id in the reader's language.
 */
import { type Indicator, IndicatorListResponseSchema } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { indicatorsRequest } from '@/early/api-urls';
import { useI18n } from '@/i18n';
import { apiGet } from '@/lib/api-client';

/** Indicators with at least one figure (the ones worth offering in a chart picker), or the whole catalogue. */
export async function getIndicators({ withData = true, signal }: { withData?: boolean; signal?: AbortSignal } = {}) {
  const { path, query } = indicatorsRequest(withData);
  const body = await apiGet(path, IndicatorListResponseSchema, { query, signal });
  return body.items;
}

export const indicatorsQueryOptions = (withData = true) =>
  queryOptions<Indicator[]>({
    queryKey: ['indicators', { withData }],
    queryFn: ({ signal }) => getIndicators({ withData, signal }),
    staleTime: 10 * 60_000,
  });

export function useIndicators(withData = true) {
  return useQuery(indicatorsQueryOptions(withData));
}

/** An indicator's name in the reader's language by its id; the name the API gave, or the id, if unknown. */
export function useIndicatorName(): (id: string | null | undefined, given?: string | null) => string {
  const { lang } = useI18n();
  const indicators = useIndicators();
  const byId = useMemo(() => new Map((indicators.data ?? []).map((i) => [i.id, i])), [indicators.data]);
  return useCallback(
    (id, given) => {
      const indicator = id ? byId.get(id) : undefined;
      if (indicator) return lang === 'en' ? indicator.nameEn : indicator.nameZh;
      return given ?? id ?? '';
    },
    [byId, lang],
  );
}
