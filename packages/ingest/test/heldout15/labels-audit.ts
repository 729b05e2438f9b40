/**
 * Held-out set 15, a 专项资金绩效自评报告 that nothing places (UTF-8, CRLF): budget, 执行率, a table of
 * 目标值/实际值. Labelled by reading the text against ../gold/README.md; calls explained in README.md.
 */
import { A, type ArticleSpec, CA, FY, G, LA, LT, RA, S, SA, ST, T } from '../eval/held-out-labels';

/** 本区 and 区科技局 only, no hints: the place stays empty. Written 2026-03-20 about 2025. */
export const jixiao: ArticleSpec[] = [
  {
    title: '2025年度区科技创新专项资金绩效自评报告',
    regionCode: null,
    regionName: null,
    measures: ['（一）产出指标。', '（二）效益指标。', '（三）满意度指标。', '1.加快创新券', '2.强化绩效'],
    figures: [
      // One fund's budget and spending: never the place's fiscal indicators.
      ['年初预算安排3000万元', '3000万元', 3000, null, '万元', null, A, FY, null, LA],
      ['年中追加预算500万元', '500万元', 500, null, '万元', null, A, FY, null, LA],
      ['全年预算合计3500万元', '3500万元', 3500, null, '万元', null, A, FY, null, LA],
      ['实际支出3206万元', '3206万元', 3206, null, '万元', null, A, FY, null, LA],
      ['预算执行率91.6%', '91.6%', 91.6, null, '%', null, S, FY, null, SA],
      ['认定奖励支出680万元', '680万元', 680, null, '万元', null, A, FY, null, LA],
      ['占实际支出的21.2%', '21.2%', 21.2, null, '%', null, S, FY, null, SA],
      ['后补助支出1520万元', '1520万元', 1520, null, '万元', null, A, FY, null, LA],
      ['占47.4%', '47.4%', 47.4, null, '%', null, S, FY, null, SA],
      [
        '科技创新券兑付412万元',
        '412万元',
        412,
        null,
        '万元',
        null,
        A,
        FY,
        null,
        { ...LA, also: [['| 500 | 412 |', '412'], '兑付金额为412万元'] },
      ],
      ['孵化载体建设补助594万元', '594万元', 594, null, '万元', null, A, FY, null, LA],
      ['全年共设置产出指标5项', '5项', 5, null, '项', null, A, FY, null, LA],
      ['完成4项', '4项', 4, null, '项', null, A, FY, null, LA],
      ['完成率80%', '80%', 80, null, '%', null, S, FY, null, SA],
      // 表1: units in their own column, 目标值 a target and 实际值 an actual of the 2025 caption.
      ['| 家 | 30 |', '30', 30, null, '家', null, T, FY, null, LT],
      ['| 30 | 34 |', '34', 34, null, '家', null, A, FY, null, LA],
      ['| 家 | 120 |', '120', 120, null, '家', null, T, FY, null, LT],
      [
        '| 120 | 126 |',
        '126',
        126,
        null,
        '家',
        null,
        A,
        FY,
        null,
        { ...LA, also: [['对享受研发费用后补助的126家企业', '126家']] },
      ],
      ['| 万元 | 500 |', '500', 500, null, '万元', null, T, FY, null, LT],
      // Target and actual of 新增孵化面积 are both 1.5: two facts.
      ['| 万平方米 | 1.5 |', '1.5', 1.5, null, '万平方米', null, T, FY, null, LT],
      ['| 1.5 | 完成 |', '1.5', 1.5, null, '万平方米', null, A, FY, null, LA],
      ['| ≥95 |', '95', 95, null, '%', '≥', T, FY, null, ST],
      ['| 98 |', '98', 98, null, '%', null, S, FY, null, SA],
      ['研发投入同比增长16.8%', '16.8%', 16.8, null, '%', null, G, FY, null, RA],
      ['新增研发投入约2.3亿元', '2.3亿元', 2.3, null, '亿元', '约', A, FY, null, LA],
      ['强度达到2.1%', '2.1%', 2.1, null, '%', null, S, FY, null, SA],
      ['提高0.2个百分点', '0.2个百分点', 0.2, null, '个百分点', null, G, FY, null, CA],
      ['综合满意度为96.5%', '96.5%', 96.5, null, '%', null, S, FY, null, SA],
      ['高于目标值(90%)', '90%', 90, null, '%', null, T, FY, null, ST],
      ['仅完成全年任务的82.4%', '82.4%', 82.4, null, '%', null, S, FY, null, SA],
      ['兑付金额达到600万元', '600万元', 600, null, '万元', null, T, FY, null, LT],
      ['自评得分为88.5分', '88.5分', 88.5, null, '分', null, A, FY, null, LA],
    ],
  },
];
