/**
 * A route's prefetch must ask for what its page then asks for, under the same query keys: the page
 * asks for none of it again, and every prefetched query has a component reading it.
 */
import { packCompare } from '@ipb/domain';
import { render, screen, waitFor } from '@testing-library/react';
import type { ComponentType } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ComparePage } from '@/features/compare/components/ComparePage';
import { compareResponse, gapsResponse, THEMES } from '@/features/compare/test/compare-fixtures';
import { IndicatorsPage } from '@/features/indicators/components/IndicatorsPage';
import { createQueryClient } from '@/lib/query-client';
import { json, stubApi } from '@/test/stub-api';
import { withPrefetch } from './prefetch';
import { AppProviders } from './providers';

const codesOf = (url: URL) => (url.searchParams.get('regions') ?? '').split(',').filter(Boolean);

function api(url: URL): Response | undefined {
  if (url.pathname === '/api/themes') return json({ items: THEMES });
  if (url.pathname === '/api/compare') return json(packCompare(compareResponse(codesOf(url), [])));
  if (url.pathname === '/api/gaps') return json(gapsResponse(codesOf(url)));
  if (url.pathname === '/api/targets') return json({ items: [], total: 0, offset: 0 });
  return undefined;
}

/** Creating the router runs the route's loader (the prefetch) before anything renders. */
async function prefetchThenRender(path: string, Component: ComponentType, url: string, expected: string[]) {
  const requested = stubApi(api);
  // The app's own client: its staleTime is what lets the page use the prefetched answers.
  const queryClient = createQueryClient();
  const router = createMemoryRouter(withPrefetch([{ path, Component }], queryClient), { initialEntries: [url] });
  await waitFor(() => expect(requested.map((r) => r.split('?')[0])).toEqual(expect.arrayContaining(expected)));
  const prefetched = [...requested];
  render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  /** Queries no mounted component reads: a prefetch whose key the page does not use. */
  const unused = () =>
    queryClient
      .getQueryCache()
      .getAll()
      .filter((q) => q.getObserversCount() === 0)
      .map((q) => q.queryHash);
  return { requested, prefetched, unused };
}

describe('route prefetch', () => {
  it('Indicators: the series, targets, catalogue, places and themes, each asked for once', async () => {
    const url = '/indicators?indicator=high_tech_enterprises&regions=150100,320100&theme=tech_finance';
    const { requested, prefetched, unused } = await prefetchThenRender('indicators', IndicatorsPage, url, [
      '/api/series',
      '/api/targets',
      '/api/indicators',
      '/api/regions',
      '/api/themes',
    ]);
    await screen.findAllByTestId('citation');
    expect(unused()).toEqual([]);
    expect(requested.slice(prefetched.length).filter((r) => prefetched.includes(r))).toEqual([]);
  });

  it('Compare: the comparison and the gaps, each asked for once', async () => {
    const url = '/compare?regions=320100,321000';
    const { requested, prefetched, unused } = await prefetchThenRender('compare', ComparePage, url, [
      '/api/compare',
      '/api/gaps',
      '/api/themes',
    ]);
    await screen.findAllByTestId('compare-column');
    expect(unused()).toEqual([]);
    expect(requested.slice(prefetched.length).filter((r) => prefetched.includes(r))).toEqual([]);
  });
});
