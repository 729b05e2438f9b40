/**
 * Cached answers written before Fastify routes the request (lib/fast-hits.ts, docs/decisions/014),
 * on a real server: a repeat is answered without any hook of Fastify's, under another order of
 * its parameters too; a write is seen by the next request; and whatever may answer otherwise (a
 * bearer token, the read budget) still goes through Fastify. Behind a trusted proxy the budget is
 * the forwarded client's.
 */
import { bumpDataVersion } from '@ipb/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppOptions, buildApp } from '../src/app';
import { TEST_RATE_LIMITS, useTestApp } from './helper';

const t = useTestApp({ responseCacheBytes: 0 });
const URL = '/api/measures?theme=tech_finance&limit=5';

type App = Awaited<ReturnType<typeof buildApp>>;

/** A listening app with the cache on, and how many requests reached Fastify's hooks. */
async function listening(options: Partial<AppOptions> = {}) {
  const app = await buildApp({
    databasePath: t.databasePath,
    webDist: null,
    responseCacheBytes: 1 << 20,
    rateLimits: TEST_RATE_LIMITS,
    ...options,
  });
  const reached = { count: 0 };
  app.addHook('onRequest', (_request, _reply, done) => {
    reached.count++;
    done();
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`http://127.0.0.1:${port}${url}`, { headers });
    return { status: res.status, headers: res.headers, body: await res.text() };
  };
  return { app, reached, get };
}

describe('cached answers before Fastify', () => {
  let s: Awaited<ReturnType<typeof listening>>;
  beforeAll(async () => {
    s = await listening();
  });
  afterAll(async () => {
    await (s.app as App).close();
  });

  it('answers a repeat, and the same parameters in another order, without reaching Fastify', async () => {
    const first = await s.get(URL);
    expect(first.status).toBe(200);
    const reached = s.reached.count;
    const again = await s.get(URL);
    const reordered = await s.get('/api/measures?limit=5&theme=tech_finance');
    expect(s.reached.count).toBe(reached);
    for (const hit of [again, reordered]) {
      expect(hit.status).toBe(200);
      expect(hit.body).toBe(first.body);
      expect(hit.headers.get('etag')).toBe(first.headers.get('etag'));
      expect(hit.headers.get('content-type')).toBe(first.headers.get('content-type'));
      expect(hit.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'));
      expect(hit.headers.get('x-ratelimit-limit')).toBe(String(TEST_RATE_LIMITS.readsPerMinute));
    }
    const notModified = await s.get(URL, { 'if-none-match': String(first.headers.get('etag')) });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(notModified.headers.get('x-content-type-options')).toBe('nosniff');
    expect(s.reached.count).toBe(reached);
  });

  it('writes every header Fastify wrote for the answer, in one head, budget included', async () => {
    // Fastify's own answer streams (compressed): no length. The budget counts down per request, and
    // the seconds to its reset follow the clock (a second can pass between the two requests).
    const perRequest = new Set([
      'date',
      'content-length',
      'transfer-encoding',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
    ]);
    const rest = (headers: Headers) => [...headers].filter(([name]) => !perRequest.has(name));
    const url = '/api/measures?theme=talent&limit=3';
    const first = await s.get(url);
    const reached = s.reached.count;
    const hit = await s.get(url);
    expect(s.reached.count).toBe(reached);
    expect(rest(hit.headers)).toEqual(rest(first.headers));
    expect(Number(hit.headers.get('x-ratelimit-remaining'))).toBe(
      Number(first.headers.get('x-ratelimit-remaining')) - 1,
    );
    for (const answer of [first, hit]) {
      const reset = Number(answer.headers.get('x-ratelimit-reset'));
      expect(reset >= 0 && reset <= 60, `x-ratelimit-reset ${reset}`).toBe(true);
    }
    expect(Number(hit.headers.get('content-length'))).toBeGreaterThan(0);
    expect(hit.body).toBe(first.body);
  });

  it('sees a committed write at the next request: the answer is built again, under the new version', async () => {
    const before = await s.get(URL);
    await s.app.store.engine.transaction((tx) => bumpDataVersion(tx));
    const reached = s.reached.count;
    const after = await s.get(URL);
    expect(s.reached.count).toBe(reached + 1);
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
  });

  it('leaves a bearer token to Fastify: an invalid one is refused even for a cached resource', async () => {
    expect((await s.get(URL)).status).toBe(200);
    const refused = await s.get(URL, { authorization: 'Bearer not-a-token' });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
  });
});

describe('the read budget', () => {
  it('counts cached answers in the limiter: the next read over it is a 429 problem', async () => {
    const s = await listening({ rateLimits: { ...TEST_RATE_LIMITS, readsPerMinute: 3 } });
    try {
      expect((await s.get(URL)).headers.get('x-ratelimit-remaining')).toBe('2');
      const reached = s.reached.count;
      expect((await s.get(URL)).headers.get('x-ratelimit-remaining')).toBe('1');
      expect((await s.get(URL)).headers.get('x-ratelimit-remaining')).toBe('0');
      expect(s.reached.count).toBe(reached);
      const limited = await s.get(URL);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('content-type')).toMatch(/problem\+json/);
      expect(limited.headers.get('retry-after')).toBeTruthy();
    } finally {
      await s.app.close();
    }
  });

  it('behind a trusted proxy, counts each forwarded client on its own, as Fastify does', async () => {
    const s = await listening({ trustProxy: '127.0.0.1', rateLimits: { ...TEST_RATE_LIMITS, readsPerMinute: 2 } });
    try {
      const from = (address: string) => ({ 'x-forwarded-for': address });
      expect((await s.get(URL, from('10.0.0.1'))).status).toBe(200);
      const reached = s.reached.count;
      expect((await s.get(URL, from('10.0.0.1'))).headers.get('x-ratelimit-remaining')).toBe('0');
      expect((await s.get(URL, from('10.0.0.2'))).headers.get('x-ratelimit-remaining')).toBe('1');
      expect(s.reached.count).toBe(reached);
      expect((await s.get(URL, from('10.0.0.1'))).status).toBe(429);
    } finally {
      await s.app.close();
    }
  });
});
