/**
 * Places (GET /api/regions), shared because every feature's place picker needs them:
 * - useRegions: the places that have data, most data first (at most 200; `total` counts them all);
 * - useRegionSearch: a search over the whole gazetteer as the user types (names, pinyin, codes);
 * - usePlaces: the places behind given codes, so a chosen place shows its name even when it is not
 *   among the places listed by default.
 */
import { type Region, RegionListResponseSchema } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { regionsRequest } from '@/early/api-urls';
import { apiGet } from './api-client';

const TEN_MINUTES = 10 * 60_000;
/** Suggestions shown under a place search box. */
export const PLACE_SUGGESTIONS = 8;

export const regionsQueryOptions = () =>
  queryOptions({
    queryKey: ['regions', 'with-data'],
    queryFn: ({ signal }) => apiGet(regionsRequest().path, RegionListResponseSchema, { signal }),
    staleTime: TEN_MINUTES,
  });

export function useRegions() {
  return useQuery({ ...regionsQueryOptions(), select: (body) => body.items });
}

/** How many places have data (the list itself stops at its limit). */
export function usePlacesWithDataCount() {
  return useQuery({ ...regionsQueryOptions(), select: (body) => body.total });
}

export function useRegionSearch(query: string) {
  const q = query.trim();
  return useQuery({
    queryKey: ['regions', 'search', q],
    queryFn: ({ signal }) =>
      apiGet('/regions', RegionListResponseSchema, { query: { q, limit: PLACE_SUGGESTIONS * 2 }, signal }),
    enabled: q !== '',
    staleTime: TEN_MINUTES,
    placeholderData: keepPreviousData,
    select: (body) => body.items,
  });
}

/** The given places by code, merged with the default list: every chosen place has its name. */
export function usePlaces(codes: readonly string[]): Map<string, Region> {
  const listed = useRegions();
  const missing = useMemo(
    () => [...new Set(codes)].filter((c) => !listed.data?.some((r) => r.code === c)).sort(),
    [codes, listed.data],
  );
  const byCode = useQuery({
    queryKey: ['regions', 'codes', missing],
    queryFn: ({ signal }) =>
      apiGet('/regions', RegionListResponseSchema, { query: { codes: missing.join(',') }, signal }),
    enabled: listed.isSuccess && missing.length > 0,
    staleTime: TEN_MINUTES,
    select: (body) => body.items,
  });
  return useMemo(
    () => new Map([...(listed.data ?? []), ...(byCode.data ?? [])].map((r) => [r.code, r] as const)),
    [listed.data, byCode.data],
  );
}
