/**
 * The Vitest suite every blind held-out set runs: its gold files match its labelling decisions,
 * the extractor's results are valid with exact spans, and the scores stay at or above the set's
 * floors (just under the scores of the day the floors were set; the first, blind run of each set
 * is in its README).
 */
import { readFileSync } from 'node:fs';
import type { ExtractionResult } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import type { Gold } from './gold';
import type { HeldoutEvaluation } from './held-out-set';
import type { ScoreReport } from './score';

export interface Floors {
  articlesF1: number;
  regionAccuracy: number;
  measuresPrecision: number;
  measuresRecall: number;
  figuresPrecision: number;
  figuresRecall: number;
  value: number;
  kind: number;
  period: number;
  /** Link recall; link precision has one floor for every set (LINK_PRECISION_FLOOR). */
  linksRecall: number;
  /**
   * Only for a set that does not yet reach LINK_PRECISION_FLOOR (issue 8's goal): its own floor, just
   * under its score, so it cannot fall further; the test's name says the goal is not met.
   */
  linksPrecisionBelowGoal?: number;
  /**
   * Issue 9's axes: accuracy of the measure (level, change, rate, share) and of the status. A set
   * given these is also held to no wrong place and no repeated fact counted twice (expectIssue9).
   */
  measureAxis?: number;
  statusAxis?: number;
}

/**
 * Issue 9 on every set: never a wrong place (an article nothing places is left empty and flagged),
 * a repeated fact is one observation holding every mention, and the two axes are read right.
 */
export function expectIssue9(overall: ScoreReport, floors: { measureAxis: number; statusAxis: number }): void {
  expect(overall.articles.regionWrong, 'articles given a place that is not theirs').toBe(0);
  expect(overall.repeats.extra, 'second observations of a repeated fact').toBe(0);
  expect(overall.repeats.merged).toBe(overall.repeats.facts);
  expect(overall.figures.axesLabelled, 'every matched figure of the set carries the axes').toBe(overall.figures.tp);
  expect(overall.figures.measureAccuracy).toBeGreaterThanOrEqual(floors.measureAxis);
  expect(overall.figures.statusAccuracy).toBeGreaterThanOrEqual(floors.statusAxis);
}

/** A wrong link is worse than none: on every set, at least 95 % of the links are right (issue 8). */
export const LINK_PRECISION_FLOOR = 0.95;

/** Every gold figure carries a link label; links are right at least LINK_PRECISION_FLOOR of the time. */
export function expectLinks(overall: ScoreReport, recallFloor: number, precisionFloor = LINK_PRECISION_FLOOR): void {
  expect(overall.links, 'every figure of the set carries a link label').not.toBeNull();
  expect(overall.links?.labelled).toBe(overall.figures.tp + overall.figures.fn);
  expect(overall.links?.precision).toBeGreaterThanOrEqual(precisionFloor);
  expect(overall.links?.recall).toBeGreaterThanOrEqual(recallFloor);
}

export function heldOutSuite(
  label: string,
  set: {
    names: string[];
    buildGold: (name: string) => Gold;
    goldPath: (name: string) => string;
    runHeldout: () => Promise<Map<string, ExtractionResult>>;
    scoreHeldout: (results: Map<string, ExtractionResult>) => HeldoutEvaluation;
  },
  floors: Floors,
): void {
  let cached: Promise<HeldoutEvaluation> | undefined;
  const evaluation = () => (cached ??= set.runHeldout().then(set.scoreHeldout));

  describe(`${label} gold files`, () => {
    for (const name of set.names) {
      it(`${name}: gold file matches the labelling decisions (spans checked)`, () => {
        expect(JSON.parse(readFileSync(set.goldPath(name), 'utf8'))).toEqual(set.buildGold(name));
      });
    }
  });

  describe(`${label} evaluation`, () => {
    it('produces valid results with exact spans', async () => {
      const ev = await evaluation();
      for (const [name, problems] of ev.problems) expect(problems, name).toEqual([]);
    });

    it('finds articles and attributes their region', async () => {
      const { overall } = await evaluation();
      expect(overall.articles.f1).toBeGreaterThanOrEqual(floors.articlesF1);
      expect(overall.articles.regionAccuracy).toBeGreaterThanOrEqual(floors.regionAccuracy);
    });

    it('segments measures', async () => {
      const { overall } = await evaluation();
      expect(overall.measures.precision).toBeGreaterThanOrEqual(floors.measuresPrecision);
      expect(overall.measures.recall).toBeGreaterThanOrEqual(floors.measuresRecall);
    });

    it('finds figures', async () => {
      const { overall } = await evaluation();
      expect(overall.figures.precision).toBeGreaterThanOrEqual(floors.figuresPrecision);
      expect(overall.figures.recall).toBeGreaterThanOrEqual(floors.figuresRecall);
    });

    it('classifies value, kind and period of matched figures', async () => {
      const { overall } = await evaluation();
      expect(overall.figures.valueAccuracy).toBeGreaterThanOrEqual(floors.value);
      expect(overall.figures.kindAccuracy).toBeGreaterThanOrEqual(floors.kind);
      expect(overall.figures.periodAccuracy).toBeGreaterThanOrEqual(floors.period);
    });

    const below = floors.linksPrecisionBelowGoal;
    const linkTitle =
      below === undefined
        ? `links figures to the catalogue with precision ≥ ${LINK_PRECISION_FLOOR}`
        : `links figures with precision ≥ ${below} (below issue 8's goal of ${LINK_PRECISION_FLOOR}: open)`;
    it(linkTitle, async () => {
      expectLinks((await evaluation()).overall, floors.linksRecall, below);
    });

    const { measureAxis, statusAxis } = floors;
    if (measureAxis !== undefined && statusAxis !== undefined)
      it('places or flags every article, counts a repeated fact once and reads the two axes', async () => {
        expectIssue9((await evaluation()).overall, { measureAxis, statusAxis });
      });
  });
}
