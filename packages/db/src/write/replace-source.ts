/**
 * The one way a source enters the database, on either engine. Same key and same bytes: nothing
 * changes. Same key, other bytes: the old version and everything extracted from it are deleted
 * (cascade) and the new one inserted — the caller reports "replaced". Must run inside the caller's
 * transaction (Db.transaction).
 */
import type { Drizzle } from '../create-db';
import type { Db } from '../engine/db';
import { perEngine } from '../engine/dialect';
import { query } from '../engine/query';
import { prepared } from '../prepared';
import type { sources } from '../schema';
import { flag } from './insert-rows';
import { type RefreshHint, refreshPeriodValues } from './period-values';

/** A source and its text (kept in source_texts, apart from the row lists read). */
export type SourceInput = Omit<typeof sources.$inferInsert, 'id' | 'importedAt'> & { rawText: string };
export type ReplaceStatus = 'new' | 'unchanged' | 'replaced';

interface Existing {
  id: number;
  sha256: string;
  authority: SourceInput['authority'];
  authority_reason: string;
  overridden: number;
}

const EXISTING = perEngine(
  (d) => `SELECT id, sha256, authority, authority_reason,
    CASE WHEN ${d.isTrue('authority_overridden')} THEN 1 ELSE 0 END AS overridden FROM sources WHERE key = ?`,
);
const SET_AUTHORITY = query('UPDATE sources SET authority = ?, authority_reason = ? WHERE id = ?');
const DELETE = query('DELETE FROM sources WHERE id = ?');
const INSERT = query(`INSERT INTO sources (key, type, title, year, issue_number, publisher, url, document_number,
  description, date, authority, authority_reason, authority_overridden, sha256, file_name, imported_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`);
const INSERT_TEXT = query('INSERT INTO source_texts (source_id, raw_text) VALUES (?, ?)');

export async function replaceSource(db: Db, input: SourceInput): Promise<{ id: number; status: ReplaceStatus }> {
  const existing = await db.get<Existing>(EXISTING, [input.key]);
  // An editor's class outlives new versions of the source; the rules' class follows the rules.
  const overridden = existing?.overridden === 1;
  const authority = overridden
    ? { authority: existing.authority, authorityReason: existing.authority_reason }
    : { authority: input.authority ?? 'news_reprint', authorityReason: input.authorityReason ?? '' };
  if (existing && existing.sha256 === input.sha256) {
    if (!overridden && input.authority && existing.authority !== input.authority)
      await db.run(SET_AUTHORITY, [authority.authority, authority.authorityReason, existing.id]);
    return { id: existing.id, status: 'unchanged' };
  }
  if (existing) await db.run(DELETE, [existing.id]);
  const row = await db.get<{ id: number }>(INSERT, [
    input.key,
    input.type,
    input.title,
    input.year ?? null,
    input.issueNumber ?? null,
    input.publisher ?? null,
    input.url ?? null,
    input.documentNumber ?? null,
    input.description ?? null,
    input.date ?? null,
    authority.authority,
    authority.authorityReason,
    flag(db, overridden),
    input.sha256,
    input.fileName ?? null,
    new Date().toISOString(),
  ]);
  const id = (row as { id: number }).id;
  await db.run(INSERT_TEXT, [id, input.rawText]);
  return { id, status: existing ? 'replaced' : 'new' };
}

const BY_SHA = query('SELECT id FROM sources WHERE sha256 = ? LIMIT 1');

/**
 * The source already stored with exactly these bytes, if any. Extraction is deterministic, so an
 * importer can skip extracting a file whose hash is here: it would be reported "unchanged".
 */
export async function sourceIdBySha256(db: Db, sha256: string): Promise<number | null> {
  return (await db.get<{ id: number }>(BY_SHA, [sha256]))?.id ?? null;
}

const ALL_SHA = query('SELECT sha256 FROM sources');

/**
 * The hashes of every stored source's bytes: what an import's worker thread need not extract (the
 * write still asks sourceIdBySha256 of each file, which decides).
 */
export async function storedSha256s(db: Db): Promise<Set<string>> {
  return new Set((await db.all<{ sha256: string }>(ALL_SHA)).map((r) => r.sha256));
}

const BUMP = query({
  sqlite: `INSERT INTO meta (key, value) VALUES ('data_version', '1')
    ON CONFLICT (key) DO UPDATE SET value = CAST(meta.value AS INTEGER) + 1`,
  postgres: `INSERT INTO meta (key, value) VALUES ('data_version', '1')
    ON CONFLICT (key) DO UPDATE SET value = (meta.value::bigint + 1)::text`,
});

/**
 * Bump the data version (ETags and caches key on it). Call once per committed change, in its
 * transaction: it also brings the period summary up to date with what the change wrote (`hint`:
 * the change only inserted one source's figures, see RefreshHint).
 */
export async function bumpDataVersion(db: Db, hint?: RefreshHint): Promise<void> {
  await refreshPeriodValues(db, hint);
  await db.run(BUMP);
}

const SET_META = query(
  'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
);
const GET_META = query('SELECT value FROM meta WHERE key = ?');

export async function setMeta(db: Db, key: string, value: string): Promise<void> {
  await db.run(SET_META, [key, value]);
}

export async function getMeta(db: Db, key: string): Promise<string | undefined> {
  return (await db.get<{ value: string }>(GET_META, [key]))?.value;
}

/** The data version (bumped by every committed write): what ETags and the response cache key on. */
export function dataVersion(db: Drizzle): string {
  const row = prepared(db, "SELECT value FROM meta WHERE key = 'data_version'").get() as { value: string } | undefined;
  return row?.value ?? '0';
}
