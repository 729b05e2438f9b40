/**
 * Compare's data is asked for as soon as the route matches, alongside its code: the page's chunk
 * and the /api/compare and /api/gaps answers arrive together instead of one after the other, which
 * is most of what the page waits for before its measures and table can paint.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { gapsQueryOptions } from '@/features/compare/api/get-gaps';
import { parseComparedParam } from '@/features/compare/lib/compare-search';
import { compareQueryOptions } from '@/lib/api/get-compare';
import { parseAuthorityParam } from '@/lib/use-authority-param';
import { parseThemeParam } from '@/lib/use-theme-param';

function prefetchCompare(queryClient: QueryClient, url: URL): null {
  const regions = parseComparedParam(url.searchParams.get('regions'));
  if (!regions.length) return null;
  const themes = parseThemeParam(url.searchParams.get('theme'));
  const authority = parseAuthorityParam(url.searchParams.get('authority'));
  void queryClient.prefetchQuery(compareQueryOptions({ regions, themes, authority }));
  void queryClient.prefetchQuery(gapsQueryOptions(regions, themes));
  return null;
}

/** The routes with Compare's prefetch, for the browser's router (tests mount the plain routes). */
export function withPrefetch(routes: RouteObject[], queryClient: QueryClient): RouteObject[] {
  return routes.map((route) => ({
    ...route,
    ...(route.path === 'compare'
      ? { loader: ({ request }) => prefetchCompare(queryClient, new URL(request.url)) }
      : {}),
    ...(route.children ? { children: withPrefetch(route.children, queryClient) } : {}),
  })) as RouteObject[];
}
