/**
 * Delete what has expired: sessions, API tokens a month after they stopped working (so a user can
 * still see why a script fails), previews past their expiry, and failed-login counts of names
 * that have not failed for a day and are not locked, rate-limit counters whose window has
 * ended, and jobs an hour after they ended (GET /api/jobs/:id says so) or a day after they were
 * queued if they never ended (their instance stopped while running them). The API runs it on start and every hour, on
 * every instance: the deletes are idempotent, so N instances running them is harmless.
 */
import type { Db } from '../engine/db';
import { query } from '../engine/query';

const DAY_MS = 86_400_000;
/** How long a finished job can still be polled. */
export const JOB_KEEP_MS = 3_600_000;

export interface PurgeReport {
  sessions: number;
  tokens: number;
  previews: number;
  loginFailures: number;
  rateLimits: number;
  jobs: number;
}

// Times are ISO 8601 text on both engines, so these comparisons are the same strings.
const SESSIONS = query('DELETE FROM sessions WHERE expires_at < ?');
const TOKENS = query('DELETE FROM api_tokens WHERE expires_at < ?');
const PREVIEWS = query('DELETE FROM pending_uploads WHERE expires_at < ?');
const JOBS = query('DELETE FROM jobs WHERE finished_at < ? OR created_at < ?');
const RATE_LIMITS = query('DELETE FROM rate_limits WHERE reset_at < ?');
const LOGIN_FAILURES = query(
  'DELETE FROM login_failures WHERE last_failure_at < ? AND (locked_until IS NULL OR locked_until < ?)',
);

export async function purgeExpired(db: Db, now: Date): Promise<PurgeReport> {
  const iso = now.toISOString();
  const monthAgo = new Date(now.getTime() - 30 * DAY_MS).toISOString();
  const dayAgo = new Date(now.getTime() - DAY_MS).toISOString();
  return db.transaction(async (tx) => ({
    sessions: (await tx.run(SESSIONS, [iso])).changes,
    tokens: (await tx.run(TOKENS, [monthAgo])).changes,
    previews: (await tx.run(PREVIEWS, [iso])).changes,
    loginFailures: (await tx.run(LOGIN_FAILURES, [dayAgo, iso])).changes,
    rateLimits: (await tx.run(RATE_LIMITS, [iso])).changes,
    jobs: (await tx.run(JOBS, [new Date(now.getTime() - JOB_KEEP_MS).toISOString(), dayAgo])).changes,
  }));
}
