/**
 * Accounts resist attack (issue 11, defect 7), each reproduction of the audit as a test:
 * login attempts are limited and a name is locked with backoff; API tokens expire and can be
 * listed and revoked; weak passwords are refused; user names are normalised; expired sessions are
 * deleted; X-Forwarded-Proto counts only from a configured proxy.
 */
import { createUser, purgeExpired, query } from '@ipb/db';
import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { loginAs, useTestApp } from './helper';

const t = useTestApp({
  rateLimits: { readsPerMinute: 1000, writesPerMinute: 1000, loginsPerAddress: 500, loginsPerName: 8 },
});

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

async function makeUser(username: string, password: string, role: 'viewer' | 'editor' | 'admin' = 'viewer') {
  await createUser(t.app.store.engine, { username, passwordHash: await hash(password), role }, 'test');
}

describe('login attempts', () => {
  it('locks a name after 5 failures in a row, even for the right password, and says when to retry', async () => {
    await makeUser('lock-me', 'Correct-horse-battery-9');
    for (let i = 0; i < 5; i++) expect((await login('lock-me', `wrong-${i}-password`)).statusCode).toBe(401);
    const locked = await login('lock-me', 'Correct-horse-battery-9');
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(locked.json()).toMatchObject({ code: 'login-locked', params: { retryAfterSeconds: expect.any(Number) } });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('lets the name in again once the lock has passed, and a success clears the count', async () => {
    const past = new Date(Date.now() - 1000).toISOString();
    const db = t.app.store.engine;
    await db.run(query('UPDATE login_failures SET locked_until = ? WHERE username = ?'), [past, 'lock-me']);
    expect((await login('lock-me', 'Correct-horse-battery-9')).statusCode).toBe(200);
    expect(await db.get(query('SELECT * FROM login_failures WHERE username = ?'), ['lock-me'])).toBeUndefined();
  });

  it('locks names that do not exist the same way (no hint which names do)', async () => {
    for (let i = 0; i < 5; i++) expect((await login('nobody-here', `wrong-${i}-password`)).statusCode).toBe(401);
    expect((await login('nobody-here', 'anything-else-1')).json().code).toBe('login-locked');
  });

  it('limits attempts per address and name (429 rate-limited), and other names still log in', async () => {
    await makeUser('busy-user', 'Busy-user-password-77');
    const codes: number[] = [];
    for (let i = 0; i < 9; i++) codes.push((await login('busy-user', 'Busy-user-password-77')).statusCode);
    expect(codes.slice(0, 8)).toEqual(Array(8).fill(200));
    const limited = await login('busy-user', 'Busy-user-password-77');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'rate-limited' });
    await makeUser('still-fine', 'Another-long-secret-42');
    expect((await login('still-fine', 'Another-long-secret-42')).statusCode).toBe(200);
  });

  it('limits attempts per address whatever the name', async () => {
    const app = await buildApp({
      databasePath: t.databasePath,
      webDist: null,
      rateLimits: { readsPerMinute: 100, writesPerMinute: 100, loginsPerAddress: 3, loginsPerName: 3 },
    });
    try {
      const codes: number[] = [];
      for (const name of ['a-one', 'a-two', 'a-three', 'a-four'])
        codes.push(
          (await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: name, password: 'x-y-z' } }))
            .statusCode,
        );
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await app.close();
    }
  });
});

describe('API tokens', () => {
  it('expire, can be listed without their secret, and can be revoked', async () => {
    const editor = await loginAs(t.app, 'editor', 'token-owner');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: editor,
      payload: { name: 'nightly import', expiresInDays: 30 },
    });
    expect(created.statusCode).toBe(201);
    const { id, token, expiresAt } = created.json();
    const days = (Date.parse(expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThanOrEqual(30);

    const list = await t.app.inject({ url: '/api/auth/tokens', headers: editor });
    expect(list.json().items).toEqual([expect.objectContaining({ id, name: 'nightly import', expiresAt })]);
    expect(list.body).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ url: '/api/review-queue?limit=1', headers: bearer })).statusCode).toBe(200);
    const revoked = await t.app.inject({ method: 'DELETE', url: `/api/auth/tokens/${id}`, headers: editor });
    expect(revoked.statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/review-queue?limit=1', headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('invalid-token');
  });

  it('stop working when expired, and another editor cannot revoke them', async () => {
    const editor = await loginAs(t.app, 'editor', 'token-owner-2');
    const { id, token } = (
      await t.app.inject({ method: 'POST', url: '/api/auth/tokens', headers: editor, payload: { name: 'old' } })
    ).json();
    const other = await loginAs(t.app, 'editor', 'someone-else');
    expect((await t.app.inject({ method: 'DELETE', url: `/api/auth/tokens/${id}`, headers: other })).statusCode).toBe(
      404,
    );
    const past = new Date(Date.now() - 1000).toISOString();
    await t.app.store.engine.run(query('UPDATE api_tokens SET expires_at = ? WHERE id = ?'), [past, id]);
    const res = await t.app.inject({ url: '/api/review-queue?limit=1', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(401);
  });

  it('refuses a lifetime over a year', async () => {
    const editor = await loginAs(t.app, 'editor', 'token-owner');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: editor,
      payload: { name: 'forever', expiresInDays: 10_000 },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('passwords and user names', () => {
  it.each([
    ['ten spaces', ' '.repeat(10)],
    ['twelve spaces', ' '.repeat(12)],
    ['1234567890', '1234567890'],
    ['a common password', 'password1234'],
    ['a common word with digits and signs', 'Password2024!'],
    ['mostly one character', 'aaaaaaaaaaab'],
    ['the user name in it', 'my-new-analyst-secret'],
  ])('refuses %s', async (_, password) => {
    const admin = await loginAs(t.app, 'admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: { username: 'new-analyst', password, role: 'viewer' },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('accepts a long, uncommon password', async () => {
    const admin = await loginAs(t.app, 'admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: { username: 'Policy-Analyst', password: '呼和浩特 tram 7 orange kites', role: 'viewer' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().username).toBe('policy-analyst');
  });

  it('keeps ADMIN and full-width ａｄｍｉｎ from sitting beside admin, and logs them in as admin', async () => {
    const admin = await loginAs(t.app, 'admin', 'admin');
    for (const username of ['ADMIN', 'ａｄｍｉｎ', ' Admin ']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: admin,
        payload: { username, password: 'Quite-long-and-rare-7431', role: 'viewer' },
      });
      expect(res.statusCode, username).toBe(409);
    }
    expect((await login('ＡＤＭＩＮ', 'admin-password-123')).json().user.username).toBe('admin');
  });
});

describe('sessions', () => {
  it('are deleted once expired', async () => {
    await loginAs(t.app, 'viewer', 'short-lived');
    const db = t.app.store.engine;
    const count = async () => Number((await db.get<{ n: number }>(query('SELECT count(*) AS n FROM sessions')))?.n);
    const before = await count();
    await db.run(query('UPDATE sessions SET expires_at = ?'), [new Date(Date.now() - 1000).toISOString()]);
    const report = await purgeExpired(db, new Date());
    expect(report.sessions).toBe(before);
    expect(await count()).toBe(0);
  });
});

describe('X-Forwarded-Proto', () => {
  const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' };

  it('is ignored unless it comes from the configured proxy', async () => {
    await makeUser('proxy-check', 'Proxy-check-password-1');
    const res = await login('proxy-check', 'Proxy-check-password-1', forwarded);
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'ipb_session')?.secure).toBeFalsy();
  });

  it('makes the cookie Secure when the proxy in TRUST_PROXY sends it', async () => {
    const app = await buildApp({ database: t.database, webDist: null, trustProxy: '127.0.0.1' });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'proxy-check', password: 'Proxy-check-password-1' },
        headers: forwarded,
      });
      expect(res.statusCode).toBe(200);
      expect(res.cookies.find((c) => c.name === 'ipb_session')?.secure).toBe(true);
    } finally {
      await app.close();
    }
  });
});
