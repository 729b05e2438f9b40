/**
 * Settle a conflict once: the reviewer names the right value and why. Stored with the fingerprints
 * of every value they saw, so the settlement holds across re-imports of the same sources and a
 * new disagreeing value reopens the conflict. Audited and written in one transaction.
 */
import type { Conflict, SettleConflictBody } from '@ipb/domain';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../create-db';
import { sqliteConnection } from '../engine/sqlite';
import { conflictGroups, toConflict } from '../queries/conflicts';
import { fingerprint } from '../queries/period-groups';
import { auditLog, conflictSettlements, indicators } from '../schema';
import { bumpDataVersion } from './replace-source';
import { NotFoundError } from './review';

export class SettlementError extends Error {
  override name = 'SettlementError';
}

export function settleConflict(handle: DbHandle, body: SettleConflictBody, actor: string): Promise<Conflict> {
  return handle.engine.transaction(async (tx) => {
    const db = sqliteConnection(tx);
    const regionCode = body.key.split('|')[0] ?? '';
    const group = conflictGroups(db, { regionCodes: [regionCode] }).find((g) => g.key === body.key);
    if (!group) throw new NotFoundError(`There is no open or settled conflict with key "${body.key}".`);
    const chosen = group.rows.find((r) => r.o.id === body.observationId);
    if (!chosen)
      throw new SettlementError(
        `Observation ${body.observationId} is not one of this conflict's values (${group.rows.map((r) => r.o.id).join(', ')}).`,
      );
    const before = group.settlement;
    const row = {
      key: body.key,
      chosen: fingerprint(chosen),
      members: group.rows.map(fingerprint),
      reason: body.reason,
      actor,
      at: new Date().toISOString(),
    };
    db.insert(conflictSettlements).values(row).onConflictDoUpdate({ target: conflictSettlements.key, set: row }).run();
    db.insert(auditLog)
      .values({
        actor,
        action: 'settle',
        entity: 'conflict',
        entityId: body.key,
        before: before
          ? { chosen: before.chosen, reason: before.reason }
          : { preferredObservationId: group.preferred.o.id },
        after: { observationId: chosen.o.id, chosen: row.chosen, value: chosen.o.value },
        reason: body.reason,
      })
      .run();
    await bumpDataVersion(tx);
    const settled = conflictGroups(db, { regionCodes: [regionCode] }).find((g) => g.key === body.key);
    const name =
      db
        .select({ n: indicators.nameZh })
        .from(indicators)
        .where(eq(indicators.id, String(chosen.o.indicatorId)))
        .get()?.n ?? '';
    return toConflict(settled ?? group, name);
  });
}
