/**
 * Sixth held-out set: four synthetic texts written blind after the fixes from sets 3-5 (texts/,
 * labelled in label.ts by reading them; see README.md): a mayor's speech, a bulletin with 【…】
 * sub-headings, a bilingual development-zone news item and a 科技统计快报. Its first run is the
 * honest estimate for the extractor of that day: regions 6/6, measure F1 0.647, figure F1 0.987,
 * value 0.986, kind 0.932, period 0.750. Its failures were then fixed as general rules
 * (statistical releases have no measures, 【…】 headings, signed and English rates, 千亿元, named
 * spans for yearly averages, comparison bases), so these texts are no longer unseen.
 */

import { heldOutSuite } from '../eval/held-out-suite';
import { runHeldout, scoreHeldout } from './evaluate-heldout6';
import { buildGold, goldPath, HELDOUT6_TEXTS } from './label';

// First run (blind) and floors. Articles, first run: P 1.000 R 1.000, region 6/6
// measures, first run: P 0.579 R 0.733 F1 0.647
// figures, first run: P 0.993 R 0.980
// value/kind/period, first run: value 0.986, kind 0.932, period 0.750; now 0.993 / 0.967 / 0.813 (most of the
// rest are calls this set makes differently: 今后五年 as a span not a deadline, a year's change of
// a stock as full_year, a cap's rate undated, 下降 of a count as a negative value)
// Issue 9 (relabelled with the two axes, repeats and the settled calls, README): figures P 1.000 R 1.000,
// kind 0.986, period 0.857, measure axis 1.000, status axis 0.986, repeats 4/4 merged, no wrong place.
// After held-out 8 and 9 (a policy's provisions set up rules, not goals; a facility's equipment is
// its attribute; a yearly quota is a goal): kind 1.000, period 0.891, status axis 1.000.
heldOutSuite(
  'held-out-6',
  { names: Object.keys(HELDOUT6_TEXTS), buildGold, goldPath, runHeldout, scoreHeldout },
  {
    articlesF1: 0.95,
    regionAccuracy: 0.95,
    measuresPrecision: 0.95,
    measuresRecall: 0.95,
    figuresPrecision: 0.97,
    figuresRecall: 0.98,
    value: 0.99,
    kind: 0.99,
    period: 0.85,
    measureAxis: 0.99,
    statusAxis: 0.99,
    linksRecall: 0.76,
  },
);
