/**
 * Routes. Feature pages load lazily so the shell (and the overview) do not carry ECharts.
 * `routes` is exported so tests can mount the same tree in a memory router.
 */
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { NotFoundPage, RouteErrorPage } from './pages';
import { withPrefetch } from './prefetch';

/** A lazily loaded feature page: each view is its own chunk. */
function page<M extends Record<string, unknown>>(
  path: string,
  load: () => Promise<M>,
  name: keyof M & string,
): RouteObject {
  return { path, lazy: async () => ({ Component: (await load())[name] as React.ComponentType }) };
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
          page('compare', () => import('@/features/compare/components/ComparePage'), 'ComparePage'),
          page('regions/:code', () => import('@/features/regions/components/RegionProfilePage'), 'RegionProfilePage'),
          page('measures', () => import('@/features/measures/components/MeasuresPage'), 'MeasuresPage'),
          page('measures/new', () => import('@/features/measures/components/InventoryPage'), 'InventoryPage'),
          page('sources', () => import('@/features/sources/components/SourcesPage'), 'SourcesPage'),
          page('sources/:id', () => import('@/features/sources/components/SourceReaderPage'), 'SourceReaderPage'),
          page('review', () => import('@/features/review/components/ReviewPage'), 'ReviewPage'),
          page('ladder', () => import('@/features/ladder/components/LadderPage'), 'LadderPage'),
          page('instruments', () => import('@/features/instruments/components/InstrumentsPage'), 'InstrumentsPage'),
          page('peers', () => import('@/features/peers/components/PeersPage'), 'PeersPage'),
          page('login', () => import('@/features/auth/components/LoginPage'), 'LoginPage'),
          page('import', () => import('@/features/import/components/ImportPage'), 'ImportPage'),
          page('audit', () => import('@/features/audit/components/AuditPage'), 'AuditPage'),
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
  return createBrowserRouter(withPrefetch(routes, queryClient));
}
