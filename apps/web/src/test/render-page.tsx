/**
 * Renders a page or component the way the app does — providers (fresh query client, no retries),
 * a memory router at `url` — and returns the router, the URL's search and a user-event session.
 */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/providers';
import type { Lang } from '@/i18n';

export function renderPage(
  Component: ComponentType,
  { url, path, lang = 'zh' }: { url: string; path?: string; lang?: Lang },
) {
  const router = createMemoryRouter([{ path: path ?? new URL(url, 'http://x').pathname, Component }], {
    initialEntries: [url],
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProviders queryClient={queryClient} lang={lang}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  const search = () => new URLSearchParams(router.state.location.search);
  return { router, search, user: userEvent.setup() };
}
