/**
 * The audit log's one insert on the two-engine Db (who, what, before, after, why), inside the
 * write's own transaction so an entry exists exactly when its change does.
 */
import type { Db } from '../engine/db';
import { query } from '../engine/query';
import type { AuditEntry } from '../row-schemas';

export type { AuditEntry };

const INSERT = query(`INSERT INTO audit_log (at, actor, action, entity, entity_id, "before", "after", reason)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`);

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/** Record `entry`; its id. */
export async function audit(db: Db, entry: AuditEntry): Promise<number> {
  const row = await db.get<{ id: number }>(INSERT, [
    new Date().toISOString(),
    entry.actor,
    entry.action,
    entry.entity,
    entry.entityId,
    json(entry.before),
    json(entry.after),
    entry.reason ?? null,
  ]);
  return (row as { id: number }).id;
}
