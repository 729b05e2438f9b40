/**
 * Labels of held-out set 13's reports: a provincial 统计快报 with a table whose units are in its
 * header and whose 全省 row restates the text (河南), and a 科技局 annual 工作总结 with （一）（二）
 * items inside each part and a plan with a doubling goal, yearly quotas and 力争…以上 (芜湖).
 * Decided by reading the texts and ../gold/README.md; the calls are in README.md.
 */
import { A, type ArticleSpec, CA, DL, FY, G, LA, LE, LT, PT, RA, RT, S, SA, SE, T, YTD } from '../eval/held-out-labels';

export const henan: ArticleSpec[] = [
  {
    title: '2026年上半年全省科技型企业发展情况统计快报',
    regionCode: '410000',
    regionName: '河南省',
    placeEvidence: 'institution',
    // A statistics bulletin: parts on lines of their own with no items and no lead sentences.
    measures: [],
    figures: [
      // The text's figures are restated by the table's 全省 row (bare cells, units in the header).
      [
        '中小企业18926家',
        '18926家',
        18926,
        null,
        '家',
        null,
        A,
        YTD,
        'tech_smes',
        { ...LA, also: [['全省\t18926', '18926']] },
      ],
      // A year-on-year difference of an annual register: a change, linked to nothing.
      ['同比增加4238家', '4238家', 4238, null, '家', null, G, YTD, null, { ...CA, also: [['18926\t4238', '4238']] }],
      ['增长28.9%', '28.9%', 28.9, null, '%', null, G, YTD, 'tech_smes', RA],
      ['任务的52%', '52%', 52, null, '%', null, S, YTD, null, { ...SA, also: [['4238\t52', '52']] }],
      ['达到13870家', '13870家', 13870, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      ['净增859家', '859家', 859, null, '家', null, G, YTD, 'new_national_high_tech_enterprises_added', CA],
      // Cities' rows: their own figures (null links), dated by the caption's 1-6月.
      ['郑州市\t6315', '6315', 6315, null, '家', null, A, YTD, null, LA],
      ['6315\t1402', '1402', 1402, null, '家', null, G, YTD, null, CA],
      ['1402\t55', '55', 55, null, '%', null, S, YTD, null, SA],
      ['洛阳市\t2108', '2108', 2108, null, '家', null, A, YTD, null, LA],
      ['2108\t476', '476', 476, null, '家', null, G, YTD, null, CA],
      ['476\t51', '51', 51, null, '%', null, S, YTD, null, SA],
      ['南阳市\t1247', '1247', 1247, null, '家', null, A, YTD, null, LA],
      ['1247\t259', '259', 259, null, '家', null, G, YTD, null, CA],
      ['259\t48', '48', 48, null, '%', null, S, YTD, null, SA],
      ['技术合同1.62万项', '1.62万项', 1.62, null, '万项', null, A, YTD, 'tech_contracts', LA],
      ['成交额628.4亿元', '628.4亿元', 628.4, null, '亿元', null, A, YTD, 'tech_contract_turnover', LA],
      ['同比增长21.7%', '21.7%', 21.7, null, '%', null, G, YTD, 'tech_contract_turnover', RA],
      ['成交额412.5亿元', '412.5亿元', 412.5, null, '亿元', null, A, YTD, 'tech_contract_absorbed_turnover', LA],
      // Level-restricted counts (省级以上, 国家级) are not the all-levels `incubators`.
      ['孵化器196家', '196家', 196, null, '家', null, A, PT, null, LA],
      ['孵化器58家', '58家', 58, null, '家', null, A, PT, null, LA],
      ['重点实验室12个', '12个', 12, null, '个', null, A, YTD, null, LA],
      ['有5个省辖市', '5个', 5, null, '个', null, A, YTD, null, LA],
      ['不足45%', '45%', 45, null, '%', '不足', S, YTD, null, SA],
    ],
  },
];

export const wuhu: ArticleSpec[] = [
  {
    title: '芜湖市科学技术局2025年工作总结和2026年工作安排',
    regionCode: '340200',
    regionName: '芜湖市',
    placeEvidence: 'institution',
    measures: [
      '（一）企业创新主体',
      '（二）创新平台建设提速',
      '（三）成果转化更加活跃',
      '（一）实施高企倍增计划',
      '（二）壮大科技型',
      '（三）加大科技投入',
    ],
    figures: [
      // 预计 for the current year (the source is dated 2025-12-28): estimates of the whole year.
      ['预计达到186亿元', '186亿元', 186, null, '亿元', null, A, FY, 'rd_expenditure', LE],
      ['预计达到3.9%', '3.9%', 3.9, null, '%', null, S, FY, 'rd_intensity', SE],
      ['中小企业64家', '64家', 64, null, '家', null, A, YTD, null, LA],
      ['总数达到517家', '517家', 517, null, '家', null, A, YTD, 'specialized_sme', LA],
      ['总数达到2860家', '2860家', 2860, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      ['比上年末增加352家', '352家', 352, null, '家', null, G, YTD, 'new_national_high_tech_enterprises_added', CA],
      // Items with no period of their own take part 一's framing, 今年以来.
      ['重点实验室6个', '6个', 6, null, '个', null, A, YTD, null, LA],
      ['重点实验室38个', '38个', 38, null, '个', null, A, PT, 'provincial_key_laboratories', LA],
      ['新型研发机构21家', '21家', 21, null, '家', null, A, PT, 'new_rd_institutions', LA],
      ['成交额312.6亿元', '312.6亿元', 312.6, null, '亿元', null, A, YTD, 'tech_contract_turnover', LA],
      ['同比增长24.1%', '24.1%', 24.1, null, '%', null, G, YTD, 'tech_contract_turnover', RA],
      // A planned doubling: a rate and a target (issue 9), with the plan's deadline.
      ['增长1倍', '1倍', 1, null, '倍', null, T, DL, 'high_tech_enterprises', RT],
      ['400家左右', '400家', 400, null, '家', '左右', T, FY, 'new_high_tech_enterprises_recognized', LT],
      ['1000家以上', '1000家', 1000, null, '家', '以上', T, FY, 'new_national_tech_smes', LT],
      ['100项左右', '100项', 100, null, '项', '左右', T, FY, null, LT],
      // The issuer's yearly budget line is a policy parameter (decision 010), a special fund only.
      ['不少于5亿元', '5亿元', 5, null, '亿元', '不少于', A, FY, null, LA],
    ],
  },
];
