/**
 * Failed logins per user name, on the two-engine Db, so a lockout survives a restart and holds
 * across client addresses and API instances. The policy (how long to lock after how many failures)
 * is the caller's.
 */
import type { Db } from '../engine/db';
import { query } from '../engine/query';

const ROW = query('SELECT failures, locked_until AS "lockedUntil" FROM login_failures WHERE username = ?');
const UPSERT = query(`INSERT INTO login_failures (username, failures, locked_until, last_failure_at) VALUES (?, ?, ?, ?)
  ON CONFLICT (username) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until,
  last_failure_at = excluded.last_failure_at`);
const CLEAR = query('DELETE FROM login_failures WHERE username = ?');

type Row = { failures: number; lockedUntil: string | null };

/** When the name is locked, until when; null when it may try now. */
export async function loginLockedUntil(db: Db, username: string, now: Date): Promise<Date | null> {
  const row = await db.get<Row>(ROW, [username]);
  if (!row?.lockedUntil) return null;
  const until = new Date(row.lockedUntil);
  return until > now ? until : null;
}

/**
 * Count one more failure; `lockMs(failures)` says how long the name is then locked (0: not at all).
 * Read and write in one transaction (one writer at a time on both engines), so two instances
 * counting failures of one name at once lose none.
 */
export function recordLoginFailure(
  db: Db,
  username: string,
  now: Date,
  lockMs: (failures: number) => number,
): Promise<{ failures: number; lockedUntil: Date | null }> {
  return db.transaction(async (tx) => {
    const failures = ((await tx.get<Row>(ROW, [username]))?.failures ?? 0) + 1;
    const ms = lockMs(failures);
    const lockedUntil = ms > 0 ? new Date(now.getTime() + ms) : null;
    await tx.run(UPSERT, [username, failures, lockedUntil?.toISOString() ?? null, now.toISOString()]);
    return { failures, lockedUntil };
  });
}

export async function clearLoginFailures(db: Db, username: string): Promise<void> {
  await db.transaction((tx) => tx.run(CLEAR, [username]));
}
