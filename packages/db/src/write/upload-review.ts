/**
 * An editor's review of an upload before it is imported. The stored extraction stays as the
 * pipeline produced it; the editor's changes and drops are kept beside it (`edits`), each one
 * audited, and applied when the preview is shown and when the upload is confirmed. Items have
 * stable ids inside the upload: a:<article>, m:<article>:<ordinal>, f:<article>:<figure index>.
 */
import { createHash } from 'node:crypto';
import type { ExtractionResult, UploadItemChanges, UploadItemPatch, UploadItems } from '@ipb/domain';
import type { Db } from '../engine/db';
import { query } from '../engine/query';
import { audit } from './audit';
import { bumpDataVersion } from './replace-source';
import { getPendingUpload } from './uploads';

type ExtractedRegion = NonNullable<ExtractionResult['articles'][number]['region']>;

export interface UploadEdits {
  dropped: string[];
  corrected: Record<string, UploadItemChanges>;
  /** The places corrections name, resolved when they were made (so applying needs no gazetteer). */
  regions?: Record<string, ExtractedRegion>;
}

export const NO_EDITS: UploadEdits = { dropped: [], corrected: {} };

/** The edits kept beside a stored extraction. */
export const editsOf = (extraction: ExtractionResult): UploadEdits =>
  (extraction as { edits?: UploadEdits }).edits ?? NO_EDITS;

export class UploadEditError extends Error {
  override name = 'UploadEditError';
  constructor(
    readonly code: 'unknown-upload' | 'unknown-record' | 'upload-already-confirmed' | 'unknown-place',
    message: string,
  ) {
    super(message);
  }
}

const articleOf = (item: string) => `a:${item.split(':')[1]}`;

/** The extraction as the editor left it: changes applied (drops are applied at import, by id). */
export function applyEdits(extraction: ExtractionResult, edits: UploadEdits): ExtractionResult {
  return {
    ...extraction,
    articles: extraction.articles.map((article, ai) => {
      const change = edits.corrected[`a:${ai}`];
      return {
        ...article,
        region: change?.regionCode ? (edits.regions?.[change.regionCode] ?? article.region) : article.region,
        measures: article.measures.map((m) => {
          const c = edits.corrected[`m:${ai}:${m.ordinal}`];
          return c?.title ? { ...m, title: c.title } : m;
        }),
        indicators: article.indicators.map((f, fi) => {
          const c = edits.corrected[`f:${ai}:${fi}`];
          if (!c) return f;
          const scale = f.normalized && f.value !== 0 ? f.normalized.value / f.value : 1;
          const value = c.value ?? f.value;
          return {
            ...f,
            indicator: c.indicatorId === undefined ? f.indicator : c.indicatorId,
            kind: c.kind ?? f.kind,
            period: c.periodType ? { ...f.period, type: c.periodType } : f.period,
            value,
            normalized:
              f.normalized && c.value !== undefined ? { ...f.normalized, value: value * scale } : f.normalized,
            confidence: 1,
          };
        }),
      };
    }),
  };
}

/** Is an item dropped, itself or with its article? */
export function isDropped(edits: UploadEdits, item: string): boolean {
  return edits.dropped.includes(item) || (!item.startsWith('a:') && edits.dropped.includes(articleOf(item)));
}

const statusOf = (edits: UploadEdits, item: string) =>
  isDropped(edits, item)
    ? ('dropped' as const)
    : edits.corrected[item]
      ? ('corrected' as const)
      : ('extracted' as const);

/** Every article, measure and figure of the (edited) extraction, for the preview. */
export function uploadItems(effective: ExtractionResult, edits: UploadEdits, nameEn: (code: string) => string | null) {
  const items: UploadItems = { articles: [], measures: [], figures: [] };
  effective.articles.forEach((a, ai) => {
    const articleId = `a:${ai}`;
    items.articles.push({
      id: articleId,
      title: a.title,
      regionCode: a.region?.code ?? null,
      regionName: a.region?.name ?? null,
      regionNameEn: a.region ? nameEn(a.region.code) : null,
      status: statusOf(edits, articleId),
    });
    for (const m of a.measures) {
      const id = `m:${ai}:${m.ordinal}`;
      const { title, themes, programs, ordinal } = m;
      items.measures.push({
        id,
        articleId,
        ordinal,
        title,
        themes,
        programs,
        confidence: m.confidence ?? 0.8,
        status: statusOf(edits, id),
      });
    }
    a.indicators.forEach((f, fi) => {
      const id = `f:${ai}:${fi}`;
      const date = f.period.end ?? f.period.start;
      items.figures.push({
        id,
        articleId,
        subject: f.subject,
        indicatorId: f.indicator,
        value: f.value,
        valueMax: f.valueMax,
        unit: f.unit,
        kind: f.kind,
        periodType: f.period.type,
        periodText: f.period.text,
        year: date ? Number(date.slice(0, 4)) : null,
        confidence: f.confidence,
        quote: f.quote ?? f.sentence ?? f.text,
        status: statusOf(edits, id),
      });
    });
  });
  return items;
}

function itemExists(extraction: ExtractionResult, item: string): boolean {
  const [kind, a, n] = item.split(':');
  const article = extraction.articles[Number(a)];
  if (!article) return false;
  if (kind === 'a') return true;
  if (kind === 'm') return article.measures.some((m) => m.ordinal === Number(n));
  return Number(n) < article.indicators.length;
}

/** A digest of the edits: a confirmed upload with edits is a new version of its source. */
export function editsRevision(edits: UploadEdits): string | null {
  if (!edits.dropped.length && !Object.keys(edits.corrected).length) return null;
  return createHash('sha256').update(JSON.stringify(edits)).digest('hex').slice(0, 16);
}

const SAVE_EDITS = query('UPDATE pending_uploads SET extraction = ? WHERE id = ?');

/** The edits after `patch` to `item`. */
function patched(
  before: UploadEdits,
  item: string,
  patch: UploadItemPatch,
  region: ExtractedRegion | null,
): UploadEdits {
  const dropped = before.dropped.filter((d) => d !== item);
  const { [item]: previous, ...corrected } = before.corrected;
  const regions = region ? { ...before.regions, [region.code]: region } : before.regions;
  if (patch.action === 'drop') return { dropped: [...dropped, item], corrected: before.corrected, regions };
  if (patch.action === 'correct')
    return { dropped, corrected: { ...corrected, [item]: { ...previous, ...patch.changes } }, regions };
  return { dropped, corrected, regions };
}

/** Correct, drop or restore one item of a pending upload; audited with the editor's reason. */
export function editUploadItem(
  db: Db,
  input: { uploadId: number; item: string; patch: UploadItemPatch; actor: string },
  regionOf: (code: string) => ExtractedRegion | null,
): Promise<void> {
  return db.transaction(async (tx) => {
    const row = await getPendingUpload(tx, input.uploadId);
    if (!row) throw new UploadEditError('unknown-upload', `There is no upload ${input.uploadId}.`);
    if (row.confirmedSourceId !== null)
      throw new UploadEditError('upload-already-confirmed', `Upload ${input.uploadId} has been imported already.`);
    const stored = row.extraction as ExtractionResult & { edits?: UploadEdits };
    if (!itemExists(stored, input.item))
      throw new UploadEditError('unknown-record', `Upload ${input.uploadId} has no item ${input.item}.`);
    const { patch, item } = input;
    const region = patch.action === 'correct' && patch.changes.regionCode ? regionOf(patch.changes.regionCode) : null;
    if (patch.action === 'correct' && patch.changes.regionCode && !region)
      throw new UploadEditError('unknown-place', `"${patch.changes.regionCode}" is not a region code.`);
    const before = stored.edits ?? NO_EDITS;
    const edits = patched(before, item, patch, region);
    await tx.run(SAVE_EDITS, [JSON.stringify({ ...stored, edits }), input.uploadId]);
    await audit(tx, {
      actor: input.actor,
      action: patch.action,
      entity: 'upload',
      entityId: `${input.uploadId}:${item}`,
      before: { dropped: before.dropped.includes(item), changes: before.corrected[item] ?? null },
      after: patch.action === 'correct' ? { changes: patch.changes } : { dropped: patch.action === 'drop' },
      reason: patch.reason ?? null,
    });
    await bumpDataVersion(tx);
  });
}
