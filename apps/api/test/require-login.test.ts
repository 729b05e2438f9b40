import { describe, expect, it } from 'vitest';
import { loginAs, useTestApp, useWebDist } from './helper';

const t = useTestApp({ requireLogin: true, webDist: useWebDist() });

describe('with REQUIRE_LOGIN=1', () => {
  it('refuses anonymous reads and allows a viewer', async () => {
    const anonymous = await t.app.inject('/api/regions');
    expect(anonymous.statusCode).toBe(401);
    const viewer = await loginAs(t.app, 'viewer');
    expect((await t.app.inject({ url: '/api/regions', headers: viewer })).statusCode).toBe(200);
  });

  it('still answers health and the session endpoint, so the web app can offer a login', async () => {
    expect((await t.app.inject('/api/health')).statusCode).toBe(200);
    const session = await t.app.inject('/api/auth/session');
    expect(session.statusCode).toBe(200);
    expect(session.json().user).toBeNull();
  });

  // Issue 11: /, /index.html and /assets/* answered 401, so the login page could not load.
  it.each(['/', '/index.html', '/assets/app.js', '/login', '/indicators?indicator=gdp'])(
    'serves the web shell at %s to anyone (it holds no data)',
    async (url) => {
      const res = await t.app.inject(url);
      expect(res.statusCode).toBe(200);
      expect((await t.app.inject({ method: 'HEAD', url })).statusCode).toBe(200);
    },
  );

  it.each(['/api/sources', '/api/series?indicator=gdp', '/api/measures', '/api/openapi.json'])(
    'keeps %s closed',
    async (url) => {
      const res = await t.app.inject(url);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('login-required');
    },
  );
});
