/**
 * The response cache (docs/decisions/014), on whatever IPB_RESPONSE_CACHE says for the rest of the
 * suite: an answer is kept as the bytes that went out, found again under the same data version and
 * normalised URL, Accept and Accept-Encoding, never kept for a role's route, dropped by any edit,
 * bounded in size, and on a real server answered after the rate limit and authentication, with the
 * security headers and the server factory's timeouts.
 */
import { brotliDecompressSync } from 'node:zlib';
import { bumpDataVersion } from '@ipb/db';
import { describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app';
import { DEFAULT_TIMEOUTS } from '../src/lib/http-server';
import { loginAs, sqliteOf, TEST_RATE_LIMITS, useTestApp } from './helper';
import { recordQueries } from './query-recorder';

const t = useTestApp({ responseCacheBytes: 8 * 1024 * 1024 });
const URL = '/api/measures?theme=tech_finance&limit=5';

describe('response cache', () => {
  it('answers a repeated request from the cache, without a query but the data version', async () => {
    const first = await t.app.inject(URL);
    expect(first.statusCode).toBe(200);
    const { result: again, queries } = await recordQueries(sqliteOf(t.app).sqlite, () => t.app.inject(URL));
    expect(again.body).toBe(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(queries.map((q) => q.sql)).toEqual([expect.stringMatching(/data_version/)]);
  });

  it('treats the same parameters in another order as the same resource', async () => {
    const a = await t.app.inject('/api/measures?limit=5&theme=tech_finance');
    expect(a.headers.etag).toBe((await t.app.inject(URL)).headers.etag);
    const notModified = await t.app.inject({ url: URL, headers: { 'if-none-match': String(a.headers.etag) } });
    expect(notModified.statusCode).toBe(304);
  });

  it('keeps compressed bytes per Accept-Encoding, each decoding to the same JSON', async () => {
    const plain = await t.app.inject(URL);
    const br = await t.app.inject({ url: URL, headers: { 'accept-encoding': 'br' } });
    const brAgain = await t.app.inject({ url: URL, headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brAgain.rawPayload.equals(br.rawPayload)).toBe(true);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
  });

  it('never keeps what a role may read, nor what depends on who asks', async () => {
    const editor = await loginAs(t.app, 'editor', 'cache-editor');
    const held = t.app.responseCache?.size ?? 0;
    for (const url of ['/api/review-queue', '/api/audit', '/api/auth/session'])
      expect((await t.app.inject({ url, headers: editor })).statusCode, url).toBe(200);
    expect(t.app.responseCache?.size).toBe(held);
  });

  it('drops everything when an edit bumps the data version: the next answer shows the edit', async () => {
    const editor = await loginAs(t.app, 'editor', 'cache-editor');
    const before = (await t.app.inject(URL)).json();
    const measure = before.items[0];
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/measures/${measure.id}`,
      headers: editor,
      payload: { action: 'correct', reason: '标题更正', changes: { title: '更正后的标题（缓存测试）' } },
    });
    expect(patch.statusCode, patch.body).toBe(200);
    const after = (await t.app.inject(URL)).json();
    expect(after.items.find((m: { id: number }) => m.id === measure.id)?.title).toBe('更正后的标题（缓存测试）');
  });
});

describe('response cache bounds', () => {
  it('holds no more bytes than its size, dropping the least recently used', async () => {
    const small = await buildApp({ databasePath: t.databasePath, webDist: null, responseCacheBytes: 64 * 1024 });
    try {
      for (const theme of ['tech_finance', 'talent', 'tech_transfer', 'innovation_platforms', 'rd_investment'])
        for (const limit of [10, 20, 50]) await small.inject(`/api/measures?theme=${theme}&limit=${limit}`);
      expect(small.responseCache?.bytes).toBeLessThanOrEqual(64 * 1024);
      expect(small.responseCache?.size).toBeGreaterThan(0);
    } finally {
      await small.close();
    }
  });

  it('is off at size 0: every request runs its queries', async () => {
    const off = await buildApp({ databasePath: t.databasePath, webDist: null, responseCacheBytes: 0 });
    try {
      await off.inject(URL);
      const { queries } = await recordQueries(sqliteOf(off).sqlite, () => off.inject(URL));
      expect(queries.length).toBeGreaterThan(1);
      expect(off.responseCache).toBeNull();
    } finally {
      await off.close();
    }
  });
});

describe('on a real server', () => {
  it('listens with the one server factory: its timeouts and header limit hold', () => {
    expect(t.app.server.requestTimeout).toBe(DEFAULT_TIMEOUTS.requestMs);
    expect(t.app.server.headersTimeout).toBe(DEFAULT_TIMEOUTS.headersMs);
    expect(t.app.server.keepAliveTimeout).toBe(DEFAULT_TIMEOUTS.keepAliveMs);
  });

  it('answers a cached response with its security headers and ETag, through the rate limit', async () => {
    const app = await buildApp({
      databasePath: t.databasePath,
      webDist: null,
      responseCacheBytes: 1 << 20,
      rateLimits: { ...TEST_RATE_LIMITS, readsPerMinute: 3 },
    });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as { port: number };
      const get = (headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}${URL}`, { headers });
      const first = await get();
      expect(first.status).toBe(200);
      await first.text();
      const hit = await get();
      expect(app.responseCache?.size).toBe(1);
      expect(hit.status).toBe(200);
      expect(hit.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(hit.headers.get('x-content-type-options')).toBe('nosniff');
      expect(hit.headers.get('x-ratelimit-remaining')).toBe('1');
      const etag = hit.headers.get('etag') ?? '';
      await hit.text();
      const notModified = await get({ 'if-none-match': etag });
      expect(notModified.status).toBe(304);
      const limited = await get();
      expect(limited.status).toBe(429);
      expect(limited.headers.get('content-type')).toMatch(/problem\+json/);
    } finally {
      await app.close();
    }
  });

  it('never answers from the cache a reader REQUIRE_LOGIN keeps out', async () => {
    const app = await buildApp({
      databasePath: t.databasePath,
      webDist: null,
      requireLogin: true,
      responseCacheBytes: 1 << 20,
      rateLimits: false,
    });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as { port: number };
      const viewer = await loginAs(app, 'viewer', 'cache-viewer');
      const get = (headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}${URL}`, { headers });
      const first = await get(viewer);
      expect(first.status).toBe(200);
      const body = await first.text();
      const again = await get(viewer);
      expect(await again.text()).toBe(body);
      expect(app.responseCache?.size).toBe(1);
      expect((await get()).status).toBe(401);
      expect((await get({ 'if-none-match': String(first.headers.get('etag')) })).status).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('after a write, computes each resource once however many ask for it at the same moment', async () => {
    const app = await buildApp({
      databasePath: t.databasePath,
      webDist: null,
      responseCacheBytes: 1 << 20,
      rateLimits: false,
    });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as { port: number };
      const urls = [URL, '/api/compare?regions=320100,330200', '/api/series?indicator=gdp&regions=150100'];
      await app.store.engine.transaction((tx) => bumpDataVersion(tx));
      const stored = vi.spyOn(app.responseCache as NonNullable<typeof app.responseCache>, 'set');
      const answers = await Promise.all(
        Array.from({ length: 24 }, (_, i) => fetch(`http://127.0.0.1:${port}${urls[i % urls.length]}`)),
      );
      const bodies = await Promise.all(answers.map((a) => a.text()));
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
      // A request's handler, serialiser and store run without yielding, so whoever asks next finds the answer.
      expect(stored).toHaveBeenCalledTimes(urls.length);
      for (const [i, body] of bodies.entries()) expect(body).toBe(bodies[i % urls.length]);
    } finally {
      await app.close();
    }
  });
});
