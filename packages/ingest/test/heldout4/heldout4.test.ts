/**
 * Fourth held-out set: four synthetic texts written blind (texts/, labelled in label.ts by reading
 * them; see README.md): a GB18030 统计公报, a county 工作总结和工作计划, a provincial bulletin and a
 * WeChat article. Its first run is the unbiased measurement: regions 6/6, measure F1 0.606, figure
 * F1 1.000, value 0.987, kind 0.949, period 0.955. The failures it showed were then fixed as general
 * rules (parts of a report hold the measures, outline levels do not alternate, notes after 注： and
 * masthead lines are not measures, plans after a lead-in anywhere are targets, a look-back report's
 * 全年/年末 are the year it reports on), so these texts are no longer unseen.
 */

import { heldOutSuite } from '../eval/held-out-suite';
import { runHeldout, scoreHeldout } from './evaluate-heldout4';
import { buildGold, goldPath, HELDOUT4_TEXTS } from './label';

// First run (blind) and floors. Articles, first run: P 1.000 R 1.000, region 6/6
// measures, first run: P 0.714 R 0.526 F1 0.606
// figures, first run: P 1.000 R 1.000
// value/kind/period, first run: value 0.987, kind 0.949, period 0.955; now 0.987 / 0.994 / 0.974 (the value
// misses are the sign of 下降 0.6 个百分点, which we store as -0.6 by design)
// Issue 9 (relabelled with the two axes and the settled calls, README): figures P 1.000 R 1.000, value 0.987,
// kind 1.000, period 0.981, measure axis 1.000, status axis 1.000, no wrong place.
heldOutSuite(
  'held-out-4',
  { names: Object.keys(HELDOUT4_TEXTS), buildGold, goldPath, runHeldout, scoreHeldout },
  {
    articlesF1: 0.95,
    regionAccuracy: 0.95,
    measuresPrecision: 0.95,
    measuresRecall: 0.95,
    figuresPrecision: 0.97,
    figuresRecall: 0.98,
    value: 0.99,
    kind: 0.99,
    period: 0.97,
    measureAxis: 0.99,
    statusAxis: 0.99,
    linksRecall: 0.76,
  },
);
