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
import type { DbHandle } from '../create-db';
import { auditLog } from '../schema';
import { recordDigest } from './digest';
import { insertArticle, insertMeasure } from './insert-measures';
import { insertObservations, type NewObservation } from './insert-observations';
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

function figureRow(
  figure: ExtractedIndicator,
  ids: { sourceId: number; articleId: number; measureId: number | null; regionCode: string },
): NewObservation {
  const factor = figure.unit ? (normaliseUnit(figure.unit)?.factor ?? 1) : 1;
  return {
    ...ids,
    indicatorId: figure.indicator,
    subject: figure.subject,
    valueAsWritten: figure.value,
    valueMaxAsWritten: figure.valueMax,
    unitAsWritten: figure.unit,
    value: figure.normalized?.value ?? figure.value,
    valueMax: figure.valueMax === null ? null : scaleExact(figure.valueMax, factor),
    unit: figure.normalized?.unit ?? figure.unit ?? '',
    kind: figure.kind,
    // An upload previewed before the axes existed carries only its kind.
    ...(figure.measure && figure.status
      ? { measure: figure.measure, status: figure.status }
      : axesOfKind(figure.kind, figure.normalized?.unit ?? figure.unit)),
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

export function importExtraction(handle: DbHandle, input: ImportInput): ImportReport {
  const { extraction } = input;
  const s = extraction.source;
  // The address the uploader gave travels in the extraction (a pending upload keeps it).
  const url = input.url ?? s.url ?? null;
  return handle.sqlite.transaction((): ImportReport => {
    const { db } = handle;
    const { id: sourceId, status } = replaceSource(db, {
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
    const dropped = input.review?.dropped ?? (() => false);
    const corrected = input.review?.corrected ?? (() => false);
    extraction.articles.forEach((article, index) => {
      if (dropped(`a:${index}`)) return;
      const regionCode = article.region?.code ?? null;
      const articleId = insertArticle(db, {
        sourceId,
        ordinal: index + 1,
        title: article.title,
        regionCode,
        start: article.start,
        end: article.end,
      });
      report.articles += 1;
      const measureIds = new Map<number, number>();
      for (const m of article.measures) {
        const item = `m:${index}:${m.ordinal}`;
        if (dropped(item)) continue;
        const id = insertMeasure(db, {
          sourceId,
          articleId,
          regionCode,
          ordinal: m.ordinal,
          title: m.title,
          text: m.plainText ?? m.text,
          programs: m.programs,
          start: m.start,
          end: m.end,
          confidence: corrected(item) ? 1 : (m.confidence ?? 0.8),
          reviewStatus: corrected(item) ? 'corrected' : 'extracted',
          themes: m.themes.map((themeId) => ({ id: themeId, evidence: m.themeEvidence[themeId] ?? [] })),
        });
        measureIds.set(m.ordinal, id);
        report.measures += 1;
      }
      if (!regionCode) {
        report.skippedWithoutRegion += article.indicators.length;
        return;
      }
      const rows = article.indicators.flatMap((figure, fi) => {
        const item = `f:${index}:${fi}`;
        if (dropped(item)) return [];
        const row = figureRow(figure, {
          sourceId,
          articleId,
          measureId: figure.measureOrdinal === null ? null : (measureIds.get(figure.measureOrdinal) ?? null),
          regionCode,
        });
        return [corrected(item) ? { ...row, reviewStatus: 'corrected' as const, confidence: 1 } : row];
      });
      report.observations += insertObservations(db, rows);
    });
    if (input.actor) {
      db.insert(auditLog)
        .values({ actor: input.actor, action: 'import', entity: 'source', entityId: String(sourceId), after: report })
        .run();
    }
    bumpDataVersion(db);
    const issue = s.year && s.issueNumber ? ` ${s.year}年第${s.issueNumber}期` : '';
    recordDigest(db, { kind: s.kind === 'bulletin' ? 'bulletin' : 'document', title: `${s.title}${issue}`, sourceId }, [
      sourceId,
    ]);
    return report;
  })();
}
