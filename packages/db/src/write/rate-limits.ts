/**
 * Rate-limit counters in the database (docs/decisions/016): one statement counts a request and
 * starts a new window when the last one has ended, atomically on the row (INSERT … ON CONFLICT …
 * DO UPDATE … RETURNING), so API instances sharing a PostgreSQL database share one limit. It runs
 * outside the write transaction's advisory lock: counting a request never waits for an import.
 * Both SET expressions read the row as it was, so a window's end is compared once.
 */
import type { Db } from '../engine/db';
import { query } from '../engine/query';

const COUNT = query(`INSERT INTO rate_limits (key, count, reset_at) VALUES (?, 1, ?)
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN rate_limits.reset_at <= ? THEN 1 ELSE rate_limits.count + 1 END,
    reset_at = CASE WHEN rate_limits.reset_at <= ? THEN excluded.reset_at ELSE rate_limits.reset_at END
  RETURNING count, reset_at AS "resetAt"`);
const READ = query('SELECT count, reset_at AS "resetAt" FROM rate_limits WHERE key = ? AND reset_at > ?');

export interface Counted {
  /** Requests in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends. */
  ttlMs: number;
}

/** Count one request under `key` in a window of `windowMs` that starts with the first request. */
export async function countRequest(db: Db, key: string, windowMs: number, now = new Date()): Promise<Counted> {
  const iso = now.toISOString();
  const end = new Date(now.getTime() + windowMs).toISOString();
  const row = (await db.get<{ count: number; resetAt: string }>(COUNT, [key, end, iso, iso])) as {
    count: number;
    resetAt: string;
  };
  return { count: row.count, ttlMs: Math.max(0, Date.parse(row.resetAt) - now.getTime()) };
}

/** The count under `key` without counting (0 when its window has ended). */
export async function readRequestCount(db: Db, key: string, now = new Date()): Promise<Counted> {
  const row = await db.get<{ count: number; resetAt: string }>(READ, [key, now.toISOString()]);
  return row ? { count: row.count, ttlMs: Date.parse(row.resetAt) - now.getTime() } : { count: 0, ttlMs: 0 };
}
