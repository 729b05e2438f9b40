/**
 * Stubs `fetch` (vi.stubGlobal) with a tiny router over the fixtures, answering like the real
 * API: JSON on success, problem+json on errors. Returns the list of requested URLs.
 */
import { vi } from 'vitest';
import { INDICATORS, regionsResponse, seriesResponse } from './fixtures';

export function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': `${type}; charset=utf-8` } });
}

/** A problem+json answer as the API sends it: a stable code and params, an English title and detail. */
export function problem(
  status: number,
  code: string,
  detail: string,
  params?: Record<string, string | number>,
): Response {
  return json(
    { type: `https://ipb.local/problems/${code}`, title: code, status, detail, code, ...(params ? { params } : {}) },
    status,
    'application/problem+json',
  );
}

type Handler = (url: URL) => Response | undefined;

export function stubApi(override?: Handler): string[] {
  const requested: string[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost');
    requested.push(`${url.pathname}${url.search}`);
    const custom = override?.(url);
    if (custom) return custom;
    switch (url.pathname) {
      case '/api/indicators':
        return json({ items: INDICATORS });
      case '/api/regions':
        return json(regionsResponse(url));
      case '/api/series': {
        const codes = (url.searchParams.get('regions') ?? '').split(',').filter(Boolean);
        return json(seriesResponse(url.searchParams.get('indicator') ?? '', codes));
      }
      default:
        return problem(404, 'not-found', `GET ${url.pathname} does not exist.`, { path: url.pathname });
    }
  });
  vi.stubGlobal('fetch', fetchStub);
  return requested;
}
