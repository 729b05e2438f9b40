/**
 * The early request (early.ts) and the route's prefetch (app/prefetch.ts) must ask for the same
 * URLs, or the page asks again and the early answers are wasted; and an early answer is taken once,
 * by exactly its URL, and only during the first page's load.
 */
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withPrefetch } from '@/app/prefetch';
import { json, stubApi } from '@/test/stub-api';
import { WAIT_MS } from '../../../../scripts/test-budget';
import { buildUrl } from './api-urls';
import { pageRequests } from './route-plans';

const LINKS = [
  '/compare?regions=320100,330200',
  '/compare?regions=150100,320100,320100,bad,330200&theme=talent,nope,tech_finance&authority=official',
  '/compare/?regions=%20320100%20,321000-zone-a',
  '/compare',
  '/indicators?indicator=high_tech_enterprises&regions=150100,320100',
  '/indicators?indicator=high_tech_enterprises&regions=320100,150100,330200&theme=talent&authority=official',
  '/indicators?indicator=high_tech_enterprises&regions=320100&markers=0&theme=talent',
  '/indicators?indicator=Not-An-Id&regions=320100',
  '/indicators',
];

const Nothing = () => null;

/** What the route's loader asks for, as the router runs it for `link`. */
async function prefetched(link: string): Promise<string[]> {
  const requested = stubApi((url) => (url.pathname === '/api/targets' ? json({ items: [], total: 0 }) : undefined));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const routes = [
    { path: 'compare', Component: Nothing },
    { path: 'indicators', Component: Nothing },
  ];
  const router = createMemoryRouter(withPrefetch(routes, queryClient), { initialEntries: [link] });
  await vi.waitFor(() => expect(router.state.initialized).toBe(true), { timeout: WAIT_MS });
  router.dispose();
  return requested;
}

describe('early request', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each(LINKS)('asks for what the route prefetches: %s', async (link) => {
    const early = pageRequests(new URL(link, 'http://localhost')).map(({ path, query }) => buildUrl(path, query));
    expect(early.sort()).toEqual((await prefetched(link)).sort());
  });

  it('asks for nothing on other pages', () => {
    expect(pageRequests(new URL('/measures?theme=talent', 'http://localhost'))).toEqual([]);
  });
});

describe('early answers', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('are taken once, by their exact URL, until the first page has loaded', async () => {
    const requested = stubApi();
    const { startEarly, takeEarly, closeEarly } = await import('./early-fetch');
    startEarly(['/api/themes', '/api/regions']);
    expect(requested).toEqual(['/api/themes', '/api/regions']);
    expect(takeEarly('/api/themes?x=1')).toBeUndefined();
    expect(await takeEarly('/api/themes')).toBeInstanceOf(Response);
    expect(takeEarly('/api/themes')).toBeUndefined();
    closeEarly();
    expect(takeEarly('/api/regions')).toBeUndefined();
    startEarly(['/api/themes']);
    expect(requested).toHaveLength(2);
  });

  it('stand in for the request apiGet would send, which is then not sent again', async () => {
    const requested = stubApi();
    const { startEarly } = await import('./early-fetch');
    const { getIndicators } = await import('@/lib/api/get-indicators');
    startEarly(['/api/indicators?withData=1']);
    const items = await getIndicators();
    expect(items.length).toBeGreaterThan(0);
    expect(requested).toEqual(['/api/indicators?withData=1']);
  });
});
