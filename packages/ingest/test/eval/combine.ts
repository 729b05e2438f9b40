/** Micro-averaged combination of several score reports (./score.ts). Pure. */
import { prf, ratio, type ScoreReport } from './score-report';

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
