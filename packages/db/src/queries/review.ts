/** The audit log: who changed what, when, why, with the record before and after; newest first. */
import type { AuditQuery } from '@ipb/domain';
import { and, count, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { auditLog } from '../schema';

function conditions(filter: Omit<AuditQuery, 'limit' | 'cursor'>): SQL[] {
  const where: SQL[] = [];
  if (filter.entity) where.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.actor) where.push(eq(auditLog.actor, filter.actor));
  // `at` is an ISO timestamp (UTC): a day's bounds compare as text.
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lte(auditLog.at, `${filter.to}T23:59:59.999Z`));
  return where;
}

export function listAudit(db: Drizzle, filter: AuditQuery) {
  const where = conditions(filter);
  const total = db
    .select({ n: count() })
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .get()?.n;
  if (filter.cursor) where.push(lt(auditLog.id, Number(filter.cursor)));
  const rows = db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(filter.limit + 1)
    .all();
  const items = rows.slice(0, filter.limit);
  const last = items.at(-1);
  return {
    items,
    total: total ?? 0,
    nextCursor: rows.length > filter.limit && last ? String(last.id) : null,
  };
}
