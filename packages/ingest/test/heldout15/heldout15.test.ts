/**
 * Fifteenth held-out set: a 区 政府工作报告, a 科技局 annual summary placed only by its publisher, a
 * 新闻发布会 with reporters restating figures, a 政策解读 with a band table and a quota table, a 统计公报's
 * 科学技术 chapter, a 绩效自评报告 nothing places, a 公众号 article repeating its headline figure and a
 * provincial 通报 of county figures, written blind (README.md). Its first run is recorded verbatim in
 * the README and in first-run.txt.
 *
 * Under issue 9's goals, held here only against falling further: figure precision 0.929 (a 划重点 list
 * and table cells restating the text, county percentages in a provincial 通报), link precision 0.800
 * (county figures linked as the province's, the test's name says so), repeats 10 of 23 (+17) — so it
 * is not held to issue 9's repeat check yet. Whoever fixes these reads the set, which then stops being
 * blind: say so in the README.
 */
import { heldOutSuite } from '../eval/held-out-suite';
import { runHeldout, SET, scoreHeldout } from './evaluate-heldout15';
import { heldout15 } from './label';

// first run: place 8/8 (1 flagged, 0 wrong), articles P 0.889 R 1.000, measures P 0.886 R 1.000,
// figures P 0.929 R 0.992, value 1.000, kind 0.954, period 0.895, repeats 10/23 (+17), links P 0.800 R 0.790.
heldOutSuite(
  'held-out-15',
  { names: SET.names, buildGold: heldout15.buildGold, goldPath: heldout15.goldPath, runHeldout, scoreHeldout },
  {
    articlesF1: 0.94,
    regionAccuracy: 0.99,
    measuresPrecision: 0.88,
    measuresRecall: 0.99,
    figuresPrecision: 0.92,
    figuresRecall: 0.99,
    value: 0.99,
    kind: 0.95,
    period: 0.89,
    linksRecall: 0.78,
    linksPrecisionBelowGoal: 0.79,
  },
);
