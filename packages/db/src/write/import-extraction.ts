/**
 * Write one extracted source (the ingest pipeline's output) in ONE transaction: the source with its
 * raw text, its articles, measures (with themes and search words) and figures. Importing the same
 * bytes again changes nothing; a new version of the same issue replaces the old one.
 * Extracted records start in review status "extracted".
 */
import { createHash } from 'node:crypto';
import {
  type AuthorityDecision,
  axesOfKind,
  classifyAuthority,
  type ExtractedIndicator,
  type ExtractionResult,
  normaliseUnit,
  scaleExact,
} from '@ipb/domain';
import type { Db } from '../engine/db';
import { sqlText } from '../sql-text';
import { audit } from './audit';
import { recordDigest } from './digest';
import { insertArticles, insertMeasures, type NewMeasure, type SourceTexts } from './insert-measures';
import { insertObservations, type NewObservation } from './insert-observations';
import { keepInstrumentTerms } from './instrument-terms';
import { periodValuesStale } from './period-values';
import { bumpDataVersion, type ReplaceStatus, replaceSource } from './replace-source';

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
  review?: { dropped: (item: string) => boolean; corrected: (item: string) => boolean; revision: string | null };
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

/** Flags that make a qualifier or period visible as a badge next to the number. */
export function flagsOf(figure: ExtractedIndicator): string[] {
  const flags = new Set<string>();
  const q = figure.qualifier ?? '';
  if (/超过|以上|余|多|不少于|不低于|突破|逾/.test(q)) flags.add('lower_bound');
  if (/约|近|左右|大约/.test(q)) flags.add('estimate_or_rounded');
  if (figure.period.type === 'year_to_date') flags.add('partial_year');
  if (figure.period.type === 'multi_year') flags.add('multi_year_cumulative');
  if (figure.placeAggregate === false) flags.add('not_place_aggregate');
  return [...flags];
}

const authorityColumns = (d: AuthorityDecision) => ({ authority: d.authority, authorityReason: d.reason });

function yearOf(figure: ExtractedIndicator): number | null {
  const date = figure.period.end ?? figure.period.start;
  return date ? Number(date.slice(0, 4)) : null;
}

/**
 * A figure's row. Written out field by field: an object literal that starts with a spread (`...ids`)
 * and goes on for thirty properties took V8 ~60 µs a figure (seconds over a long import), where the
 * plain literal takes under 1 µs.
 */
function figureRow(
  figure: ExtractedIndicator,
  ids: { sourceId: number; articleId: number; measureId: number | null; regionCode: string },
): NewObservation {
  const factor = figure.unit ? (normaliseUnit(figure.unit)?.factor ?? 1) : 1;
  // An upload previewed before the axes existed carries only its kind.
  const axes =
    figure.measure && figure.status
      ? { measure: figure.measure, status: figure.status }
      : axesOfKind(figure.kind, figure.normalized?.unit ?? figure.unit);
  return {
    sourceId: ids.sourceId,
    articleId: ids.articleId,
    measureId: ids.measureId,
    regionCode: ids.regionCode,
    indicatorId: figure.indicator,
    subject: figure.subject,
    valueAsWritten: figure.value,
    valueMaxAsWritten: figure.valueMax,
    unitAsWritten: figure.unit,
    value: figure.normalized?.value ?? figure.value,
    valueMax: figure.valueMax === null ? null : scaleExact(figure.valueMax, factor),
    unit: figure.normalized?.unit ?? figure.unit ?? '',
    kind: figure.kind,
    measure: axes.measure,
    status: axes.status,
    qualifier: figure.qualifier,
    periodText: figure.period.text,
    periodType: figure.period.type,
    periodStart: figure.period.start,
    periodEnd: figure.period.end,
    year: yearOf(figure),
    quote: figure.quote ?? figure.sentence ?? figure.text,
    start: figure.start,
    end: figure.end,
    repeats: (figure.repeats ?? []).map(({ start, end }) => ({ start, end })),
    confidence: figure.confidence,
    reviewStatus: 'extracted',
    flags: flagsOf(figure),
  };
}

type Review = Required<ImportInput>['review'];
const NO_REVIEW: Review = { dropped: () => false, corrected: () => false, revision: null };

/** The articles of the extraction an editor kept, with their position in the upload. */
const keptArticles = (extraction: ExtractionResult, review: Review) =>
  extraction.articles.flatMap((article, index) => (review.dropped(`a:${index}`) ? [] : [{ article, index }]));

/**
 * Articles, then measures, then figures, each in batched statements. `texts` holds the source's
 * text as just stored, for the writers that cut it (lead_end, the words around a figure).
 */
async function writeRecords(
  db: Db,
  extraction: ExtractionResult,
  sourceId: number,
  review: Review,
  report: ImportReport,
  texts: SourceTexts,
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
  const measures: Array<NewMeasure & { at: number }> = kept.flatMap(({ article, index }, k) =>
    article.measures.flatMap((m) => {
      const item = `m:${index}:${m.ordinal}`;
      if (review.dropped(item)) return [];
      const corrected = review.corrected(item);
      return [
        {
          at: k,
          sourceId,
          articleId: articleIds[k] as number,
          regionCode: article.region?.code ?? null,
          ordinal: m.ordinal,
          title: m.title,
          text: m.plainText ?? m.text,
          programs: m.programs,
          start: m.start,
          end: m.end,
          confidence: corrected ? 1 : (m.confidence ?? 0.8),
          reviewStatus: corrected ? ('corrected' as const) : ('extracted' as const),
          themes: m.themes.map((themeId) => ({ id: themeId, evidence: m.themeEvidence[themeId] ?? [] })),
        },
      ];
    }),
  );
  const measureIds = await insertMeasures(db, measures, texts);
  report.measures = measures.length;
  const idOf = new Map(measures.map((m, i) => [`${m.at}:${m.ordinal}`, measureIds[i] as number]));
  const rows = kept.flatMap(({ article, index }, k) => {
    const regionCode = article.region?.code ?? null;
    if (!regionCode) {
      report.skippedWithoutRegion += article.indicators.length;
      return [];
    }
    return article.indicators.flatMap((figure, fi) => {
      const item = `f:${index}:${fi}`;
      if (review.dropped(item)) return [];
      const measureId = figure.measureOrdinal === null ? null : (idOf.get(`${k}:${figure.measureOrdinal}`) ?? null);
      const row = figureRow(figure, { sourceId, articleId: articleIds[k] as number, measureId, regionCode });
      return [review.corrected(item) ? { ...row, reviewStatus: 'corrected' as const, confidence: 1 } : row];
    });
  });
  report.observations = await insertObservations(db, rows);
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
  return db.transaction(async (tx): Promise<ImportReport> => {
    const { id: sourceId, status } = await replaceSource(tx, {
      key: sourceKey(extraction),
      type: s.kind === 'bulletin' ? 'bulletin' : 'news',
      title: s.title,
      year: s.year,
      issueNumber: s.issueNumber,
      publisher: s.publisher,
      date: s.date,
      sha256: input.review?.revision
        ? createHash('sha256').update(`${s.sha256}:${input.review.revision}`).digest('hex')
        : s.sha256,
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
    await writeRecords(tx, extraction, sourceId, input.review ?? NO_REVIEW, report, texts);
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
