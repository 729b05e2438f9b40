/**
 * The recorded digests (write/digest.ts): by default the latest import's, or every one after
 * `since`; items are bounded by `limit`, with the total so a view can say how many more there are.
 */
import type { DigestEntry, DigestItem } from '@ipb/domain';
import { asc, count, desc, gt, inArray } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { digestItems, digests } from '../schema';

export function listDigests(
  db: Drizzle,
  filter: { since?: string; limit: number },
): { entries: DigestEntry[]; items: DigestItem[]; total: number } {
  const rows = filter.since
    ? db.select().from(digests).where(gt(digests.at, filter.since)).orderBy(desc(digests.id)).all()
    : db.select().from(digests).orderBy(desc(digests.id)).limit(1).all();
  const entries: DigestEntry[] = rows.map((d) => ({
    id: d.id,
    at: d.at,
    trigger: { kind: d.triggerKind, title: d.triggerTitle, sourceId: d.sourceId },
    baseline: d.baseline,
    counts: d.counts,
  }));
  const ids = rows.map((d) => d.id);
  if (!ids.length) return { entries, items: [], total: 0 };
  const total = db.select({ n: count() }).from(digestItems).where(inArray(digestItems.digestId, ids)).get()?.n ?? 0;
  const items = db
    .select()
    .from(digestItems)
    .where(inArray(digestItems.digestId, ids))
    .orderBy(desc(digestItems.digestId), asc(digestItems.id))
    .limit(filter.limit)
    .all()
    .map((i) => ({ ...(i.payload as Omit<DigestItem, 'id' | 'digestId'>), id: i.id, digestId: i.digestId }));
  return { entries, items, total };
}
