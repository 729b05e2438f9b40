/**
 * A page's data is asked for as soon as its route matches, alongside its code: the page's chunk
 * and its API answers arrive together instead of one after the other, which is most of what
 * Compare and Indicators wait for before their content can paint (npm run lighthouse: LCP).
 * Each prefetch asks for exactly what the page's hooks will ask for (same query options, same
 * parsed URL), so the page finds the answers in the query cache; a miss only costs a request.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { gapsQueryOptions } from '@/features/compare/api/get-gaps';
import { parseComparedParam } from '@/features/compare/lib/compare-search';
import { seriesQueryOptions } from '@/features/indicators/api/get-series';
import { targetsQueryOptions } from '@/features/indicators/api/get-targets';
import { parseIndicatorsSearch } from '@/features/indicators/lib/indicators-search';
import { compareQueryOptions } from '@/lib/api/get-compare';
import { indicatorsQueryOptions } from '@/lib/api/get-indicators';
import { regionsQueryOptions } from '@/lib/get-regions';
import { themesQueryOptions } from '@/lib/get-themes';
import { parseAuthorityParam } from '@/lib/use-authority-param';
import { parseThemeParam } from '@/lib/use-theme-param';

type Prefetch = (queryClient: QueryClient, url: URL) => void;

function prefetchCompare(queryClient: QueryClient, url: URL): void {
  const regions = parseComparedParam(url.searchParams.get('regions'));
  if (!regions.length) return;
  const themes = parseThemeParam(url.searchParams.get('theme'));
  const authority = parseAuthorityParam(url.searchParams.get('authority'));
  void queryClient.prefetchQuery(compareQueryOptions({ regions, themes, authority }));
  void queryClient.prefetchQuery(gapsQueryOptions(regions, themes));
}

/** What useSeriesView and IndicatorsPage ask for when the link names the indicator. */
function prefetchIndicators(queryClient: QueryClient, url: URL): void {
  void queryClient.prefetchQuery(indicatorsQueryOptions());
  void queryClient.prefetchQuery(regionsQueryOptions());
  const search = parseIndicatorsSearch(url.searchParams);
  if (!search.indicator) return;
  const themes = parseThemeParam(url.searchParams.get('theme'));
  const authority = parseAuthorityParam(url.searchParams.get('authority'));
  const { indicator, regions } = search;
  void queryClient.prefetchQuery(
    seriesQueryOptions({ indicator, regions, authority, markerThemes: search.markers ? themes : undefined }),
  );
  void queryClient.prefetchQuery(targetsQueryOptions({ indicator, regions, authority }));
}

const PREFETCH: Record<string, Prefetch> = { compare: prefetchCompare, indicators: prefetchIndicators };

/** The routes with their prefetch, for the browser's router (tests mount the plain routes). */
export function withPrefetch(routes: RouteObject[], queryClient: QueryClient): RouteObject[] {
  return routes.map((route) => {
    const prefetch = route.path ? PREFETCH[route.path] : undefined;
    return {
      ...route,
      ...(prefetch
        ? {
            loader: ({ request }: { request: Request }) => {
              // Every page shows the theme filter; its list is asked for with the page's data.
              void queryClient.prefetchQuery(themesQueryOptions());
              prefetch(queryClient, new URL(request.url));
              return null;
            },
          }
        : {}),
      ...(route.children ? { children: withPrefetch(route.children, queryClient) } : {}),
    };
  }) as RouteObject[];
}
