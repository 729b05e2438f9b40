/**
 * What an editor sees of an upload before confirming it: the document, every extracted article,
 * measure and figure with the corrections and drops made so far, and what confirming would change
 * against the version already imported. One builder for the upload job (in the import worker) and
 * for the routes that show or edit a preview, so both answer the same shape.
 */
import type { ExtractionResult } from '@ipb/domain';
import type { Db } from '../engine/db';
import { extractionAuthority } from '../write/import-extraction';
import { applyEdits, editsOf, isDropped, uploadItems } from '../write/upload-review';
import { getPendingUpload, isAlreadyImported, type PendingUpload } from '../write/uploads';
import { uploadDiff } from './upload-diff';

function articlesOf(effective: ExtractionResult) {
  return effective.articles.map((a) => ({
    title: a.title,
    regionCode: a.region?.code ?? null,
    regionName: a.region?.name ?? null,
    placeEvidence: a.place?.evidence ?? null,
    placeNote: a.place?.note ?? null,
    placeReview: a.place?.review ?? a.region === null,
    measures: a.measures.length,
    figures: a.indicators.length,
  }));
}

/** The preview of a stored upload; `nameEn` names a place in English for the English interface. */
export async function uploadPreview(db: Db, pending: PendingUpload, nameEn: (code: string) => string | null) {
  const edits = editsOf(pending.extraction);
  const effective = applyEdits(pending.extraction, edits);
  const s = effective.source;
  const decision = extractionAuthority(effective);
  return {
    id: pending.id,
    fileName: pending.fileName,
    sha256: s.sha256,
    alreadyImported: await isAlreadyImported(db, s.sha256),
    expiresAt: pending.expiresAt,
    title: s.title,
    year: s.year,
    issueNumber: s.issueNumber,
    url: s.url ?? null,
    publisher: s.publisher,
    articles: articlesOf(effective),
    issues: effective.issues.map(({ severity, code, message }) => ({ severity, code, message })),
    authority: decision.authority,
    authorityReason: decision.reason,
    items: uploadItems(effective, edits, nameEn),
    diff: await uploadDiff(db, effective, (item) => isDropped(edits, item)),
    confirmed: pending.confirmedSourceId !== null,
  };
}

/** The preview of upload `id`, or undefined when there is none. */
export async function uploadPreviewById(db: Db, id: number, nameEn: (code: string) => string | null) {
  const pending = await getPendingUpload(db, id);
  return pending ? uploadPreview(db, pending, nameEn) : undefined;
}
