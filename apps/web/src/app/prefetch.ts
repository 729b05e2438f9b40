/**
 * A page's data is asked for as soon as its route matches, alongside its code: the page's chunk
 * and its API answers arrive together instead of one after the other, which is most of what
 * Compare and Indicators wait for before their content can paint (npm run lighthouse: LCP).
 * Each prefetch asks for exactly what the page's hooks will ask for (same query options, same
 * parsed URL), so the page finds the answers in the query cache; a miss only costs a request.
 * The link is read by early/route-plans.ts, as the early request (early/early.ts) reads it: the
 * answers that request already has are taken instead of asking again (lib/api-client.ts).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { comparePlan, indicatorsPlan } from '@/early/route-plans';
import { gapsQueryOptions } from '@/features/compare/api/get-gaps';
import { seriesQueryOptions } from '@/features/indicators/api/get-series';
import { targetsQueryOptions } from '@/features/indicators/api/get-targets';
import { compareQueryOptions } from '@/lib/api/get-compare';
import { indicatorsQueryOptions } from '@/lib/api/get-indicators';
import { regionsQueryOptions } from '@/lib/get-regions';
import { themesQueryOptions } from '@/lib/get-themes';

type Prefetch = (queryClient: QueryClient, url: URL) => void;

function prefetchCompare(queryClient: QueryClient, url: URL): void {
  const compare = comparePlan(url);
  if (!compare) return;
  void queryClient.prefetchQuery(compareQueryOptions(compare));
  void queryClient.prefetchQuery(gapsQueryOptions(compare.regions, compare.themes));
}

/** What useSeriesView and IndicatorsPage ask for when the link names the indicator. */
function prefetchIndicators(queryClient: QueryClient, url: URL): void {
  void queryClient.prefetchQuery(indicatorsQueryOptions());
  void queryClient.prefetchQuery(regionsQueryOptions());
  const chart = indicatorsPlan(url);
  if (!chart) return;
  void queryClient.prefetchQuery(seriesQueryOptions(chart.series));
  void queryClient.prefetchQuery(targetsQueryOptions(chart.targets));
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
