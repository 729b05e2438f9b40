/** Uploaded documents awaiting confirmation: the preview is stored so confirm imports exactly what was shown. */
import type { ExtractionResult } from '@ipb/domain';
import { eq } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { pendingUploads, sources } from '../schema';

export function createPendingUpload(
  db: Drizzle,
  input: { fileName: string | null; sha256: string; rawText: string; extraction: ExtractionResult; uploadedBy: number },
): number {
  return db
    .insert(pendingUploads)
    .values({ ...input, createdAt: new Date().toISOString() })
    .returning({ id: pendingUploads.id })
    .get().id;
}

export function getPendingUpload(db: Drizzle, id: number) {
  const row = db.select().from(pendingUploads).where(eq(pendingUploads.id, id)).get();
  return row ? { ...row, extraction: row.extraction as ExtractionResult } : undefined;
}

export function markUploadConfirmed(db: Drizzle, id: number, sourceId: number): void {
  db.update(pendingUploads).set({ confirmedSourceId: sourceId }).where(eq(pendingUploads.id, id)).run();
}

export function isAlreadyImported(db: Drizzle, sha256: string): boolean {
  return db.select({ id: sources.id }).from(sources).where(eq(sources.sha256, sha256)).get() !== undefined;
}
