/**
 * The whole app (providers, router, every route) in a memory router on a stubbed API, for tests of
 * the shell and of navigation between views. The pages are lazy chunks and the shell shows nothing
 * until the first has loaded, so `preloadPages` loads them once before the tests: a test then waits
 * for its page to render, never for a module to be transformed on a busy machine.
 */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/providers';
import { routes } from '@/app/router';
import { stubApi } from './stub-api';

export async function preloadPages(): Promise<void> {
  await Promise.all([
    import('@/features/overview/components/OverviewPage'),
    import('@/features/compare/components/ComparePage'),
    import('@/features/indicators/components/IndicatorsPage'),
  ]);
}

export function renderApp(url: string) {
  stubApi();
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  render(
    <AppProviders queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}
