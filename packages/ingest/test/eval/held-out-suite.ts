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
  });
}
