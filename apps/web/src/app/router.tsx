/**
 * Routes. Feature pages load lazily so the shell (and the overview) do not carry ECharts.
 * `routes` is exported so tests can mount the same tree in a memory router.
 */
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { NotFoundPage, OverviewPage, RouteErrorPage } from './pages';

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    HydrateFallback: () => null,
    children: [
      {
        ErrorBoundary: RouteErrorPage,
        children: [
          { index: true, Component: OverviewPage },
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

export function createAppRouter() {
  return createBrowserRouter(routes);
}
