/**
 * Scores an extraction against a hand-labelled gold file. Pure: no I/O.
 *
 * Matching rules
 * - articles: a predicted article matches a gold article when its start is within ARTICLE_TOLERANCE
 *   characters of the gold heading start, or when their titles are equal once markdown markers,
 *   ★ and whitespace are removed; one-to-one, greedy by distance.
 * - measures: inside a matched article pair, a predicted measure matches a gold measure when their
 *   starts are within MEASURE_TOLERANCE characters; one-to-one, greedy by distance. Gold measures of
 *   an unmatched gold article are missed; predicted measures of an unmatched predicted article are spurious.
 * - figures (predicted indicators of all articles): a prediction matches a gold figure when one of its
 *   spans (the figure and its repeats) overlaps one of the gold's; one-to-one, greedy by overlap length,
 *   then by start distance. A repeated fact is one figure: a second observation of it is spurious.
 * - value/kind/period accuracy are computed over matched figures (null when none matched);
 *   values are equal within VALUE_TOLERANCE. Measure and status (issue 9's axes) over matched
 *   figures whose gold carries them.
 * - places: right when the codes agree; an article left without a place counts as right only when the
 *   gold has none either and the article is flagged for review (`place.review`).
 */
import type { ExtractedIndicator, ExtractedMeasure, ExtractionResult } from '@ipb/domain';
import type { Gold, GoldFigure, GoldMeasure } from './gold';

export const ARTICLE_TOLERANCE = 12;
export const MEASURE_TOLERANCE = 6;
export const VALUE_TOLERANCE = 1e-9;

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface DetailItem {
  type: 'article' | 'measure' | 'figure';
  /** Gold article index (missed) or predicted article index (spurious). */
  articleIndex: number;
  start: number;
  end: number | null;
  text: string;
}

export interface Mismatch {
  field: 'region' | 'value' | 'valueMax' | 'kind' | 'periodType' | 'indicator' | 'measure' | 'status';
  start: number;
  text: string;
  gold: string | number | null;
  predicted: string | number | null;
}

export interface ScoreReport {
  /** regionWrong: a place given that is not the gold's; regionFlagged: left empty and flagged for review. */
  articles: Prf & {
    regionAccuracy: number;
    regionCorrect: number;
    total: number;
    regionWrong: number;
    regionFlagged: number;
  };
  measures: Prf;
  /**
   * Links to the catalogue, over figures whose gold carries an indicator label: a link is right when
   * it names the gold indicator. A link on a spurious figure counts as wrong, a gold link on a
   * missed figure as missed. Null when the gold has no link labels.
   */
  links: (Prf & { labelled: number }) | null;
  figures: Prf & {
    matched: number;
    valueAccuracy: number | null;
    valueMaxAccuracy: number | null;
    kindAccuracy: number | null;
    periodAccuracy: number | null;
    valueCorrect: number;
    valueMaxCorrect: number;
    kindCorrect: number;
    periodCorrect: number;
    /** Matched figures whose gold carries the two axes, and how many of each axis were right. */
    axesLabelled: number;
    measureAccuracy: number | null;
    statusAccuracy: number | null;
    measureCorrect: number;
    statusCorrect: number;
  };
  /**
   * Facts the gold says are stated more than once: `merged` came out as one observation holding every
   * mention; `extra` counts further observations of a repeated fact (each also a spurious figure).
   */
  repeats: { facts: number; merged: number; extra: number };
  details: { missed: DetailItem[]; spurious: DetailItem[]; mismatches: Mismatch[] };
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp > 0 ? tp / (tp + fp) : fn > 0 ? 0 : 1;
  const recall = tp + fn > 0 ? tp / (tp + fn) : fp > 0 ? 0 : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

/** One-to-one greedy assignment: candidate pairs sorted by cost, lowest first. */
function greedy(pairs: { g: number; p: number; cost: number }[]): Map<number, number> {
  const byGold = new Map<number, number>();
  const usedPred = new Set<number>();
  for (const pair of [...pairs].sort((a, b) => a.cost - b.cost || a.g - b.g || a.p - b.p)) {
    if (byGold.has(pair.g) || usedPred.has(pair.p)) continue;
    byGold.set(pair.g, pair.p);
    usedPred.add(pair.p);
  }
  return byGold;
}

export function normalizeTitle(title: string): string {
  return title.replace(/[#*★\s]/g, '');
}

const snippet = (s: string, max = 40): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= VALUE_TOLERANCE;
}

export function score(result: ExtractionResult, gold: Gold): ScoreReport {
  const missed: DetailItem[] = [];
  const spurious: DetailItem[] = [];
  const mismatches: Mismatch[] = [];

  // --- articles
  const articlePairs: { g: number; p: number; cost: number }[] = [];
  gold.articles.forEach((ga, g) => {
    result.articles.forEach((pa, p) => {
      const dist = Math.abs(pa.start - ga.start);
      if (dist <= ARTICLE_TOLERANCE || normalizeTitle(pa.title) === normalizeTitle(ga.title)) {
        articlePairs.push({ g, p, cost: dist });
      }
    });
  });
  const articleMatch = greedy(articlePairs);
  const matchedPredArticles = new Set(articleMatch.values());
  let regionCorrect = 0;
  let regionWrong = 0;
  let regionFlagged = 0;
  gold.articles.forEach((ga, g) => {
    const p = articleMatch.get(g);
    if (p === undefined) {
      missed.push({ type: 'article', articleIndex: g, start: ga.start, end: null, text: ga.title });
      return;
    }
    const pa = result.articles[p]!;
    const code = pa.region?.code ?? null;
    const flagged = code === null && pa.place?.review === true;
    if (flagged) regionFlagged++;
    else if (code !== null && code !== ga.regionCode) regionWrong++;
    if (code === ga.regionCode && (code !== null || flagged)) regionCorrect++;
    else {
      const predicted = flagged ? 'null (flagged for review)' : code;
      mismatches.push({ field: 'region', start: ga.start, text: ga.title, gold: ga.regionCode, predicted });
    }
  });
  result.articles.forEach((pa, p) => {
    if (!matchedPredArticles.has(p)) {
      spurious.push({ type: 'article', articleIndex: p, start: pa.start, end: pa.end, text: pa.title });
    }
  });
  const articleTp = articleMatch.size;
  const articles = {
    ...prf(articleTp, result.articles.length - articleTp, gold.articles.length - articleTp),
    regionAccuracy: gold.articles.length > 0 ? regionCorrect / gold.articles.length : 1,
    regionCorrect,
    total: gold.articles.length,
    regionWrong,
    regionFlagged,
  };

  // --- measures, within matched article pairs
  let mTp = 0;
  let mFp = 0;
  let mFn = 0;
  const goldMeasuresOf = (g: number): GoldMeasure[] => gold.measures.filter((m) => m.articleIndex === g);
  const missMeasure = (gm: GoldMeasure) =>
    missed.push({ type: 'measure', articleIndex: gm.articleIndex, start: gm.start, end: null, text: gm.head });
  const spuriousMeasure = (pm: ExtractedMeasure, p: number) =>
    spurious.push({
      type: 'measure',
      articleIndex: p,
      start: pm.start,
      end: pm.end,
      text: snippet(pm.title || pm.text),
    });
  gold.articles.forEach((_, g) => {
    const gms = goldMeasuresOf(g);
    const p = articleMatch.get(g);
    if (p === undefined) {
      mFn += gms.length;
      gms.forEach(missMeasure);
      return;
    }
    const pms = result.articles[p]!.measures;
    const pairs: { g: number; p: number; cost: number }[] = [];
    gms.forEach((gm, i) => {
      pms.forEach((pm, j) => {
        const dist = Math.abs(pm.start - gm.start);
        if (dist <= MEASURE_TOLERANCE) pairs.push({ g: i, p: j, cost: dist });
      });
    });
    const match = greedy(pairs);
    const used = new Set(match.values());
    mTp += match.size;
    gms.forEach((gm, i) => {
      if (!match.has(i)) {
        mFn++;
        missMeasure(gm);
      }
    });
    pms.forEach((pm, j) => {
      if (!used.has(j)) {
        mFp++;
        spuriousMeasure(pm, p);
      }
    });
  });
  result.articles.forEach((pa, p) => {
    if (matchedPredArticles.has(p)) return;
    mFp += pa.measures.length;
    for (const pm of pa.measures) spuriousMeasure(pm, p);
  });

  // --- figures, over the whole document
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

  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  return {
    articles,
    measures: prf(mTp, mFp, mFn),
    links,
    figures,
    repeats: scoreRepeats(
      gold,
      predicted.map(({ ind }) => ind),
      figureMatch,
    ),
    details: { missed: missed.sort(byStart), spurious: spurious.sort(byStart), mismatches: mismatches.sort(byStart) },
  };
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

/** Micro-averaged combination of several reports (counts are summed, rates recomputed). */
export function combine(reports: ScoreReport[]): ScoreReport {
  const sum = (f: (r: ScoreReport) => number) => reports.reduce((acc, r) => acc + f(r), 0);
  const regionCorrect = sum((r) => r.articles.regionCorrect);
  const total = sum((r) => r.articles.total);
  const fTp = sum((r) => r.figures.tp);
  const valueCorrect = sum((r) => r.figures.valueCorrect);
  const valueMaxCorrect = sum((r) => r.figures.valueMaxCorrect);
  const kindCorrect = sum((r) => r.figures.kindCorrect);
  const periodCorrect = sum((r) => r.figures.periodCorrect);
  const axesLabelled = sum((r) => r.figures.axesLabelled);
  const measureCorrect = sum((r) => r.figures.measureCorrect);
  const statusCorrect = sum((r) => r.figures.statusCorrect);
  return {
    articles: {
      ...prf(
        sum((r) => r.articles.tp),
        sum((r) => r.articles.fp),
        sum((r) => r.articles.fn),
      ),
      regionAccuracy: total > 0 ? regionCorrect / total : 1,
      regionCorrect,
      total,
      regionWrong: sum((r) => r.articles.regionWrong),
      regionFlagged: sum((r) => r.articles.regionFlagged),
    },
    measures: prf(
      sum((r) => r.measures.tp),
      sum((r) => r.measures.fp),
      sum((r) => r.measures.fn),
    ),
    links: reports.some((r) => r.links)
      ? {
          ...prf(
            sum((r) => r.links?.tp ?? 0),
            sum((r) => r.links?.fp ?? 0),
            sum((r) => r.links?.fn ?? 0),
          ),
          labelled: sum((r) => r.links?.labelled ?? 0),
        }
      : null,
    figures: {
      ...prf(
        fTp,
        sum((r) => r.figures.fp),
        sum((r) => r.figures.fn),
      ),
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
    },
    repeats: {
      facts: sum((r) => r.repeats.facts),
      merged: sum((r) => r.repeats.merged),
      extra: sum((r) => r.repeats.extra),
    },
    details: {
      missed: reports.flatMap((r) => r.details.missed),
      spurious: reports.flatMap((r) => r.details.spurious),
      mismatches: reports.flatMap((r) => r.details.mismatches),
    },
  };
}
