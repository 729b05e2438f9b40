/**
 * Write one extracted source (the ingest pipeline's output) in ONE transaction: the source with its
 * raw text, its articles, measures (with themes and search words) and figures. Importing the same
 * bytes again changes nothing; a new version of the same issue replaces the old one.
 * Extracted records start in review status "extracted".
 */
import { createHash } from 'node:crypto';
import { type AuthorityDecision, classifyAuthority, type ExtractionResult } from '@ipb/domain';
import type { Db } from '../engine/db';
import { sqlText } from '../sql-text';
import { audit } from './audit';
import { recordDigest } from './digest';
import { figureRows, type ImportWords, keptArticles, measureRows, NO_REVIEW, type Review } from './extraction-rows';
import { insertArticles, insertMeasures, type SourceTexts } from './insert-measures';
import { insertObservations } from './insert-observations';
import { keepInstrumentTerms } from './instrument-terms';
import { periodValuesStale } from './period-values';
import { bumpDataVersion, type ReplaceStatus, replaceSource, sourceIdBySha256 } from './replace-source';

export { cutWordsAhead, flagsOf, type ImportWords } from './extraction-rows';

export interface ImportInput {
  extraction: ExtractionResult;
  rawText: string;
  fileName?: string | null;
  /** Who imported it; recorded in the audit log when given. */
  actor?: string;
  /** Where the document was published, when known (an upload's URL): one input of the authority rules. */
  url?: string | null;
  /**
   * An editor's review of an upload (write/upload-review.ts): items to leave out and items they
   * corrected (stored as "corrected"), by their ids in the upload; `revision` digests those edits,
   * so an edited version of an already imported file replaces it instead of being "unchanged".
   */
  review?: Review;
  /** Search words cut ahead (cutWordsAhead, in the import's worker thread); the write cuts what they do not cover. */
  words?: ImportWords;
  /**
   * The caller has not asked whether these bytes are stored (sourceIdBySha256): the write asks first,
   * inside its transaction, and answers "unchanged" with the stored source when they are.
   */
  unlessStored?: boolean;
}

/** The authority the rules give an extracted document (an editor may change it later). */
export function extractionAuthority(extraction: ExtractionResult, url?: string | null) {
  const s = extraction.source;
  return classifyAuthority({
    type: s.kind === 'bulletin' ? 'bulletin' : 'news',
    url: url ?? s.url ?? null,
    publisher: s.publisher,
    title: s.title,
  });
}

export interface ImportReport {
  status: ReplaceStatus;
  sourceId: number;
  articles: number;
  measures: number;
  observations: number;
  /** Figures not stored because their article has no place: listed so nobody thinks they were kept. */
  skippedWithoutRegion: number;
}

export function sourceKey(extraction: ExtractionResult): string {
  const s = extraction.source;
  if (s.kind === 'bulletin' && s.year && s.issueNumber) return `bulletin:${s.title}:${s.year}:${s.issueNumber}`;
  return `document:${s.sha256}`;
}

const NOTHING_WRITTEN = { articles: 0, measures: 0, observations: 0, skippedWithoutRegion: 0 };

const authorityColumns = (d: AuthorityDecision) => ({ authority: d.authority, authorityReason: d.reason });

/**
 * Articles, then measures, then figures, each in batched statements. `texts` holds the source's
 * text as just stored, for the writers that cut it (lead_end, the words around a figure); `words`
 * the search words cut ahead, if any.
 */
async function writeRecords(
  db: Db,
  extraction: ExtractionResult,
  sourceId: number,
  review: Review,
  report: ImportReport,
  texts: SourceTexts,
  words: ImportWords | undefined,
) {
  const kept = keptArticles(extraction, review);
  const articleIds = await insertArticles(
    db,
    kept.map(({ article, index }) => ({
      sourceId,
      ordinal: index + 1,
      title: article.title,
      regionCode: article.region?.code ?? null,
      start: article.start,
      end: article.end,
    })),
  );
  report.articles = kept.length;
  const measures = measureRows(kept, review, sourceId, articleIds);
  const measureIds = await insertMeasures(db, measures, texts, words?.measures);
  report.measures = measures.length;
  const idOf = new Map(measures.map((m, i) => [`${m.at}:${m.ordinal}`, measureIds[i] as number]));
  const rows = figureRows(
    kept,
    review,
    sourceId,
    articleIds,
    (at, ordinal) => idOf.get(`${at}:${ordinal}`) ?? null,
    (count) => {
      report.skippedWithoutRegion += count;
    },
  );
  report.observations = await insertObservations(db, rows, undefined, words?.figures);
  await keepInstrumentTerms(db, measureIds, texts);
}

/**
 * Write one extraction in ONE transaction of `db` (either engine): all of it, or, when anything
 * throws, nothing.
 */
export function importExtraction(db: Db, input: ImportInput): Promise<ImportReport> {
  const { extraction } = input;
  const s = extraction.source;
  // The address the uploader gave travels in the extraction (a pending upload keeps it).
  const url = input.url ?? s.url ?? null;
  const sha256 = input.review?.revision
    ? createHash('sha256').update(`${s.sha256}:${input.review.revision}`).digest('hex')
    : s.sha256;
  return db.transaction(async (tx): Promise<ImportReport> => {
    const stored = input.unlessStored ? await sourceIdBySha256(tx, sha256) : null;
    if (stored !== null) return { ...NOTHING_WRITTEN, status: 'unchanged', sourceId: stored };
    const { id: sourceId, status } = await replaceSource(tx, {
      key: sourceKey(extraction),
      type: s.kind === 'bulletin' ? 'bulletin' : 'news',
      title: s.title,
      year: s.year,
      issueNumber: s.issueNumber,
      publisher: s.publisher,
      date: s.date,
      sha256,
      rawText: input.rawText,
      fileName: input.fileName ?? null,
      url,
      ...authorityColumns(extractionAuthority(extraction, url)),
    });
    const report: ImportReport = {
      status,
      sourceId,
      articles: 0,
      measures: 0,
      observations: 0,
      skippedWithoutRegion: 0,
    };
    if (status === 'unchanged') return report;
    // A new source over a complete summary only adds figures: the refresh may fold them in.
    const appended = status === 'new' && !(await periodValuesStale(tx));
    const texts: SourceTexts = new Map([[sourceId, sqlText(input.rawText)]]);
    await writeRecords(tx, extraction, sourceId, input.review ?? NO_REVIEW, report, texts, input.words);
    if (input.actor)
      await audit(tx, {
        actor: input.actor,
        action: 'import',
        entity: 'source',
        entityId: String(sourceId),
        after: report,
      });
    await bumpDataVersion(tx, appended ? { appendedSource: sourceId } : undefined);
    const issue = s.year && s.issueNumber ? ` ${s.year}年第${s.issueNumber}期` : '';
    const kind = s.kind === 'bulletin' ? 'bulletin' : 'document';
    await recordDigest(tx, { kind, title: `${s.title}${issue}`, sourceId }, [sourceId]);
    return report;
  });
}
