/**
 * The recorded digests (write/digest.ts): by default the latest import's, or every one after
 * `since`; items are bounded by `limit`, with the total so a view can say how many more there are.
 */
import type { DigestEntry, DigestItem } from '@ipb/domain';
import type { Db } from '../engine/db';
import { type Dialect, perEngine } from '../engine/dialect';
import { jsonList } from '../prepared';

interface DigestRow {
  id: number;
  at: string;
  trigger_kind: DigestEntry['trigger']['kind'];
  trigger_title: string;
  source_id: number | null;
  baseline: number;
  counts: string;
}

/** Rows in SQLite's shapes on both engines (engine/dialect.ts), so one mapping reads both. */
const DIGEST = (d: Dialect) =>
  `SELECT id, at, trigger_kind, trigger_title, source_id, ${d.int('baseline')} AS baseline, ${d.json('counts')} AS counts
   FROM digests`;
const LATEST = perEngine((d) => `${DIGEST(d)} ORDER BY id DESC LIMIT 1`);
const SINCE = perEngine((d) => `${DIGEST(d)} WHERE at > ? ORDER BY id DESC`);
const ITEM_COUNT = perEngine((d) => `SELECT ${d.int('count(*)')} AS n FROM digest_items WHERE digest_id IN (${d.ids})`);
const ITEMS = perEngine(
  (d) => `SELECT id, digest_id, ${d.json('payload')} AS payload FROM digest_items WHERE digest_id IN (${d.ids})
    ORDER BY digest_id DESC, id LIMIT ?`,
);

const toEntry = (d: DigestRow): DigestEntry => ({
  id: d.id,
  at: d.at,
  trigger: { kind: d.trigger_kind, title: d.trigger_title, sourceId: d.source_id },
  baseline: d.baseline === 1,
  counts: JSON.parse(d.counts) as DigestEntry['counts'],
});

export async function listDigests(
  db: Db,
  filter: { since?: string; limit: number },
): Promise<{ entries: DigestEntry[]; items: DigestItem[]; total: number }> {
  const rows = filter.since ? await db.all<DigestRow>(SINCE, [filter.since]) : await db.all<DigestRow>(LATEST);
  const entries = rows.map(toEntry);
  if (!rows.length) return { entries, items: [], total: 0 };
  const ids = jsonList(rows.map((d) => d.id));
  const [count, items] = await Promise.all([
    db.get<{ n: number }>(ITEM_COUNT, [ids]),
    db.all<{ id: number; digest_id: number; payload: string }>(ITEMS, [ids, filter.limit]),
  ]);
  return {
    entries,
    items: items.map((i) => ({
      ...(JSON.parse(i.payload) as Omit<DigestItem, 'id' | 'digestId'>),
      id: i.id,
      digestId: i.digest_id,
    })),
    total: count?.n ?? 0,
  };
}
