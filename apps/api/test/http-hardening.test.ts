/**
 * The HTTP layer (issue 11, defects 2, 8 and 9), each reproduction of the audit as a test: router
 * errors and over-long URLs are problem+json; a 16 KB place name is refused at once; security
 * headers are on every answer; HEAD / works; health shows no path; the API is rate limited; and on
 * a real socket, slow or malformed clients are answered and cut off by the server's timeouts.
 */
import { connect } from 'node:net';
import { dirname } from 'node:path';
import { DOCX_MEDIA_TYPE } from '@ipb/domain';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app';
import { TEST_RATE_LIMITS, type TestApp, useTestApp, useWebDist } from './helper';

const t = useTestApp({ webDist: useWebDist() });

function expectProblem(res: Awaited<ReturnType<TestApp['inject']>>, status: number, code: string) {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json()).toMatchObject({ status, code });
}

describe('errors of the router are problems', () => {
  it('answers a malformed percent-encoding with 400', async () => {
    expectProblem(await t.app.inject('/api/sources/1%G'), 400, 'bad-url-encoding');
  });

  it.each(['/api/sources/', '/api/regions/'])('answers a 101-character segment of %s with 414', async (prefix) => {
    const suffix = prefix.includes('regions') ? '/profile' : '';
    expectProblem(await t.app.inject(`${prefix}${'1'.repeat(101)}${suffix}`), 414, 'path-segment-too-long');
  });

  it('answers a URL over 16 KB with 431', async () => {
    expectProblem(await t.app.inject(`/api/compare?regions=${'x'.repeat(17_000)}`), 431, 'url-too-long');
  });
});

describe('place parameters are bounded', () => {
  it('refuses 内蒙古呼和浩特 + 16,200 x with 400 before resolving it', async () => {
    const res = await t.app.inject(`/api/compare?regions=${encodeURIComponent(`内蒙古呼和浩特${'x'.repeat(16_200)}`)}`);
    expectProblem(res, 400, 'invalid-request');
    expect(res.json().errors[0].path).toBe('querystring.regions');
  });

  it('refuses more than 20 places', async () => {
    const res = await t.app.inject(`/api/series?indicator=gdp&regions=${Array(21).fill('150100').join(',')}`);
    expectProblem(res, 400, 'invalid-request');
  });
});

describe('every answer carries the security headers', () => {
  it.each(['/', '/index.html', '/assets/app.js', '/api/health', '/api/nothing-here', '/api/sources/abc'])(
    '%s',
    async (url) => {
      const res = await t.app.inject(url);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).not.toMatch(/upgrade-insecure-requests/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
    },
  );
});

describe('small things a monitor or a reader notices', () => {
  it('answers HEAD / like GET /, without a body', async () => {
    const res = await t.app.inject({ method: 'HEAD', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toBe('');
  });

  it('shows no path of the machine in /api/health', async () => {
    const body = (await t.app.inject('/api/health')).body;
    expect(body).not.toContain(dirname(t.databasePath));
    expect(body).not.toMatch(/sqlite|\/tmp\/|\/home\/|\/work\//);
  });
});

describe('rate limits', () => {
  // A limit counts in a window of a minute from its first request. The clock stands still here, so
  // the requests of a test share one window however slowly a loaded machine answers them: at load 40
  // a .docx brief took longer than the window, and its second request was let through.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers 429 problem+json with Retry-After once an address sends too many requests', async () => {
    const app = await buildApp({
      databasePath: t.databasePath,
      webDist: null,
      rateLimits: { ...TEST_RATE_LIMITS, readsPerMinute: 5 },
    });
    try {
      const codes = [];
      for (let i = 0; i < 6; i++) codes.push((await app.inject('/api/themes')).statusCode);
      expect(codes).toEqual([200, 200, 200, 200, 200, 429]);
      const res = await app.inject('/api/themes');
      expectProblem(res, 429, 'rate-limited');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect((await app.inject('/')).statusCode, 'the web shell is not limited').not.toBe(429);
    } finally {
      await app.close();
    }
  });

  it('gives .docx briefs their own, smaller budget, apart from reads', async () => {
    const app = await buildApp({
      databasePath: t.databasePath,
      webDist: null,
      rateLimits: { ...TEST_RATE_LIMITS, briefsPerMinute: 1 },
    });
    try {
      const docx = { accept: DOCX_MEDIA_TYPE };
      const url = '/api/briefs?regions=320100';
      expect((await app.inject({ url, headers: docx })).statusCode).toBe(200);
      expectProblem(await app.inject({ url, headers: docx }), 429, 'rate-limited');
      expect((await app.inject(url)).statusCode, 'the brief as JSON is a read').toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('on a real socket', () => {
  /** Send raw bytes, and resolve with everything the server sent back once it closes the socket. */
  function rawExchange(port: number, bytes: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
      socket.write(bytes);
    });
  }

  it('answers slow, oversized and malformed requests with problem+json and closes them', async () => {
    const app = await buildApp({
      databasePath: t.databasePath,
      webDist: null,
      rateLimits: TEST_RATE_LIMITS,
      timeouts: { headersMs: 300, requestMs: 600, checkEveryMs: 100 },
    });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as { port: number };
      // Slowloris: headers that never end. A slow body: headers, then never the promised bytes.
      const slowHeaders = rawExchange(port, 'GET /api/health HTTP/1.1\r\nHost: x\r\nX-A: ');
      const slowBody = rawExchange(
        port,
        'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"us',
      );
      const long = rawExchange(port, `GET /api/compare?regions=${'x'.repeat(17_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
      const garbage = rawExchange(port, 'NOT HTTP AT ALL\r\n\r\n');
      for (const [answer, status] of [
        [await slowHeaders, 408],
        [await slowBody, 408],
        [await long, 431],
        [await garbage, 400],
      ] as const) {
        expect(answer).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
        expect(answer).toMatch(/content-type: application\/problem\+json/i);
        expect(answer).toMatch(/x-content-type-options: nosniff/i);
      }
    } finally {
      await app.close();
    }
  });
});
