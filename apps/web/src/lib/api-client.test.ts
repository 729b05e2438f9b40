import { IndicatorListResponseSchema } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '@/test/stub-api';
import { ApiError, apiGet, buildUrl, ContractError } from './api-client';

describe('apiGet', () => {
  it('returns the parsed body and sends the query string', async () => {
    const requested = stubApi();
    const body = await apiGet('/indicators', IndicatorListResponseSchema, { query: { withData: 1, empty: '' } });
    expect(body.items[0]?.id).toBe('high_tech_enterprises');
    expect(requested).toEqual(['/api/indicators?withData=1']);
  });

  it('turns problem+json into an ApiError with its code and params, and the detail as its message', async () => {
    stubApi(() =>
      problem(404, 'unknown-indicator', 'There is no indicator "gdpp". GET /api/indicators lists the ids.', {
        id: 'gdpp',
      }),
    );
    const error = await apiGet('/series', IndicatorListResponseSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      message: 'There is no indicator "gdpp". GET /api/indicators lists the ids.',
      status: 404,
      code: 'unknown-indicator',
      params: { id: 'gdpp' },
    });
  });

  it('adds field-level problems to the message', async () => {
    stubApi(() =>
      json(
        {
          type: 'x',
          title: 'Invalid request',
          status: 400,
          detail: 'The query string is invalid.',
          errors: [{ path: 'querystring.indicator', message: 'name an indicator id' }],
        },
        400,
        'application/problem+json',
      ),
    );
    await expect(apiGet('/series', IndicatorListResponseSchema)).rejects.toThrow(
      'The query string is invalid. (querystring.indicator: name an indicator id)',
    );
  });

  it('keeps the field-level problems apart, for forms that show each next to its field', async () => {
    const errors = [{ path: 'body.title', message: 'a title of at least 2 characters' }];
    stubApi(() =>
      json({ type: 'x', title: 'Invalid request', status: 400, detail: 'd', errors }, 400, 'application/problem+json'),
    );
    const error = await apiGet('/series', IndicatorListResponseSchema).catch((e: unknown) => e);
    expect((error as ApiError).errors).toEqual(errors);
  });

  it('still says something useful when the error is not problem+json', async () => {
    stubApi(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(apiGet('/indicators', IndicatorListResponseSchema)).rejects.toThrow(
      'Bad Gateway — GET /api/indicators',
    );
  });

  it('reports a response that breaks the contract as a ContractError naming the endpoint', async () => {
    stubApi(() => json({ items: [{ id: 'High Tech' }] }));
    const error = await apiGet('/indicators', IndicatorListResponseSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as Error).message).toMatch(/^GET \/api\/indicators returned data that does not match/);
  });
});

describe('buildUrl', () => {
  it.each([
    {
      path: '/series',
      query: { indicator: 'gdp', regions: '150100,320100' },
      url: '/api/series?indicator=gdp&regions=150100%2C320100',
    },
    { path: '/regions', query: { withData: undefined }, url: '/api/regions' },
  ])('$url', ({ path, query, url }) => {
    expect(buildUrl(path, query)).toBe(url);
  });
});
