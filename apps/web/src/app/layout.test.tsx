import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { stubApi } from '@/test/stub-api';
import { AppProviders } from './providers';
import { routes } from './router';

function renderApp(url: string) {
  stubApi();
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  render(
    <AppProviders queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

// The pages are lazy chunks: the shell renders once the first one has loaded. Load them before the
// tests, so the first test waits for its page to render, not for a module to be transformed.
beforeAll(async () => {
  await Promise.all([
    import('@/features/overview/components/OverviewPage'),
    import('@/features/compare/components/ComparePage'),
    import('@/features/indicators/components/IndicatorsPage'),
  ]);
});

describe('navigation keeps the shared URL state', () => {
  it.each([
    { url: '/?authority=official', search: '?authority=official' },
    { url: '/?theme=tech_finance&authority=official', search: '?theme=tech_finance&authority=official' },
    { url: '/compare?regions=320100&view=per_capita', search: '' },
  ])('from $url the nav links carry "$search"', async ({ url, search }) => {
    renderApp(url);
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    for (const [name, path] of [
      ['概览', '/'],
      ['对比', '/compare'],
      ['指标', '/indicators'],
      ['举措', '/measures'],
    ] as const) {
      expect(within(nav).getByRole('link', { name })).toHaveAttribute('href', `${path}${search}`);
    }
  });

  it('opens the indicators with the official switch still on', async () => {
    const router = renderApp('/?authority=official');
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    await userEvent.click(within(nav).getByRole('link', { name: '指标' }));
    expect(await screen.findByRole('heading', { level: 1, name: '指标对比' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/indicators');
    expect(await screen.findByRole('switch', { name: '只看官方来源' })).toBeChecked();
  });
});
