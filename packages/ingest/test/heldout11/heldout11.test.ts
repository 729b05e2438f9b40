/**
 * Eleventh held-out set: a 人大 budget report, a county 工作要点, a 申报通知, a 领导调研 news item and a
 * provincial county ranking, written blind (README.md). Its first and second runs are recorded
 * verbatim in the README (measures F1 0.50, kind 0.912, links P 0.742). Its failure classes were then
 * fixed as general rules (the third run); the set is no longer blind. After issue 9's rules drawn
 * from set 12 (a total quoted as a share's base, a 温馨提示 line), 4 of 5 repeated facts are joined;
 * the fifth is a score in 分 (no unit the extractor reads), so it is not held to issue 9's repeat
 * check yet.
 */
import { heldOutSuite } from '../eval/held-out-suite';
import { runHeldout, SET, scoreHeldout } from './evaluate-heldout11';
import { heldout11 } from './label';

// then: place 5/5, articles 1.000, measures P 1.000 R 1.000, figures P 1.000 R 0.991, value 1.000,
// kind 0.991, period 0.965, both axes 1.000 / 0.991, repeats 4/5 (+0), links P 1.000 R 0.767.
// session 4 (an object's attribute is not a goal, gold README): kind 1.000, status axis 1.000.
heldOutSuite(
  'held-out-11',
  { names: SET.names, buildGold: heldout11.buildGold, goldPath: heldout11.goldPath, runHeldout, scoreHeldout },
  {
    articlesF1: 0.99,
    regionAccuracy: 0.99,
    measuresPrecision: 0.99,
    measuresRecall: 0.99,
    figuresPrecision: 0.99,
    figuresRecall: 0.99,
    value: 0.99,
    kind: 0.99,
    period: 0.96,
    linksRecall: 0.76,
  },
);
