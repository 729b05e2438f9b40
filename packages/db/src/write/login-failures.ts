/**
 * Failed logins per user name, stored so a lockout survives a restart and holds across client
 * addresses. The policy (how long to lock after how many failures) is the caller's.
 */
import { eq } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { loginFailures } from '../schema';

/** When the name is locked, until when; null when it may try now. */
export function loginLockedUntil(db: Drizzle, username: string, now: Date): Date | null {
  const row = db.select().from(loginFailures).where(eq(loginFailures.username, username)).get();
  if (!row?.lockedUntil) return null;
  const until = new Date(row.lockedUntil);
  return until > now ? until : null;
}

/** Count one more failure; `lockMs(failures)` says how long the name is then locked (0: not at all). */
export function recordLoginFailure(
  db: Drizzle,
  username: string,
  now: Date,
  lockMs: (failures: number) => number,
): { failures: number; lockedUntil: Date | null } {
  const row = db.select().from(loginFailures).where(eq(loginFailures.username, username)).get();
  const failures = (row?.failures ?? 0) + 1;
  const ms = lockMs(failures);
  const lockedUntil = ms > 0 ? new Date(now.getTime() + ms) : null;
  const values = { failures, lockedUntil: lockedUntil?.toISOString() ?? null, lastFailureAt: now.toISOString() };
  db.insert(loginFailures)
    .values({ username, ...values })
    .onConflictDoUpdate({ target: loginFailures.username, set: values })
    .run();
  return { failures, lockedUntil };
}

export function clearLoginFailures(db: Drizzle, username: string): void {
  db.delete(loginFailures).where(eq(loginFailures.username, username)).run();
}
