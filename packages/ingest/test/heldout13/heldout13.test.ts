/**
 * Thirteenth held-out set: a 科技局 news page that names no place, a county news page with furniture
 * and a repeated paragraph, a provincial 统计快报 with a table, a 公文 通知, a 工作总结, a 政策解读,
 * a district news item with stand-alone sub-headings and a newspaper item, written blind
 * (README.md). Its first and second runs are recorded verbatim in the README.
 *
 * Under issue 9's goals, held here only against falling further: place 6/8 (one article known only
 * from local institutions, one from a masthead inside the file), figure precision 0.937 (furniture,
 * a repeated paragraph and a table row read as figures), kind 0.941, repeats joined 1 of 8 — so it
 * is not held to issue 9's repeat check yet. Whoever fixes these reads the set, which then stops
 * being blind: say so in the README.
 */
import { heldOutSuite } from '../eval/held-out-suite';
import { runHeldout, SET, scoreHeldout } from './evaluate-heldout13';
import { heldout13 } from './label';

// second run: place 6/8, articles F1 0.875, measures P/R 1.000/1.000, figures P 0.937 R 1.000,
// value 1.000, kind 0.941, period 0.857, repeats 1/8, links P 0.978 R 0.978.
heldOutSuite(
  'held-out-13',
  { names: SET.names, buildGold: heldout13.buildGold, goldPath: heldout13.goldPath, runHeldout, scoreHeldout },
  {
    articlesF1: 0.87,
    regionAccuracy: 0.74,
    measuresPrecision: 0.99,
    measuresRecall: 0.99,
    figuresPrecision: 0.93,
    figuresRecall: 0.99,
    value: 0.99,
    kind: 0.94,
    period: 0.85,
    linksRecall: 0.97,
  },
);
