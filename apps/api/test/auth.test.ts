import { describe, expect, it } from 'vitest';
import { loginAs, useTestApp } from './helper';

const t = useTestApp();

interface OpenApi {
  paths: Record<string, Record<string, unknown>>;
}

/** Every write route in the OpenAPI document, with sample path parameters filled in. */
async function writeRoutes(): Promise<Array<{ method: string; url: string }>> {
  const doc = (await t.app.inject('/api/openapi.json')).json() as OpenApi;
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter((m) => !['get', 'head', 'options'].includes(m))
      .map((m) => ({ method: m.toUpperCase(), url: path.replace(/\{[^}]+\}/g, '1') })),
  );
}

describe('authorisation of write routes (walked from the OpenAPI document)', () => {
  it('finds the write routes in the document', async () => {
    const routes = await writeRoutes();
    expect(routes.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining([
        'POST /api/sources',
        'POST /api/observations/import',
        'PATCH /api/measures/1',
        'PATCH /api/observations/1',
      ]),
    );
  });

  it('refuses anonymous writers with 401 and viewers with 403 on every write route but login', async () => {
    const viewer = await loginAs(t.app, 'viewer');
    for (const { method, url } of await writeRoutes()) {
      if (url === '/api/auth/login') continue;
      const anonymous = await t.app.inject({ method: method as 'POST', url, payload: {} });
      expect(anonymous.statusCode, `${method} ${url} anonymous`).toBe(401);
      expect(anonymous.headers['content-type']).toMatch(/problem\+json/);
      if (url === '/api/auth/logout') continue;
      const asViewer = await t.app.inject({ method: method as 'POST', url, payload: {}, headers: viewer });
      expect(asViewer.statusCode, `${method} ${url} as viewer`).toBe(403);
    }
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const editor = await loginAs(t.app, 'editor');
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/measures/1',
      headers: { cookie: editor.cookie },
      payload: { action: 'accept' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().title).toMatch(/CSRF/);
  });
});

describe('login, session cookie and API tokens', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and reports the session', async () => {
    await loginAs(t.app, 'editor', 'cookie-check');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'cookie-check', password: 'editor-password-123' },
    });
    const cookie = res.cookies.find((c) => c.name === 'ipb_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const session = await t.app.inject({
      url: '/api/auth/session',
      headers: { cookie: `ipb_session=${cookie?.value}` },
    });
    expect(session.json().user).toMatchObject({ username: 'cookie-check', role: 'editor' });
  });

  it('rejects a wrong password with 401 and no hint which part was wrong', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody', password: 'x' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().title).toBe('Wrong user name or password');
  });

  it('lets a script write with a bearer token (no CSRF needed)', async () => {
    const editor = await loginAs(t.app, 'editor');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: editor,
      payload: { name: 'script' },
    });
    expect(created.statusCode).toBe(201);
    const token = created.json().token as string;
    const queue = await t.app.inject({
      url: '/api/review-queue?limit=1',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(queue.statusCode).toBe(200);
    const bad = await t.app.inject({ url: '/api/health', headers: { authorization: 'Bearer nope' } });
    expect(bad.statusCode).toBe(401);
  });

  it('only an admin creates users', async () => {
    const editor = await loginAs(t.app, 'editor');
    const admin = await loginAs(t.app, 'admin');
    const payload = { username: 'new-analyst', password: 'a-long-password', role: 'viewer' };
    expect((await t.app.inject({ method: 'POST', url: '/api/users', headers: editor, payload })).statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'POST', url: '/api/users', headers: admin, payload });
    expect(ok.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: '/api/users', headers: admin, payload })).statusCode).toBe(409);
  });
});

describe('REQUIRE_LOGIN', () => {
  it('keeps reading open by default', async () => {
    expect((await t.app.inject('/api/regions?withData=1')).statusCode).toBe(200);
  });
});
