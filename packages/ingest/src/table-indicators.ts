/**
 * Figures read from a table's number cells (read-tables.ts): the row is the sentence, the row's
 * label the subject; and the confidence every figure gets from what was found about it.
 */
import { axesOfKind, normaliseUnit, type Period, scaleExact } from '@ipb/domain';
import type { ArticleFigureInput, NormalisedIndicator } from './figure-input';
import { UNKNOWN_PERIOD } from './periods';
import type { TableFigure } from './read-tables';
import { spanAt } from './span-search';

const UNIT_NORMALISATION = new Map<string, ReturnType<typeof normaliseUnit>>();
/**
 * normaliseUnit, kept by unit: a text figure's unit is one of the known units (find-figures.ts),
 * and folding and looking it up again, twice per figure, was 2–3 % of extraction. A table's units
 * are its cells' words, so the memory is emptied when it grows past what any catalogue of units holds.
 */
export function normalisedUnit(unit: string): ReturnType<typeof normaliseUnit> {
  let norm = UNIT_NORMALISATION.get(unit);
  if (norm === undefined) {
    if (UNIT_NORMALISATION.size >= 4096) UNIT_NORMALISATION.clear();
    norm = normaliseUnit(unit);
    UNIT_NORMALISATION.set(unit, norm);
  }
  return norm;
}

export function confidenceOf(
  subject: string | null,
  link: { strong: boolean } | null,
  period: Period,
  unit: string | null,
): number {
  let c = 0.35;
  if (subject) c += 0.15;
  if (link) c += link.strong ? 0.25 : 0.1;
  if (period.type !== 'unknown') c += 0.15;
  if (unit === null || normalisedUnit(unit)) c += 0.05;
  return Math.round(Math.min(c, 0.95) * 100) / 100;
}

/** A figure read from a table cell: the row is its sentence. */
export function tableIndicator(t: TableFigure, input: ArticleFigureInput): NormalisedIndicator {
  const norm = t.unit ? normalisedUnit(t.unit) : null;
  const period = t.period?.period ?? UNKNOWN_PERIOD;
  const link = input.linker.link({
    subject: t.subject,
    window: t.subject ?? '',
    clause: t.subject ?? '',
    after: '',
    unit: norm?.unit ?? null,
    kind: t.kind,
    periodType: period.type,
    provinceArticle: input.provinceArticle,
    sentence: '',
    // A row of another place (a county's row in a province's table) is that place's, not the article's.
    otherPlace: input.otherPlace(t.subject),
  });
  return {
    text: input.text.slice(t.start, t.end),
    start: t.start,
    end: t.end,
    subject: link && !link.strong ? link.term : t.subject,
    indicator: link?.id ?? null,
    value: t.value,
    valueMax: t.valueMax,
    unit: t.unit,
    normalized: norm ? { value: scaleExact(t.value, norm.factor), unit: norm.unit } : null,
    kind: t.kind,
    // A goal column's percentages (目标 1.1 in a % row) are goals for a share.
    ...(t.kind === 'target' && t.unit === '%' ? { measure: 'share', status: 'target' } : axesOfKind(t.kind, t.unit)),
    target: null,
    qualifier: t.qualifier,
    period,
    measureOrdinal: spanAt(input.measures, t.start)?.ordinal ?? null,
    confidence: confidenceOf(t.subject, link, period, t.unit),
    sentence: input.text.slice(t.row.start, t.row.end),
    sentenceStart: t.row.start,
    sentenceEnd: t.row.end,
  };
}
