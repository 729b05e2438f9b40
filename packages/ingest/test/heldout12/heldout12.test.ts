/**
 * Twelfth held-out set: a county 政府工作报告, a 科技局 year-end summary with a table, a provincial
 * 新闻发布会 transcript, a 政策解读 Q&A with a reward table, a district speech and a WeChat post,
 * written blind (README.md). Its first and second runs are recorded verbatim in the README (second:
 * measures F1 0.929, figures P/R 0.969/0.977, links P 0.923). The two linking rules both blind
 * labellers of sets 10 and 12 agreed on (gold README, rules 1 and 2) and a rule on posts' emoji
 * sub-headings were then applied (the third run); the set is no longer blind.
 *
 * Still under issue 9's goals, held only against falling further: figure precision 0.969 (< 0.97)
 * and recall 0.977 (< 0.98) — the reward table's range and bare cells, a table cell read twice, a
 * figure restated in a reporter's question not joined — and repeats (4 of 6 joined), so it is not
 * held to issue 9's repeat check yet. The speech's place is flagged for review, not wrong (5/6).
 */
import { heldOutSuite } from '../eval/held-out-suite';
import { runHeldout, SET, scoreHeldout } from './evaluate-heldout12';
import { heldout12 } from './label';

// then: place 5/6 (1 flagged, 0 wrong), articles 1.000, measures P 0.967 R 1.000, figures P 0.969
// R 0.977, value 1.000, kind 0.976, period 0.848, both axes 1.000 / 0.976, repeats 4/6 (+4),
// links P 0.968 R 0.938.
heldOutSuite(
  'held-out-12',
  { names: SET.names, buildGold: heldout12.buildGold, goldPath: heldout12.goldPath, runHeldout, scoreHeldout },
  {
    articlesF1: 0.99,
    regionAccuracy: 0.83,
    measuresPrecision: 0.96,
    measuresRecall: 0.99,
    figuresPrecision: 0.96,
    figuresRecall: 0.97,
    value: 0.99,
    kind: 0.97,
    period: 0.84,
    linksRecall: 0.93,
  },
);
