/**
 * Fourteenth held-out set: a 政府工作报告, a 科技局 annual summary, a 新闻发布会 transcript, a 政策解读
 * with two tables, a 科技局 news page placed only by its URL, a page with furniture and a paragraph
 * printed twice, a 公文 通知 and a county text nothing places, written blind (README.md). Its first
 * run is recorded verbatim in the README and in first-run.txt.
 *
 * Under issue 9's goals, held here only against falling further: measures F1 0.873 (heading
 * sentences after a lead-in, a 公文's rules under a numbered part), kind 0.935, link precision 0.948
 * (under the 0.95 floor of every other set: the test's name says so), repeats 9 of 10 — so it is not
 * held to issue 9's repeat check yet. Whoever fixes these reads the set, which then stops being
 * blind: say so in the README.
 */
import { heldOutSuite } from '../eval/held-out-suite';
import { runHeldout, SET, scoreHeldout } from './evaluate-heldout14';
import { heldout14 } from './label';

// first run: place 7/8 (1 flagged, 0 wrong), articles 1.000, measures P 0.912 R 0.838, figures
// P 0.971 R 0.988, value 1.000, kind 0.935, period 0.870, repeats 9/10 (+2), links P 0.948 R 0.873.
heldOutSuite(
  'held-out-14',
  { names: SET.names, buildGold: heldout14.buildGold, goldPath: heldout14.goldPath, runHeldout, scoreHeldout },
  {
    articlesF1: 0.99,
    regionAccuracy: 0.87,
    measuresPrecision: 0.91,
    measuresRecall: 0.83,
    figuresPrecision: 0.97,
    figuresRecall: 0.98,
    value: 0.99,
    kind: 0.93,
    period: 0.86,
    linksRecall: 0.87,
    linksPrecisionBelowGoal: 0.94,
  },
);
