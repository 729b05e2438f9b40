/** The score report's shape and the counting helpers the scorer's parts share (./score.ts). Pure. */
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

export const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

/** One-to-one greedy assignment: candidate pairs sorted by cost, lowest first. */
export function greedy(pairs: { g: number; p: number; cost: number }[]): Map<number, number> {
  const byGold = new Map<number, number>();
  const usedPred = new Set<number>();
  for (const pair of [...pairs].sort((a, b) => a.cost - b.cost || a.g - b.g || a.p - b.p)) {
    if (byGold.has(pair.g) || usedPred.has(pair.p)) continue;
    byGold.set(pair.g, pair.p);
    usedPred.add(pair.p);
  }
  return byGold;
}
