/**
 * Routes. Feature pages load lazily so the shell (and the overview) do not carry ECharts.
 * `routes` is exported so tests can mount the same tree in a memory router.
 */
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { closeEarly } from '@/early/early-fetch';
import { loadPageStrings } from '@/i18n';
import { Layout } from './layout';
import { NotFoundPage, RouteErrorPage } from './pages';
import { withPrefetch } from './prefetch';

/**
 * A lazily loaded feature page: each view is its own chunk, fetched with the Chinese strings only
 * its feature reads (i18n/page-strings.ts).
 */
function page<M extends Record<string, unknown>>(
  path: string,
  feature: string,
  load: () => Promise<M>,
  name: keyof M & string,
): RouteObject {
  return {
    path,
    lazy: async () => {
      const [module] = await Promise.all([load(), loadPageStrings(feature)]);
      return { Component: module[name] as React.ComponentType };
    },
  };
}

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    HydrateFallback: () => null,
    children: [
      {
        ErrorBoundary: RouteErrorPage,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('@/features/overview/components/OverviewPage')).OverviewPage,
            }),
          },
          page('compare', 'compare', () => import('@/features/compare/components/ComparePage'), 'ComparePage'),
          page(
            'regions/:code',
            'regions',
            () => import('@/features/regions/components/RegionProfilePage'),
            'RegionProfilePage',
          ),
          page('measures', 'measures', () => import('@/features/measures/components/MeasuresPage'), 'MeasuresPage'),
          page(
            'measures/new',
            'measures',
            () => import('@/features/measures/components/InventoryPage'),
            'InventoryPage',
          ),
          page('sources', 'sources', () => import('@/features/sources/components/SourcesPage'), 'SourcesPage'),
          page(
            'sources/:id',
            'sources',
            () => import('@/features/sources/components/SourceReaderPage'),
            'SourceReaderPage',
          ),
          page('review', 'review', () => import('@/features/review/components/ReviewPage'), 'ReviewPage'),
          page('ladder', 'ladder', () => import('@/features/ladder/components/LadderPage'), 'LadderPage'),
          page(
            'instruments',
            'instruments',
            () => import('@/features/instruments/components/InstrumentsPage'),
            'InstrumentsPage',
          ),
          page('peers', 'peers', () => import('@/features/peers/components/PeersPage'), 'PeersPage'),
          page('login', 'auth', () => import('@/features/auth/components/LoginPage'), 'LoginPage'),
          page('import', 'import', () => import('@/features/import/components/ImportPage'), 'ImportPage'),
          page('audit', 'audit', () => import('@/features/audit/components/AuditPage'), 'AuditPage'),
          {
            path: 'indicators',
            lazy: async () => ({
              Component: (await import('@/features/indicators/components/IndicatorsPage')).IndicatorsPage,
            }),
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

export function createAppRouter(queryClient: QueryClient) {
  const router = createBrowserRouter(withPrefetch(routes, queryClient));
  // Once the first route has loaded, its loader has taken the early answers it uses: drop the rest.
  if (router.state.initialized) closeEarly();
  else {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      closeEarly();
      stop();
    });
  }
  return router;
}
