/**
 * Users, sessions and API tokens. Only hashes of session cookies and API tokens are stored; the
 * password hash is computed by the caller (argon2 in the API), so this package has no crypto policy.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Role, User } from '@ipb/domain';
import { and, eq, gt, sql } from 'drizzle-orm';
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

export function createApiToken(db: Drizzle, userId: number, name: string): { id: number; token: string } {
  const token = `ipb_${randomBytes(32).toString('base64url')}`;
  const row = db
    .insert(apiTokens)
    .values({ tokenHash: sha256(token), userId, name, createdAt: new Date().toISOString() })
    .returning({ id: apiTokens.id })
    .get();
  return { id: row.id, token };
}

export function findUserByApiToken(db: Drizzle, token: string): User | undefined {
  return db
    .select({ id: users.id, username: users.username, role: users.role })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, sha256(token)))
    .get();
}
