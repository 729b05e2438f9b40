/**
 * The one way a source enters the database. Same key and same bytes: nothing changes. Same key,
 * other bytes: the old version and everything extracted from it are deleted (cascade) and the new
 * one inserted — the caller reports "replaced". Must run inside the caller's transaction.
 */
import { eq, sql } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { prepared } from '../prepared';
import { meta, sources, sourceTexts } from '../schema';
import { refreshPeriodValues } from './period-values';

/** A source and its text (kept in source_texts, apart from the row lists read). */
export type SourceInput = Omit<typeof sources.$inferInsert, 'id' | 'importedAt'> & { rawText: string };
export type ReplaceStatus = 'new' | 'unchanged' | 'replaced';

export function replaceSource(db: Drizzle, input: SourceInput): { id: number; status: ReplaceStatus } {
  const existing = db
    .select({
      id: sources.id,
      sha256: sources.sha256,
      authority: sources.authority,
      authorityReason: sources.authorityReason,
      authorityOverridden: sources.authorityOverridden,
    })
    .from(sources)
    .where(eq(sources.key, input.key))
    .get();
  // An editor's class outlives new versions of the source; the rules' class follows the rules.
  const authority = existing?.authorityOverridden
    ? { authority: existing.authority, authorityReason: existing.authorityReason, authorityOverridden: true }
    : { authority: input.authority, authorityReason: input.authorityReason };
  if (existing && existing.sha256 === input.sha256) {
    if (!existing.authorityOverridden && input.authority && existing.authority !== input.authority)
      db.update(sources).set(authority).where(eq(sources.id, existing.id)).run();
    return { id: existing.id, status: 'unchanged' };
  }
  if (existing) db.delete(sources).where(eq(sources.id, existing.id)).run();
  const { rawText, ...columns } = input;
  const row = db
    .insert(sources)
    .values({ ...columns, ...authority, importedAt: new Date().toISOString() })
    .returning({ id: sources.id })
    .get();
  db.insert(sourceTexts).values({ sourceId: row.id, rawText }).run();
  return { id: row.id, status: existing ? 'replaced' : 'new' };
}

/**
 * The source already stored with exactly these bytes, if any. Extraction is deterministic, so an
 * importer can skip extracting a file whose hash is here: it would be reported "unchanged".
 */
export function sourceIdBySha256(db: Drizzle, sha256: string): number | null {
  return db.select({ id: sources.id }).from(sources).where(eq(sources.sha256, sha256)).limit(1).get()?.id ?? null;
}

/**
 * Bump the data version (ETags and caches key on it). Call once per committed change, in its
 * transaction: it also brings the period summary up to date with what the change wrote.
 */
export function bumpDataVersion(db: Drizzle): void {
  refreshPeriodValues(db);
  db.insert(meta)
    .values({ key: 'data_version', value: '1' })
    .onConflictDoUpdate({ target: meta.key, set: { value: sql`CAST(${meta.value} AS INTEGER) + 1` } })
    .run();
}

export function setMeta(db: Drizzle, key: string, value: string): void {
  db.insert(meta).values({ key, value }).onConflictDoUpdate({ target: meta.key, set: { value } }).run();
}

/** The data version (bumped by every committed write): what ETags and the response cache key on. */
export function dataVersion(db: Drizzle): string {
  const row = prepared(db, "SELECT value FROM meta WHERE key = 'data_version'").get() as { value: string } | undefined;
  return row?.value ?? '0';
}

export function getMeta(db: Drizzle, key: string): string | undefined {
  return db.select({ value: meta.value }).from(meta).where(eq(meta.key, key)).get()?.value;
}
