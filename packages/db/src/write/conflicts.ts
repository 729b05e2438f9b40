/**
 * Settle a conflict once: the reviewer names the right value and why. Stored with the fingerprints
 * of every value they saw, so the settlement holds across re-imports of the same sources and a
 * new disagreeing value reopens the conflict. Audited and written in one transaction.
 */
import type { Conflict, SettleConflictBody } from '@ipb/domain';
import type { Db } from '../engine/db';
import { query } from '../engine/query';
import { conflictGroups, indicatorName, toConflict } from '../queries/conflicts';
import { fingerprint } from '../queries/period-groups';
import { audit } from './audit';
import { bumpDataVersion } from './replace-source';
import { NotFoundError } from './review';

export class SettlementError extends Error {
  override name = 'SettlementError';
}

const SETTLE =
  query(`INSERT INTO conflict_settlements (key, chosen, members, reason, actor, at) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (key) DO UPDATE SET chosen = excluded.chosen, members = excluded.members, reason = excluded.reason,
  actor = excluded.actor, at = excluded.at`);

const groupOf = async (db: Db, key: string) =>
  (await conflictGroups(db, { regionCodes: [key.split('|')[0] ?? ''] })).find((g) => g.key === key);

export function settleConflict(db: Db, body: SettleConflictBody, actor: string): Promise<Conflict> {
  return db.transaction(async (tx) => {
    const group = await groupOf(tx, body.key);
    if (!group) throw new NotFoundError(`There is no open or settled conflict with key "${body.key}".`);
    const chosen = group.rows.find((r) => r.o.id === body.observationId);
    if (!chosen)
      throw new SettlementError(
        `Observation ${body.observationId} is not one of this conflict's values (${group.rows.map((r) => r.o.id).join(', ')}).`,
      );
    const before = group.settlement;
    const members = group.rows.map(fingerprint);
    const row = [body.key, fingerprint(chosen), JSON.stringify(members), body.reason, actor, new Date().toISOString()];
    await tx.run(SETTLE, row);
    await audit(tx, {
      actor,
      action: 'settle',
      entity: 'conflict',
      entityId: body.key,
      before: before
        ? { chosen: before.chosen, reason: before.reason }
        : { preferredObservationId: group.preferred.o.id },
      after: { observationId: chosen.o.id, chosen: fingerprint(chosen), value: chosen.o.value },
      reason: body.reason,
    });
    await bumpDataVersion(tx);
    const settled = await groupOf(tx, body.key);
    return toConflict(settled ?? group, await indicatorName(tx, String(chosen.o.indicatorId)));
  });
}
