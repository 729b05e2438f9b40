/**
 * An editor overrides a source's authority class (the rules misjudged a host or publisher). The
 * override is kept across new versions of the source, audited with before, after and the reason,
 * and bumps the data version so every cached comparison sees it.
 */
import type { Authority, SourceSummary } from '@ipb/domain';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../create-db';
import { sqliteConnection } from '../engine/sqlite';
import { getSourceSummary } from '../queries/catalogue';
import { auditLog, sources } from '../schema';
import { bumpDataVersion } from './replace-source';
import { NotFoundError } from './review';

export function setSourceAuthority(
  handle: DbHandle,
  id: number,
  change: { authority: Authority; reason: string },
  actor: string,
): Promise<SourceSummary> {
  return handle.engine.transaction(async (tx) => {
    const db = sqliteConnection(tx);
    const before = db
      .select({ authority: sources.authority, reason: sources.authorityReason })
      .from(sources)
      .where(eq(sources.id, id))
      .get();
    if (!before) throw new NotFoundError(`There is no source ${id}.`);
    db.update(sources)
      .set({
        authority: change.authority,
        authorityReason: `set by ${actor}: ${change.reason}`,
        authorityOverridden: true,
      })
      .where(eq(sources.id, id))
      .run();
    db.insert(auditLog)
      .values({
        actor,
        action: 'set_authority',
        entity: 'source',
        entityId: String(id),
        before,
        after: { authority: change.authority },
        reason: change.reason,
      })
      .run();
    await bumpDataVersion(tx);
    return getSourceSummary(db, id) as SourceSummary;
  });
}
