/**
 * The figures part of the scorer (./score.ts): one-to-one matching over every span of a figure (its
 * repeats too), value/kind/period and the two axes over matched figures, links, and repeated facts.
 */
import type { ExtractedIndicator, ExtractionResult } from '@ipb/domain';
import type { Gold, GoldFigure } from './gold';
import { type DetailItem, greedy, type Mismatch, prf, ratio, type ScoreReport } from './score-report';

export const VALUE_TOLERANCE = 1e-9;

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= VALUE_TOLERANCE;
}

export function scoreFigures(
  result: ExtractionResult,
  gold: Gold,
  missed: DetailItem[],
  spurious: DetailItem[],
  mismatches: Mismatch[],
): Pick<ScoreReport, 'figures' | 'links' | 'repeats'> {
  const predicted: { ind: ExtractedIndicator; article: number }[] = result.articles.flatMap((pa, article) =>
    pa.indicators.map((ind) => ({ ind, article })),
  );
  const figurePairs: { g: number; p: number; cost: number }[] = [];
  gold.figures.forEach((gf, g) => {
    predicted.forEach(({ ind }, p) => {
      const overlap = bestOverlap(spansOf(gf), spansOf(ind));
      if (overlap > 0) figurePairs.push({ g, p, cost: -overlap * 1e6 + Math.abs(gf.start - ind.start) });
    });
  });
  const figureMatch = greedy(figurePairs);
  const usedPredFigures = new Set(figureMatch.values());
  let valueCorrect = 0;
  let valueMaxCorrect = 0;
  let kindCorrect = 0;
  let periodCorrect = 0;
  let axesLabelled = 0;
  let measureCorrect = 0;
  let statusCorrect = 0;
  gold.figures.forEach((gf: GoldFigure, g) => {
    const p = figureMatch.get(g);
    if (p === undefined) {
      missed.push({ type: 'figure', articleIndex: gf.articleIndex, start: gf.start, end: gf.end, text: gf.text });
      return;
    }
    const ind = predicted[p]!.ind;
    const check = (field: Mismatch['field'], ok: boolean, goldV: Mismatch['gold'], predV: Mismatch['predicted']) => {
      if (!ok) mismatches.push({ field, start: gf.start, text: gf.text, gold: goldV, predicted: predV });
      return ok ? 1 : 0;
    };
    valueCorrect += check('value', sameNumber(ind.value, gf.value), gf.value, ind.value);
    valueMaxCorrect += check('valueMax', sameNumber(ind.valueMax, gf.valueMax), gf.valueMax, ind.valueMax);
    kindCorrect += check('kind', ind.kind === gf.kind, gf.kind, ind.kind);
    periodCorrect += check('periodType', ind.period.type === gf.periodType, gf.periodType, ind.period.type);
    if (gf.measure === undefined || gf.status === undefined) return;
    axesLabelled++;
    measureCorrect += check('measure', ind.measure === gf.measure, gf.measure, ind.measure ?? null);
    statusCorrect += check('status', ind.status === gf.status, gf.status, ind.status ?? null);
  });
  predicted.forEach(({ ind, article }, p) => {
    if (!usedPredFigures.has(p)) {
      spurious.push({ type: 'figure', articleIndex: article, start: ind.start, end: ind.end, text: ind.text });
    }
  });
  const labelled = gold.figures.filter((gf) => gf.indicatorId !== undefined);
  let links: ScoreReport['links'] = null;
  if (labelled.length) {
    let right = 0;
    let wrong = 0;
    let missedLinks = 0;
    gold.figures.forEach((gf, g) => {
      if (gf.indicatorId === undefined) return;
      const p = figureMatch.get(g);
      const predictedId = p === undefined ? null : predicted[p]!.ind.indicator;
      const goldId = gf.indicatorId ?? null;
      if (predictedId !== null && predictedId === goldId) right++;
      else if (predictedId !== goldId) {
        if (predictedId !== null) wrong++;
        if (goldId !== null) missedLinks++;
        if (p !== undefined)
          mismatches.push({ field: 'indicator', start: gf.start, text: gf.text, gold: goldId, predicted: predictedId });
      }
    });
    predicted.forEach(({ ind }, p) => {
      if (!usedPredFigures.has(p) && ind.indicator !== null) wrong++;
    });
    links = { ...prf(right, wrong, missedLinks), labelled: labelled.length };
  }
  const fTp = figureMatch.size;
  const figures = {
    ...prf(fTp, predicted.length - fTp, gold.figures.length - fTp),
    matched: fTp,
    valueAccuracy: ratio(valueCorrect, fTp),
    valueMaxAccuracy: ratio(valueMaxCorrect, fTp),
    kindAccuracy: ratio(kindCorrect, fTp),
    periodAccuracy: ratio(periodCorrect, fTp),
    valueCorrect,
    valueMaxCorrect,
    kindCorrect,
    periodCorrect,
    axesLabelled,
    measureAccuracy: ratio(measureCorrect, axesLabelled),
    statusAccuracy: ratio(statusCorrect, axesLabelled),
    measureCorrect,
    statusCorrect,
  };

  const repeats = scoreRepeats(
    gold,
    predicted.map(({ ind }) => ind),
    figureMatch,
  );
  return { figures, links, repeats };
}

type Span = { start: number; end: number };
const spansOf = (f: Span & { repeats?: Span[] }): Span[] => [f, ...(f.repeats ?? [])];

/** The longest overlap between any span of one figure and any span of the other. */
function bestOverlap(a: Span[], b: Span[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return best;
}

function scoreRepeats(gold: Gold, predicted: ExtractedIndicator[], match: Map<number, number>): ScoreReport['repeats'] {
  let facts = 0;
  let merged = 0;
  let extra = 0;
  const used = new Set(match.values());
  gold.figures.forEach((gf, g) => {
    if (!gf.repeats?.length) return;
    facts++;
    const p = match.get(g);
    const held = p === undefined ? [] : spansOf(predicted[p]!);
    if (gf.repeats.every((r) => bestOverlap([r], held) > 0)) merged++;
    predicted.forEach((ind, q) => {
      if (!used.has(q) && bestOverlap(spansOf(gf), spansOf(ind)) > 0) extra++;
    });
  });
  return { facts, merged, extra };
}
