import { describe, expect, it } from 'vitest';
import { loginAs, useTestApp } from './helper';

const t = useTestApp({ requireLogin: true });

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
});
