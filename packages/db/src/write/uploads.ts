/**
 * Uploaded documents awaiting confirmation: the preview is stored so confirm imports exactly what
 * was shown. A preview is confirmed at most once, expires PREVIEW_TTL_MS after the upload (then it
 * is purged, write/housekeeping.ts), and does not replace a version of the same source that was
 * imported after the preview was made unless the editor says so (issue 11: confirming an old
 * preview silently undid a newer import). Pending uploads are rows of the database every API
 * instance shares (docs/decisions/016), so any instance confirms what another received.
 */
import type { ExtractionResult } from '@ipb/domain';
import type { Db } from '../engine/db';
import { perEngine } from '../engine/dialect';
import { query } from '../engine/query';
import type { PendingUploadRow } from '../row-schemas';
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

export type PendingUpload = PendingUploadRow;

const INSERT =
  query(`INSERT INTO pending_uploads (file_name, sha256, raw_text, extraction, uploaded_by, created_at, expires_at)
  VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`);
const PENDING = perEngine(
  (d) => `SELECT id, file_name AS "fileName", sha256, raw_text AS "rawText", ${d.json('extraction')} AS extraction,
  uploaded_by AS "uploadedBy", created_at AS "createdAt", expires_at AS "expiresAt",
  confirmed_source_id AS "confirmedSourceId", confirmed_at AS "confirmedAt" FROM pending_uploads WHERE id = ?`,
);
const SIZE = perEngine((d) => `SELECT ${d.int('length(raw_text)')} AS size FROM pending_uploads WHERE id = ?`);
const IMPORTED = query('SELECT 1 AS found FROM sources WHERE sha256 = ? LIMIT 1');
const CURRENT = query('SELECT id, sha256, imported_at AS "importedAt" FROM sources WHERE key = ?');
const MARK = query(`UPDATE pending_uploads SET confirmed_source_id = ?, confirmed_at = ?
  WHERE id = ? AND confirmed_source_id IS NULL`);

export async function createPendingUpload(
  db: Db,
  input: { fileName: string | null; sha256: string; rawText: string; extraction: ExtractionResult; uploadedBy: number },
  now = new Date(),
): Promise<{ id: number; expiresAt: string }> {
  const expiresAt = new Date(now.getTime() + PREVIEW_TTL_MS).toISOString();
  const { fileName, sha256, rawText, extraction, uploadedBy } = input;
  const params = [fileName, sha256, rawText, JSON.stringify(extraction), uploadedBy, now.toISOString(), expiresAt];
  const row = (await db.get<{ id: number }>(INSERT, params)) as { id: number };
  return { id: row.id, expiresAt };
}

export async function getPendingUpload(db: Db, id: number): Promise<PendingUpload | undefined> {
  const row = await db.get<Omit<PendingUpload, 'extraction'> & { extraction: string }>(PENDING, [id]);
  return row ? { ...row, extraction: JSON.parse(row.extraction) as ExtractionResult } : undefined;
}

/** The size of a preview's text, to decide whether confirming it is a job; null when there is none. */
export async function pendingUploadSize(db: Db, id: number): Promise<number | null> {
  return (await db.get<{ size: number }>(SIZE, [id]))?.size ?? null;
}

export async function isAlreadyImported(db: Db, sha256: string): Promise<boolean> {
  return (await db.get(IMPORTED, [sha256])) !== undefined;
}

async function refuseUnlessConfirmable(
  db: Db,
  upload: PendingUpload,
  options: { now: Date; replaceNewer: boolean },
): Promise<void> {
  if (upload.confirmedSourceId !== null)
    throw new UploadError('already-confirmed', `Upload ${upload.id} was already confirmed.`, {
      sourceId: upload.confirmedSourceId,
    });
  if (upload.expiresAt <= options.now.toISOString())
    throw new UploadError('expired', `The preview of upload ${upload.id} expired at ${upload.expiresAt}.`, {
      expiresAt: upload.expiresAt,
    });
  const current = await db.get<{ id: number; sha256: string; importedAt: string }>(CURRENT, [
    sourceKey(upload.extraction),
  ]);
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
  db: Db,
  input: { id: number; actor: string; replaceNewer: boolean; now?: Date },
): Promise<ImportReport> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const upload = await getPendingUpload(tx, input.id);
    if (!upload) throw new UploadError('not-found', `There is no upload ${input.id}.`);
    await refuseUnlessConfirmable(tx, upload, { now, replaceNewer: input.replaceNewer });
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
    const marked = await tx.run(MARK, [report.sourceId, now.toISOString(), upload.id]);
    if (marked.changes !== 1) throw new UploadError('already-confirmed', `Upload ${upload.id} was already confirmed.`);
    return report;
  });
}
