/**
 * The URLs of the API requests a page starts with, built in one place for the page's queries
 * (lib/api, features/…/api) and for the early request (early.ts), so the two cannot drift: the
 * page takes the early answer only when its URL is exactly the one asked for.
 */
import { BENCHMARK_REGION_CODE } from '@ipb/domain';
import type { AuthorityParam } from './url-state';

export type Query = Record<string, string | number | boolean | undefined | null>;

/** An API request before it is sent: the path under /api and its query. */
export interface ApiRequest {
  path: string;
  query?: Query;
}

export function buildUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

const list = (values: readonly string[]) => (values.length ? values.join(',') : undefined);

export interface CompareParams {
  /** Compared places, without the benchmark (the API needs at least one: pass the benchmark then). */
  regions: readonly string[];
  themes: readonly string[];
  authority?: AuthorityParam;
}

export const compareRequest = ({ regions, themes, authority }: CompareParams): ApiRequest => ({
  path: '/compare',
  query: { regions: regions.join(','), benchmark: BENCHMARK_REGION_CODE, theme: list(themes), authority },
});

export const gapsRequest = (regions: readonly string[], themes: readonly string[]): ApiRequest => ({
  path: '/gaps',
  query: { regions: regions.join(','), benchmark: BENCHMARK_REGION_CODE, theme: list(themes) },
});

export interface SeriesParams {
  indicator: string;
  /** Region codes, benchmark first. */
  regions: readonly string[];
  /** `official` keeps figures from official sources only (the switch); undefined = all, each badged. */
  authority?: AuthorityParam;
  /** Ask for the places' measures as timeline markers, of these themes (empty = all); absent = none. */
  markerThemes?: readonly string[];
}

export const seriesRequest = ({ indicator, regions, authority, markerThemes }: SeriesParams): ApiRequest => ({
  path: '/series',
  query: {
    indicator,
    regions: regions.join(','),
    authority,
    markers: markerThemes ? 1 : undefined,
    theme: markerThemes ? list(markerThemes) : undefined,
  },
});

export type TargetsParams = Omit<SeriesParams, 'markerThemes'>;

/**
 * The chart asks for as many targets as the API gives in one answer (TargetQuerySchema's maximum;
 * api-urls.test holds the two equal): the default page of 50 would cut a chart's targets silently.
 * Where a chart's places have more, the list under it says how many are not shown.
 */
export const TARGETS_LIMIT = 200;

export const targetsRequest = ({ indicator, regions, authority }: TargetsParams): ApiRequest => ({
  path: '/targets',
  query: { indicator, region: regions.join(','), authority, limit: TARGETS_LIMIT },
});

/** The indicator catalogue: those with data (the chart pickers) or all of it. */
export const indicatorsRequest = (withData: boolean): ApiRequest => ({
  path: '/indicators',
  query: { withData: withData ? 1 : 0 },
});

/** The places that have data (every place picker). */
export const regionsRequest = (): ApiRequest => ({ path: '/regions' });

export const themesRequest = (): ApiRequest => ({ path: '/themes' });
