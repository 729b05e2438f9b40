/**
 * Lockout with backoff (ASVS 5.0 V6.3): after MAX_FREE_FAILURES failed logins in a row a user name
 * is locked for a time that doubles with every further failure, from 1 s up to 15 min; a success
 * clears the count. It holds per name across client addresses and restarts (login_failures table),
 * and applies to unknown names too, so it does not tell which names exist. Per-address request
 * limits (plugins/security.ts) are the other half.
 */
import { clearLoginFailures, type Db, loginLockedUntil, recordLoginFailure } from '@ipb/db';
import { HttpProblem } from './http-problem';

export const MAX_FREE_FAILURES = 5;
const MAX_LOCK_MS = 15 * 60_000;

export function lockMs(failures: number): number {
  if (failures < MAX_FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_MS, 1000 * 2 ** (failures - MAX_FREE_FAILURES));
}

function lockedProblem(until: Date, now: Date): HttpProblem {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new HttpProblem(
    429,
    'Login locked',
    `Too many wrong passwords for this user name: try again in ${seconds} s. The wait doubles with every further failure.`,
    { code: 'login-locked', params: { retryAfterSeconds: seconds }, headers: { 'retry-after': String(seconds) } },
  );
}

/** Refuse at once while the name is locked: the password is not even checked. */
export async function refuseIfLocked(db: Db, username: string, now: Date): Promise<void> {
  const until = await loginLockedUntil(db, username, now);
  if (until) throw lockedProblem(until, now);
}

export async function noteFailure(db: Db, username: string, now: Date): Promise<void> {
  await recordLoginFailure(db, username, now, lockMs);
}

export function noteSuccess(db: Db, username: string): Promise<void> {
  return clearLoginFailures(db, username);
}
