/**
 * Third held-out set: four synthetic texts written blind — by someone who had not read the
 * extractor's rules, the other held-out texts or their gold (texts/, labelled in label.ts by
 * reading them; see README.md). Its first run (README.md) is the unbiased measurement: region
 * 6/7, measure F1 0.864, figure F1 1.000, value 0.990, kind 0.981, period 0.942. The failures it
 * showed were then fixed as general rules (web datelines and 公文 distribution lists are not
 * headings, a wire dateline is not the lead, a space after a decimal point mid-line), so these
 * texts are no longer unseen. The floors sit just under today's scores to catch regressions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type HeldoutEvaluation, runHeldout, scoreHeldout } from './evaluate-heldout3';
import { buildGold, goldPath, HELDOUT3_TEXTS } from './label';

let cached: Promise<HeldoutEvaluation> | undefined;
const evaluation = () => (cached ??= runHeldout().then(scoreHeldout));

describe('held-out-3 gold files', () => {
  for (const name of Object.keys(HELDOUT3_TEXTS)) {
    it(`${name}: gold file matches the labelling decisions (spans checked)`, () => {
      expect(JSON.parse(readFileSync(goldPath(name), 'utf8'))).toEqual(buildGold(name));
    });
  }
});

describe('held-out-3 evaluation', () => {
  it('produces valid results with exact spans', async () => {
    const ev = await evaluation();
    for (const [name, problems] of ev.problems) expect(problems, name).toEqual([]);
  });

  it('finds articles and attributes their region', async () => {
    const { overall } = await evaluation();
    // first run: P 1.000 R 1.000, region 6/7 = 0.857
    expect(overall.articles.f1).toBeGreaterThanOrEqual(0.95);
    expect(overall.articles.regionAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('segments measures', async () => {
    const { overall } = await evaluation();
    // first run: P 0.864 R 0.864 F1 0.864
    expect(overall.measures.precision).toBeGreaterThanOrEqual(0.95);
    expect(overall.measures.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds figures', async () => {
    const { overall } = await evaluation();
    // first run: P 1.000 R 1.000
    expect(overall.figures.precision).toBeGreaterThanOrEqual(0.95);
    expect(overall.figures.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('classifies value, kind and period of matched figures', async () => {
    const { overall } = await evaluation();
    // first run: value 0.990, kind 0.981, period 0.942; then 1.000 / 0.981 / 1.000; now period
    // 0.942 again by decision (docs/decisions/010): this set's labels date subsidy caps and rates
    // by the intro (今年以来), the extractor leaves a policy parameter undated.
    expect(overall.figures.valueAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(overall.figures.kindAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(overall.figures.periodAccuracy).toBeGreaterThanOrEqual(0.93);
  });
});
