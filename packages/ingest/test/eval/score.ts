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
import type { ExtractedMeasure, ExtractionResult } from '@ipb/domain';
import type { Gold, GoldMeasure } from './gold';
import { scoreFigures } from './score-figures';
import { type DetailItem, greedy, type Mismatch, prf, type ScoreReport } from './score-report';

export { combine } from './combine';
export { VALUE_TOLERANCE } from './score-figures';
export { type DetailItem, type Mismatch, type Prf, prf, type ScoreReport } from './score-report';

export const ARTICLE_TOLERANCE = 12;
export const MEASURE_TOLERANCE = 6;

export function normalizeTitle(title: string): string {
  return title.replace(/[#*★\s]/g, '');
}

const snippet = (s: string, max = 40): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

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
  const { figures, links, repeats } = scoreFigures(result, gold, missed, spurious, mismatches);
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  return {
    articles,
    measures: prf(mTp, mFp, mFn),
    links,
    figures,
    repeats,
    details: { missed: missed.sort(byStart), spurious: spurious.sort(byStart), mismatches: mismatches.sort(byStart) },
  };
}
