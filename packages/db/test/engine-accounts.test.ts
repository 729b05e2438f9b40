/**
 * Accounts on the two-engine Db (write/accounts.ts, write/login-failures.ts, housekeeping's
 * expired sessions): the same calls give the same answers on SQLite and on PostgreSQL, and each
 * write leaves its audit entry in the same transaction.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../src/create-db';
import type { Db } from '../src/engine/db';
import { postgresDb } from '../src/engine/postgres';
import { query } from '../src/engine/query';
import {
  countUsers,
  createApiToken,
  createSession,
  createUser,
  deleteSession,
  findSession,
  findUserByApiToken,
  findUserForLogin,
  listApiTokens,
  revokeApiToken,
} from '../src/write/accounts';
import { purgeExpired } from '../src/write/housekeeping';
import { clearLoginFailures, loginLockedUntil, recordLoginFailure } from '../src/write/login-failures';
import { describeOnBothEngines } from './support/both-engines';

const AUDIT = query('SELECT action, entity, entity_id AS "entityId", actor FROM audit_log ORDER BY id');
const DAY = 86_400_000;
const lockAfterThree = (failures: number) => (failures >= 3 ? 60_000 : 0);

describeOnBothEngines('accounts on both engines', (engines) => {
  let dir: string;
  let file: DbHandle;
  const dbs: Record<string, Db> = {};

  beforeAll(() => {
    // A file, so SQLite's writes run on the writer connection and its reads on another, as in the server.
    dir = mkdtempSync(join(tmpdir(), 'ipb-accounts-'));
    file = createDb(join(dir, 'accounts.sqlite'));
    dbs.sqlite = file.engine;
    dbs.postgres = postgresDb(engines.pool);
  });

  afterAll(() => {
    file?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe.each(['sqlite', 'postgres'])('%s', (name) => {
    const db = () => dbs[name] as Db;

    it('creates a user, finds it by name for login, counts it, and audits the creation', async () => {
      const user = await createUser(db(), { username: 'editor-a', passwordHash: 'h1', role: 'editor' }, 'cli');
      expect(user).toEqual({ id: expect.any(Number), username: 'editor-a', role: 'editor' });
      expect(await findUserForLogin(db(), 'editor-a')).toEqual({
        ...user,
        passwordHash: 'h1',
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
      expect(await findUserForLogin(db(), 'nobody')).toBeUndefined();
      expect(await countUsers(db())).toBe(1);
      expect(await db().all(AUDIT)).toEqual([
        { action: 'create', entity: 'user', entityId: String(user.id), actor: 'cli' },
      ]);
      await expect(
        createUser(db(), { username: 'editor-a', passwordHash: 'h2', role: 'viewer' }, 'cli'),
      ).rejects.toThrow();
      expect(await countUsers(db())).toBe(1);
      expect(await db().all(AUDIT)).toHaveLength(1);
    });

    it('opens a session, finds its user and CSRF token by the cookie, and ends it', async () => {
      const user = (await findUserForLogin(db(), 'editor-a'))!;
      const session = await createSession(db(), user.id);
      expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 13 * DAY);
      expect(await findSession(db(), session.token)).toEqual({
        user: { id: user.id, username: 'editor-a', role: 'editor' },
        csrfToken: session.csrfToken,
      });
      expect(await findSession(db(), `${session.token}x`)).toBeUndefined();
      await deleteSession(db(), session.token);
      expect(await findSession(db(), session.token)).toBeUndefined();
    });

    it('lists, finds and revokes API tokens (an owner its own, an admin any), audited', async () => {
      const user = (await findUserForLogin(db(), 'editor-a'))!;
      const other = await createUser(db(), { username: 'viewer-b', passwordHash: 'h', role: 'viewer' }, 'cli');
      const soon = new Date(Date.now() + DAY);
      const first = await createApiToken(db(), { userId: user.id, name: 'script', expiresAt: soon }, 'editor-a');
      const second = await createApiToken(db(), { userId: user.id, name: 'cron', expiresAt: soon }, 'editor-a');
      expect(first.token).toMatch(/^ipb_/);
      expect(await findUserByApiToken(db(), second.token)).toEqual({
        id: user.id,
        username: 'editor-a',
        role: 'editor',
      });
      expect(await findUserByApiToken(db(), 'ipb_unknown')).toBeUndefined();
      expect(await listApiTokens(db(), user.id)).toEqual([
        { id: second.id, name: 'cron', createdAt: second.createdAt, expiresAt: second.expiresAt },
        { id: first.id, name: 'script', createdAt: first.createdAt, expiresAt: first.expiresAt },
      ]);
      expect(await revokeApiToken(db(), first.id, other.id, 'viewer-b')).toBe(false);
      expect(await revokeApiToken(db(), first.id, user.id, 'editor-a')).toBe(true);
      expect(await revokeApiToken(db(), second.id, null, 'admin')).toBe(true);
      expect(await revokeApiToken(db(), second.id, null, 'admin')).toBe(false);
      expect(await findUserByApiToken(db(), second.token)).toBeUndefined();
      expect(await listApiTokens(db(), user.id)).toEqual([]);
      const audited = (await db().all<{ action: string; entity: string }>(AUDIT)).map((a) => `${a.action} ${a.entity}`);
      expect(audited.slice(-4)).toEqual(['create token', 'create token', 'revoke token', 'revoke token']);
    });

    it('does not accept an expired token or session, and housekeeping deletes the expired session', async () => {
      const user = (await findUserForLogin(db(), 'editor-a'))!;
      const past = new Date(Date.now() - 1000);
      const token = await createApiToken(db(), { userId: user.id, name: 'old', expiresAt: past }, 'editor-a');
      expect(await findUserByApiToken(db(), token.token)).toBeUndefined();
      const session = await createSession(db(), user.id);
      // The session as it will be in 15 days: expired.
      const later = new Date(Date.now() + 15 * DAY);
      const report = await purgeExpired(db(), later);
      expect(report.sessions).toBeGreaterThanOrEqual(1);
      expect(await findSession(db(), session.token)).toBeUndefined();
    });

    it('counts failed logins per name, locks by the caller’s policy, and clears on success', async () => {
      const now = new Date();
      expect(await loginLockedUntil(db(), 'editor-a', now)).toBeNull();
      expect(await recordLoginFailure(db(), 'editor-a', now, lockAfterThree)).toEqual({
        failures: 1,
        lockedUntil: null,
      });
      await recordLoginFailure(db(), 'editor-a', now, lockAfterThree);
      const third = await recordLoginFailure(db(), 'editor-a', now, lockAfterThree);
      expect(third).toEqual({ failures: 3, lockedUntil: new Date(now.getTime() + 60_000) });
      expect(await loginLockedUntil(db(), 'editor-a', now)).toEqual(third.lockedUntil);
      expect(await loginLockedUntil(db(), 'editor-a', new Date(now.getTime() + 61_000))).toBeNull();
      await clearLoginFailures(db(), 'editor-a');
      expect(await loginLockedUntil(db(), 'editor-a', now)).toBeNull();
      expect((await recordLoginFailure(db(), 'editor-a', now, lockAfterThree)).failures).toBe(1);
    });

    it('loses no failure when two instances count failures of one name at once', async () => {
      const now = new Date();
      await Promise.all(Array.from({ length: 8 }, () => recordLoginFailure(db(), 'racing-name', now, lockAfterThree)));
      const last = await recordLoginFailure(db(), 'racing-name', now, lockAfterThree);
      expect(last.failures).toBe(9);
    });
  });
});
