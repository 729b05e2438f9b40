/** The audit log: who changed what, when, why, with the record before and after; newest first. */
import type { AuditQuery } from '@ipb/domain';
import type { z } from 'zod';
import type { Db } from '../engine/db';
import { perEngine } from '../engine/dialect';
import type { Query } from '../engine/query';
import type { ROW_SCHEMAS } from '../row-schemas';

/** The row as the page's SQL gives it: entity_id as named in SQL, before and after as JSON text. */
type AuditRow = Omit<z.infer<typeof ROW_SCHEMAS.auditLog>, 'entityId' | 'before' | 'after'> & {
  entity_id: string;
  before: string | null;
  after: string | null;
};

type Filter = Omit<AuditQuery, 'limit'>;

/** The conditions a filter sets, in a fixed order: each combination is one statement, kept. */
function conditions(filter: Filter): Array<[string, unknown]> {
  const where: Array<[string, unknown]> = [];
  if (filter.entity) where.push(['entity = ?', filter.entity]);
  if (filter.entityId) where.push(['entity_id = ?', filter.entityId]);
  if (filter.action) where.push(['action = ?', filter.action]);
  if (filter.actor) where.push(['actor = ?', filter.actor]);
  // `at` is an ISO timestamp (UTC): a day's bounds compare as text.
  if (filter.from) where.push(['at >= ?', filter.from]);
  if (filter.to) where.push(['at <= ?', `${filter.to}T23:59:59.999Z`]);
  return where;
}

const statements = new Map<string, { count: Query; page: Query }>();

function statementsFor(where: string[], cursor: boolean) {
  const key = `${where.join(' AND ')}|${cursor}`;
  const known = statements.get(key);
  if (known) return known;
  const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const paged = [...where, ...(cursor ? ['id < ?'] : [])];
  const page = `${paged.length ? `WHERE ${paged.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
  const made = {
    count: perEngine((d) => `SELECT ${d.int('count(*)')} AS n FROM audit_log ${filtered}`),
    // jsonb as text, so both engines' rows parse alike.
    page: perEngine(
      (
        d,
      ) => `SELECT id, at, actor, action, entity, entity_id, ${d.json('before')} AS before, ${d.json('after')} AS after,
        reason FROM audit_log ${page}`,
    ),
  };
  statements.set(key, made);
  return made;
}

const parsed = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

export async function listAudit(db: Db, filter: AuditQuery) {
  const where = conditions(filter);
  const values = where.map(([, value]) => value);
  const { count, page } = statementsFor(
    where.map(([text]) => text),
    Boolean(filter.cursor),
  );
  const [total, rows] = await Promise.all([
    db.get<{ n: number }>(count, values),
    db.all<AuditRow>(page, [...values, ...(filter.cursor ? [Number(filter.cursor)] : []), filter.limit + 1]),
  ]);
  const items = rows.slice(0, filter.limit).map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: parsed(r.before),
    after: parsed(r.after),
    reason: r.reason,
  }));
  const last = items.at(-1);
  return {
    items,
    total: total?.n ?? 0,
    nextCursor: rows.length > filter.limit && last ? String(last.id) : null,
  };
}
