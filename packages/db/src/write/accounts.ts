/**
 * Users, sessions and API tokens, on the two-engine Db (docs/decisions/016), so any API instance
 * knows every session and token. Only hashes of session cookies and API tokens are stored; the
 * password hash is computed by the caller (argon2 in the API), so this package has no crypto policy.
 * Sessions and tokens expire; write/housekeeping.ts deletes what has expired. Times are ISO 8601
 * text on both engines, so `expires_at > ?` compares the same strings.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Role, User } from '@ipb/domain';
import type { Db } from '../engine/db';
import { perEngine } from '../engine/dialect';
import { query } from '../engine/query';
import type { UserRow } from '../row-schemas';
import { audit } from './audit';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const SESSION_DAYS = 14;

const INSERT_USER = query(
  'INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?) RETURNING id, username, role',
);
const COUNT_USERS = perEngine((d) => `SELECT ${d.int('count(*)')} AS n FROM users`);
const USER_BY_NAME = query(
  'SELECT id, username, password_hash AS "passwordHash", role, created_at AS "createdAt" FROM users WHERE username = ?',
);
const INSERT_SESSION = query('INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES (?, ?, ?, ?)');
const SESSION = query(`SELECT u.id, u.username, u.role, s.csrf_token AS "csrfToken" FROM sessions s
  JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ?`);
const DELETE_SESSION = query('DELETE FROM sessions WHERE token_hash = ?');
const INSERT_TOKEN = query(
  'INSERT INTO api_tokens (token_hash, user_id, name, created_at, expires_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
);
const TOKEN_USER = query(`SELECT u.id, u.username, u.role FROM api_tokens t
  JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND t.expires_at > ?`);
const TOKENS_OF = query(`SELECT id, name, created_at AS "createdAt", expires_at AS "expiresAt" FROM api_tokens
  WHERE user_id = ? ORDER BY id DESC`);
const REVOKE_ANY = query('DELETE FROM api_tokens WHERE id = ? RETURNING name');
const REVOKE_OWN = query('DELETE FROM api_tokens WHERE id = ? AND user_id = ? RETURNING name');

export type LoginUser = UserRow;

export function createUser(
  db: Db,
  input: { username: string; passwordHash: string; role: Role },
  actor: string,
): Promise<User> {
  return db.transaction(async (tx) => {
    const params = [input.username, input.passwordHash, input.role, new Date().toISOString()];
    const user = (await tx.get<User>(INSERT_USER, params)) as User;
    const after = { username: user.username, role: user.role };
    await audit(tx, { actor, action: 'create', entity: 'user', entityId: String(user.id), after });
    return user;
  });
}

export async function countUsers(db: Db): Promise<number> {
  return (await db.get<{ n: number }>(COUNT_USERS))?.n ?? 0;
}

export function findUserForLogin(db: Db, username: string): Promise<LoginUser | undefined> {
  return db.get<LoginUser>(USER_BY_NAME, [username]);
}

export async function createSession(
  db: Db,
  userId: number,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await db.transaction((tx) => tx.run(INSERT_SESSION, [sha256(token), userId, csrfToken, expiresAt.toISOString()]));
  return { token, csrfToken, expiresAt };
}

export async function findSession(db: Db, token: string): Promise<{ user: User; csrfToken: string } | undefined> {
  const row = await db.get<User & { csrfToken: string }>(SESSION, [sha256(token), new Date().toISOString()]);
  if (!row) return undefined;
  const { csrfToken, ...user } = row;
  return { user, csrfToken };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.transaction((tx) => tx.run(DELETE_SESSION, [sha256(token)]));
}

export function createApiToken(
  db: Db,
  input: { userId: number; name: string; expiresAt: Date },
  actor: string,
): Promise<{ id: number; token: string; createdAt: string; expiresAt: string }> {
  const token = `ipb_${randomBytes(32).toString('base64url')}`;
  const createdAt = new Date().toISOString();
  const expiresAt = input.expiresAt.toISOString();
  return db.transaction(async (tx) => {
    const params = [sha256(token), input.userId, input.name, createdAt, expiresAt];
    const { id } = (await tx.get<{ id: number }>(INSERT_TOKEN, params)) as { id: number };
    const after = { name: input.name, expiresAt };
    await audit(tx, { actor, action: 'create', entity: 'token', entityId: String(id), after });
    return { id, token, createdAt, expiresAt };
  });
}

/** The user a bearer token stands for, while the token has not expired. */
export function findUserByApiToken(db: Db, token: string): Promise<User | undefined> {
  return db.get<User>(TOKEN_USER, [sha256(token), new Date().toISOString()]);
}

/** A user's tokens (never the secrets: only their hashes are stored), newest first. */
export function listApiTokens(
  db: Db,
  userId: number,
): Promise<Array<{ id: number; name: string; createdAt: string; expiresAt: string }>> {
  return db.all(TOKENS_OF, [userId]);
}

/** Revoke a token of `userId` (any user's when userId is null: an admin). False when there is none. */
export function revokeApiToken(db: Db, id: number, userId: number | null, actor: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const row =
      userId === null
        ? await tx.get<{ name: string }>(REVOKE_ANY, [id])
        : await tx.get<{ name: string }>(REVOKE_OWN, [id, userId]);
    if (!row) return false;
    await audit(tx, { actor, action: 'revoke', entity: 'token', entityId: String(id), before: { name: row.name } });
    return true;
  });
}
