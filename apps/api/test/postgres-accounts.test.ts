/**
 * Accounts on PostgreSQL through the server (docs/decisions/016): `npm run users` creates the
 * admin in the database DATABASE_URL names; then two API instances on that one database, as
 * behind a load balancer, share everything an account is — a session opened on one is known to
 * the other, a token made on one works and is revoked on the other, a logout on one ends the
 * session everywhere, failed logins on both count towards one lockout, and the request rate
 * limits count on both together (their counters are in the database).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, pgAdminUrl, type TestDatabase } from '../../../packages/db/test/support/pg-database';
import { NO_POSTGRES } from '../../../packages/db/test/support/pg-setup';
import { buildApp } from '../src/app';
import { TEST_RATE_LIMITS, type TestApp } from './helper';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ADMIN = { username: 'pg-admin', password: 'Steppe-wind-over-Qingcheng-26' };

const available = Boolean(pgAdminUrl());
describe.skipIf(!available)(
  available ? 'accounts on PostgreSQL' : `accounts on PostgreSQL (skipped: ${NO_POSTGRES})`,
  () => {
    let database: TestDatabase;
    let a: TestApp;
    let b: TestApp;

    beforeAll(async () => {
      database = await createTestDatabase();
      const instance = () =>
        buildApp({ webDist: null, rateLimits: TEST_RATE_LIMITS, database: { engine: 'postgres', url: database.url } });
      // Two instances on the one database, as behind a load balancer.
      a = await instance();
      b = await instance();
    });

    afterAll(async () => {
      await Promise.all([a, b].map((app) => app?.close()));
      await database?.drop();
    });

    const login = (app: TestApp, username: string, password: string) =>
      app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

    async function session(app: TestApp) {
      const res = await login(app, ADMIN.username, ADMIN.password);
      expect(res.statusCode, res.body).toBe(200);
      const cookie = res.cookies.find((c) => c.name === 'ipb_session');
      return { cookie: `ipb_session=${cookie?.value}`, 'x-csrf-token': res.json().csrfToken as string };
    }

    it('creates the first admin with npm run users in the database DATABASE_URL names', () => {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'apps/api/src/cli/users.ts'), 'create', ADMIN.username, '--role', 'admin'],
        {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: database.url, IPB_PASSWORD: ADMIN.password },
          encoding: 'utf8',
        },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`created admin "${ADMIN.username}"`);
      expect(run.stdout).not.toContain(new URL(database.url).password || '\u0000');
    });

    it('knows on one instance the session opened on the other, and a logout ends it on both', async () => {
      const headers = await session(a);
      const onB = await b.inject({ url: '/api/auth/session', headers });
      expect(onB.json()).toEqual({
        user: { id: expect.any(Number), username: ADMIN.username, role: 'admin' },
        csrfToken: headers['x-csrf-token'],
      });
      const out = await b.inject({ method: 'POST', url: '/api/auth/logout', headers });
      expect(out.statusCode).toBe(200);
      expect((await a.inject({ url: '/api/auth/session', headers })).json().user).toBeNull();
    });

    it('creates a token on one instance that works on the other, lists it, and revokes it there', async () => {
      const headers = await session(a);
      const created = await a.inject({
        method: 'POST',
        url: '/api/auth/tokens',
        headers,
        payload: { name: 'nightly', expiresInDays: 30 },
      });
      expect(created.statusCode, created.body).toBe(201);
      const { id, token } = created.json();
      const bearer = { authorization: `Bearer ${token}` };
      expect((await b.inject({ url: '/api/auth/session', headers: bearer })).json().user.username).toBe(ADMIN.username);
      const listed = await b.inject({ url: '/api/auth/tokens', headers: bearer });
      expect(listed.json().items).toEqual([expect.objectContaining({ id, name: 'nightly' })]);
      const revoked = await b.inject({ method: 'DELETE', url: `/api/auth/tokens/${id}`, headers: bearer });
      expect(revoked.statusCode).toBe(204);
      const refused = await a.inject({ url: '/api/auth/session', headers: bearer });
      expect(refused.statusCode).toBe(401);
      expect(refused.json().code).toBe('invalid-token');
    });

    it('lets an admin create an account on one instance that logs in on the other', async () => {
      const headers = await session(b);
      const res = await b.inject({
        method: 'POST',
        url: '/api/users',
        headers,
        payload: { username: 'pg-editor', password: 'Grassland-river-bend-77', role: 'editor' },
      });
      expect(res.statusCode, res.body).toBe(201);
      const taken = await a.inject({
        method: 'POST',
        url: '/api/users',
        headers: await session(a),
        payload: { username: 'pg-editor', password: 'Grassland-river-bend-78', role: 'viewer' },
      });
      expect(taken.statusCode).toBe(409);
      expect((await login(a, 'pg-editor', 'Grassland-river-bend-77')).json().user.role).toBe('editor');
    });

    it('locks a name after failures counted on both instances together', async () => {
      for (let i = 0; i < 5; i++) {
        const res = await login(i % 2 ? a : b, 'pg-editor', `wrong-password-${i}`);
        expect(res.statusCode).toBe(401);
      }
      const locked = await login(a, 'pg-editor', 'Grassland-river-bend-77');
      expect(locked.statusCode).toBe(429);
      expect(locked.json().code).toBe('login-locked');
    });

    it('counts requests on both instances towards one rate limit', async () => {
      const limits = { ...TEST_RATE_LIMITS, readsPerMinute: 5, loginsPerName: 3 };
      const database2 = { engine: 'postgres' as const, url: database.url };
      const limited = [
        await buildApp({ webDist: null, rateLimits: limits, database: database2 }),
        await buildApp({ webDist: null, rateLimits: limits, database: database2 }),
      ];
      try {
        // An address of its own, so the other tests' requests are not counted with these.
        const read = (i: number) => limited[i % 2]!.inject({ url: '/api/auth/session', remoteAddress: '192.0.2.7' });
        const codes: number[] = [];
        for (let i = 0; i < 6; i++) codes.push((await read(i)).statusCode);
        expect(codes).toEqual([200, 200, 200, 200, 200, 429]);
        const refused = await read(6);
        expect(refused.json()).toMatchObject({
          code: 'rate-limited',
          params: { retryAfterSeconds: expect.any(Number) },
        });
        const logins: number[] = [];
        for (let i = 0; i < 4; i++) {
          const res = await limited[i % 2]!.inject({
            method: 'POST',
            url: '/api/auth/login',
            remoteAddress: '192.0.2.8',
            payload: { username: 'nobody-at-all', password: `wrong-password-${i}` },
          });
          logins.push(res.statusCode);
        }
        expect(logins).toEqual([401, 401, 401, 429]);
      } finally {
        await Promise.all(limited.map((app) => app.close()));
      }
    });
  },
);
