/**
 * Third held-out set: four synthetic texts written blind — by someone who had not read the
 * extractor's rules, the other held-out texts or their gold (texts/, labelled in label.ts by
 * reading them; see README.md). Its first run (README.md) is the unbiased measurement: region
 * 6/7, measure F1 0.864, figure F1 1.000, value 0.990, kind 0.981, period 0.942. The failures it
 * showed were then fixed as general rules (web datelines and 公文 distribution lists are not
 * headings, a wire dateline is not the lead, a space after a decimal point mid-line), so these
 * texts are no longer unseen. The floors sit just under today's scores to catch regressions.
 */

import { heldOutSuite } from '../eval/held-out-suite';
import { runHeldout, scoreHeldout } from './evaluate-heldout3';
import { buildGold, goldPath, HELDOUT3_TEXTS } from './label';

// First run (blind) and floors. Articles, first run: P 1.000 R 1.000, region 6/7 = 0.857
// measures, first run: P 0.864 R 0.864 F1 0.864
// figures, first run: P 1.000 R 1.000
// value/kind/period, first run: value 0.990, kind 0.981, period 0.942; then 1.000 / 0.981 / 1.000; now period
// 0.942 again by decision (docs/decisions/010): this set's labels date subsidy caps and rates
// by the intro (今年以来), the extractor leaves a policy parameter undated.
// Issue 9 (relabelled with the two axes and the settled calls, README): figures P 1.000 R 1.000, kind 1.000,
// period 0.942, measure axis 1.000, status axis 1.000, no wrong place.
heldOutSuite(
  'held-out-3',
  { names: Object.keys(HELDOUT3_TEXTS), buildGold, goldPath, runHeldout, scoreHeldout },
  {
    articlesF1: 0.95,
    regionAccuracy: 0.95,
    measuresPrecision: 0.95,
    measuresRecall: 0.95,
    figuresPrecision: 0.97,
    figuresRecall: 0.98,
    value: 0.99,
    kind: 0.99,
    period: 0.93,
    measureAxis: 0.99,
    statusAxis: 0.99,
    // 0.666 (14/21): two point changes of shares it linked right are no longer gold links (gold README rule 1).
    linksRecall: 0.66,
  },
);
