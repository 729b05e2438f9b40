/**
 * Delete what has expired: sessions, API tokens a month after they stopped working (so a user can
 * still see why a script fails), previews past their expiry, and failed-login counts of names
 * that have not failed for a day and are not locked. The API runs it on start and every hour.
 */
import { and, isNull, lt, or } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { apiTokens, loginFailures, pendingUploads, sessions } from '../schema';

const DAY_MS = 86_400_000;

export interface PurgeReport {
  sessions: number;
  tokens: number;
  previews: number;
  loginFailures: number;
}

export function purgeExpired(db: Drizzle, now: Date): PurgeReport {
  const iso = now.toISOString();
  const monthAgo = new Date(now.getTime() - 30 * DAY_MS).toISOString();
  const dayAgo = new Date(now.getTime() - DAY_MS).toISOString();
  return {
    sessions: db.delete(sessions).where(lt(sessions.expiresAt, iso)).run().changes,
    tokens: db.delete(apiTokens).where(lt(apiTokens.expiresAt, monthAgo)).run().changes,
    previews: db.delete(pendingUploads).where(lt(pendingUploads.expiresAt, iso)).run().changes,
    loginFailures: db
      .delete(loginFailures)
      .where(
        and(
          lt(loginFailures.lastFailureAt, dayAgo),
          or(isNull(loginFailures.lockedUntil), lt(loginFailures.lockedUntil, iso)),
        ),
      )
      .run().changes,
  };
}
