/**
 * The rows an extraction becomes (import-extraction.ts writes them): its kept articles' measures and
 * figures, and the search words of both cut ahead of the write (`cutWordsAhead`). Nothing here
 * reads or writes a database, and it imports nothing that does: the import's worker thread
 * (packages/ingest/src/import-worker.ts) loads it through `@ipb/db/extraction-rows` without the
 * engines, the queries and drizzle, which would double the worker's start.
 */
import { axesOfKind, type ExtractedIndicator, type ExtractionResult, normaliseUnit, scaleExact } from '@ipb/domain';
import { type CutWords, cutAhead, figureIndexText, measureIndexText } from '../segment';
import type { NewMeasure } from './insert-measures';
import type { NewObservation } from './insert-observations';

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

/** An editor's review of an upload (ImportInput.review): items left out, items corrected. */
export type Review = {
  dropped: (item: string) => boolean;
  corrected: (item: string) => boolean;
  revision: string | null;
};
export const NO_REVIEW: Review = { dropped: () => false, corrected: () => false, revision: null };

/** The articles of the extraction an editor kept, with their position in the upload. */
export const keptArticles = (extraction: ExtractionResult, review: Review) =>
  extraction.articles.flatMap((article, index) => (review.dropped(`a:${index}`) ? [] : [{ article, index }]));

export type KeptArticle = ReturnType<typeof keptArticles>[number];

/** The measures of the kept articles an editor kept, each with its article's place in `kept` (`at`). */
export function measureRows(
  kept: readonly KeptArticle[],
  review: Review,
  sourceId: number,
  articleIds: readonly number[],
): Array<NewMeasure & { at: number }> {
  return kept.flatMap(({ article, index }, k) =>
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
}

/**
 * The figures of the kept articles an editor kept, in order; `skipped` is told the figures of
 * articles without a place (not stored). `measureId` gives a figure's measure id from its article's
 * place in `kept` and its measure's ordinal.
 */
export function figureRows(
  kept: readonly KeptArticle[],
  review: Review,
  sourceId: number,
  articleIds: readonly number[],
  measureId: (at: number, ordinal: number) => number | null,
  skipped: (count: number) => void,
): NewObservation[] {
  return kept.flatMap(({ article, index }, k) => {
    const regionCode = article.region?.code ?? null;
    if (!regionCode) {
      skipped(article.indicators.length);
      return [];
    }
    return article.indicators.flatMap((figure, fi) => {
      const item = `f:${index}:${fi}`;
      if (review.dropped(item)) return [];
      const ordinal = figure.measureOrdinal;
      const row = figureRow(figure, {
        sourceId,
        articleId: articleIds[k] as number,
        measureId: ordinal === null ? null : measureId(k, ordinal),
        regionCode,
      });
      return [review.corrected(item) ? { ...row, reviewStatus: 'corrected' as const, confidence: 1 } : row];
    });
  });
}

/** Search words of an extraction's measures and figures, cut before its write (ImportInput.words). */
export interface ImportWords {
  measures: CutWords;
  figures: CutWords;
}

/**
 * The search words an import of `extraction` (without a review) will ask for, cut now: the import's
 * worker thread cuts them while the main thread writes the file before, so the write does not cut
 * again. The texts are built by the same code as the write's rows (ids do not enter them), and the
 * write uses the words only for exactly the texts it would cut (segmentManyForIndex).
 */
export function cutWordsAhead(extraction: ExtractionResult): ImportWords {
  const kept = keptArticles(extraction, NO_REVIEW);
  const noIds = kept.map(() => 0);
  return {
    measures: cutAhead(measureRows(kept, NO_REVIEW, 0, noIds).map(measureIndexText)),
    figures: cutAhead(
      figureRows(
        kept,
        NO_REVIEW,
        0,
        noIds,
        () => null,
        () => {},
      ).map(figureIndexText),
    ),
  };
}
