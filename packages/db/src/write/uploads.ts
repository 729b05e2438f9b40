/**
 * Uploaded documents awaiting confirmation: the preview is stored so confirm imports exactly what
 * was shown. A preview is confirmed at most once, expires PREVIEW_TTL_MS after the upload (then it
 * is purged, write/housekeeping.ts), and does not replace a version of the same source that was
 * imported after the preview was made unless the editor says so (issue 11: confirming an old
 * preview silently undid a newer import).
 */
import type { ExtractionResult } from '@ipb/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbHandle, Drizzle } from '../create-db';
import { sqliteConnection } from '../engine/sqlite';
import { pendingUploads, sources } from '../schema';
import { type ImportReport, importExtraction, sourceKey } from './import-extraction';
import { applyEdits, editsOf, editsRevision, isDropped } from './upload-review';

/** How long a preview can be confirmed: a working day and a night. */
export const PREVIEW_TTL_MS = 24 * 3_600_000;

export type UploadErrorCode = 'not-found' | 'already-confirmed' | 'expired' | 'newer-version';

export class UploadError extends Error {
  override name = 'UploadError';
  constructor(
    readonly code: UploadErrorCode,
    message: string,
    readonly details: { sourceId?: number; importedAt?: string; expiresAt?: string } = {},
  ) {
    super(message);
  }
}

export function createPendingUpload(
  db: Drizzle,
  input: { fileName: string | null; sha256: string; rawText: string; extraction: ExtractionResult; uploadedBy: number },
  now = new Date(),
): { id: number; expiresAt: string } {
  const expiresAt = new Date(now.getTime() + PREVIEW_TTL_MS).toISOString();
  const { id } = db
    .insert(pendingUploads)
    .values({ ...input, createdAt: now.toISOString(), expiresAt })
    .returning({ id: pendingUploads.id })
    .get();
  return { id, expiresAt };
}

export function getPendingUpload(db: Drizzle, id: number) {
  const row = db.select().from(pendingUploads).where(eq(pendingUploads.id, id)).get();
  return row ? { ...row, extraction: row.extraction as ExtractionResult } : undefined;
}

/** The size of a preview's text, to decide whether confirming it is a job; null when there is none. */
export function pendingUploadSize(db: Drizzle, id: number): number | null {
  const row = db
    .select({ rawText: pendingUploads.rawText })
    .from(pendingUploads)
    .where(eq(pendingUploads.id, id))
    .get();
  return row ? row.rawText.length : null;
}

export function isAlreadyImported(db: Drizzle, sha256: string): boolean {
  return db.select({ id: sources.id }).from(sources).where(eq(sources.sha256, sha256)).get() !== undefined;
}

function refuseUnlessConfirmable(
  db: Drizzle,
  upload: NonNullable<ReturnType<typeof getPendingUpload>>,
  options: { now: Date; replaceNewer: boolean },
) {
  if (upload.confirmedSourceId !== null)
    throw new UploadError('already-confirmed', `Upload ${upload.id} was already confirmed.`, {
      sourceId: upload.confirmedSourceId,
    });
  if (upload.expiresAt <= options.now.toISOString())
    throw new UploadError('expired', `The preview of upload ${upload.id} expired at ${upload.expiresAt}.`, {
      expiresAt: upload.expiresAt,
    });
  const current = db
    .select({ id: sources.id, sha256: sources.sha256, importedAt: sources.importedAt })
    .from(sources)
    .where(eq(sources.key, sourceKey(upload.extraction)))
    .get();
  const newer = current && current.sha256 !== upload.sha256 && current.importedAt > upload.createdAt;
  if (newer && !options.replaceNewer)
    throw new UploadError(
      'newer-version',
      `Source ${current.id}, another version of this document, was imported at ${current.importedAt}, after this preview was made.`,
      { sourceId: current.id, importedAt: current.importedAt },
    );
}

/** Import a preview, in one transaction with marking it confirmed: at most once, however often it is called. */
export function confirmUpload(
  handle: DbHandle,
  input: { id: number; actor: string; replaceNewer: boolean; now?: Date },
): Promise<ImportReport> {
  const now = input.now ?? new Date();
  return handle.engine.transaction(async (tx) => {
    const db = sqliteConnection(tx);
    const upload = getPendingUpload(db, input.id);
    if (!upload) throw new UploadError('not-found', `There is no upload ${input.id}.`);
    refuseUnlessConfirmable(db, upload, { now, replaceNewer: input.replaceNewer });
    // What the editor corrected and left out (write/upload-review.ts) is what is imported.
    const edits = editsOf(upload.extraction);
    // The import's own transaction joins this one: confirming and importing are one.
    const report = await importExtraction(tx, {
      extraction: applyEdits(upload.extraction, edits),
      rawText: upload.rawText,
      fileName: upload.fileName,
      actor: input.actor,
      review: {
        dropped: (item) => isDropped(edits, item),
        corrected: (item) => item in edits.corrected,
        revision: editsRevision(edits),
      },
    });
    const marked = db
      .update(pendingUploads)
      .set({ confirmedSourceId: report.sourceId, confirmedAt: now.toISOString() })
      .where(and(eq(pendingUploads.id, upload.id), isNull(pendingUploads.confirmedSourceId)))
      .run();
    if (marked.changes !== 1) throw new UploadError('already-confirmed', `Upload ${upload.id} was already confirmed.`);
    return report;
  });
}
