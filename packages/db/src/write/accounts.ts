/**
 * Users, sessions and API tokens. Only hashes of session cookies and API tokens are stored; the
 * password hash is computed by the caller (argon2 in the API), so this package has no crypto policy.
 * Sessions and tokens expire; write/housekeeping.ts deletes what has expired.
 */
import { createHash, randomBytes } from 'node:crypto';
import { normaliseUsername, type Role, type User } from '@ipb/domain';
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { apiTokens, auditLog, sessions, users } from '../schema';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const SESSION_DAYS = 14;

export function createUser(
  db: Drizzle,
  input: { username: string; passwordHash: string; role: Role },
  actor: string,
): User {
  const row = db
    .insert(users)
    .values({ ...input, createdAt: new Date().toISOString() })
    .returning({ id: users.id, username: users.username, role: users.role })
    .get();
  db.insert(auditLog)
    .values({
      actor,
      action: 'create',
      entity: 'user',
      entityId: String(row.id),
      after: { username: row.username, role: row.role },
    })
    .run();
  return row;
}

export function countUsers(db: Drizzle): number {
  return db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
}

export function findUserForLogin(db: Drizzle, username: string) {
  return db.select().from(users).where(eq(users.username, username)).get();
}

export function createSession(db: Drizzle, userId: number): { token: string; csrfToken: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  db.insert(sessions)
    .values({ tokenHash: sha256(token), userId, csrfToken, expiresAt: expiresAt.toISOString() })
    .run();
  return { token, csrfToken, expiresAt };
}

export function findSession(db: Drizzle, token: string): { user: User; csrfToken: string } | undefined {
  const row = db
    .select({ id: users.id, username: users.username, role: users.role, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, new Date().toISOString())))
    .get();
  if (!row) return undefined;
  const { csrfToken, ...user } = row;
  return { user, csrfToken };
}

export function deleteSession(db: Drizzle, token: string): void {
  db.delete(sessions)
    .where(eq(sessions.tokenHash, sha256(token)))
    .run();
}

export function createApiToken(
  db: Drizzle,
  input: { userId: number; name: string; expiresAt: Date },
  actor: string,
): { id: number; token: string; createdAt: string; expiresAt: string } {
  const token = `ipb_${randomBytes(32).toString('base64url')}`;
  const createdAt = new Date().toISOString();
  const expiresAt = input.expiresAt.toISOString();
  const row = db
    .insert(apiTokens)
    .values({ tokenHash: sha256(token), userId: input.userId, name: input.name, createdAt, expiresAt })
    .returning({ id: apiTokens.id })
    .get();
  db.insert(auditLog)
    .values({
      actor,
      action: 'create',
      entity: 'token',
      entityId: String(row.id),
      after: { name: input.name, expiresAt },
    })
    .run();
  return { id: row.id, token, createdAt, expiresAt };
}

/** The user a bearer token stands for, while the token has not expired. */
export function findUserByApiToken(db: Drizzle, token: string): User | undefined {
  return db
    .select({ id: users.id, username: users.username, role: users.role })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sha256(token)), gt(apiTokens.expiresAt, new Date().toISOString())))
    .get();
}

/** A user's tokens (never the secrets: only their hashes are stored), newest first. */
export function listApiTokens(db: Drizzle, userId: number) {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, expiresAt: apiTokens.expiresAt })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.id))
    .all();
}

/** Revoke a token of `userId` (any user's when userId is null: an admin). False when there is none. */
export function revokeApiToken(db: Drizzle, id: number, userId: number | null, actor: string): boolean {
  const owned = userId === null ? eq(apiTokens.id, id) : and(eq(apiTokens.id, id), eq(apiTokens.userId, userId));
  const row = db.delete(apiTokens).where(owned).returning({ name: apiTokens.name }).get();
  if (!row) return false;
  db.insert(auditLog)
    .values({ actor, action: 'revoke', entity: 'token', entityId: String(id), before: { name: row.name } })
    .run();
  return true;
}

/**
 * Accounts created before user names were normalised (NFKC + lower case) are renamed once, when
 * the database is opened, unless the normalised name is taken (then the older spelling stays and
 * the admin must rename one of them).
 */
export function normaliseStoredUsernames(db: Drizzle): string[] {
  const kept: string[] = [];
  for (const user of db.select({ id: users.id, username: users.username }).from(users).all()) {
    const name = normaliseUsername(user.username);
    if (name === user.username) continue;
    if (findUserForLogin(db, name)) kept.push(user.username);
    else db.update(users).set({ username: name }).where(eq(users.id, user.id)).run();
  }
  return kept;
}
