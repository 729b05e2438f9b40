/**
 * Held-out set 14, the spoken and the explained: a 新闻发布会 transcript (永川) and a 政策解读 Q&A
 * with two tables (廊坊). Labelled blind by reading the texts and ../gold/README.md.
 */
import { A, type ArticleSpec, CA, CT, DL, FY, G, LA, LT, PT, RA, S, SA, T, UN, YTD } from '../eval/held-out-labels';

/** 永川 press conference of 2026-07-16 on the first half of 2026. */
export const yongchuan: ArticleSpec[] = [
  {
    title: '永川区2026年上半年科技创新工作新闻发布会实录',
    regionCode: '500118',
    regionName: '永川区',
    placeEvidence: 'named',
    // The statement before the first question by its own outline (一是…三是), then one measure per
    // reporter's turn with its answer; the host's turns are never measures.
    measures: [
      '一是创新主体加速壮大',
      '二是成果转化提速增效',
      '三是创新平台提档升级',
      '重庆日报记者：',
      '华龙网记者：',
    ],
    figures: [
      ['有效期内高新技术企业达到326家', '326家', 326, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      // A change against the year-end stock, up to 6月底: year_to_date.
      ['较去年底净增19家', '19家', 19, null, '家', null, G, YTD, 'new_national_high_tech_enterprises_added', CA],
      ['上半年入库国家科技型中小企业687家', '687家', 687, null, '家', null, A, YTD, 'tech_smes', LA],
      ['687家，同比增长15.3%', '15.3%', 15.3, null, '%', null, G, YTD, 'tech_smes', RA],
      // Stated in the statement, quoted back by the reporter, restated in the answer: one fact.
      [
        '二是成果转化提速增效。上半年技术合同成交额18.4亿元',
        '18.4亿元',
        18.4,
        null,
        '亿元',
        null,
        A,
        YTD,
        'tech_contract_turnover',
        { ...LA, also: ['上半年技术合同成交额达到18.4亿元', '上半年技术合同成交额18.4亿元，主要'] },
      ],
      ['18.4亿元，同比增长27.5%', '27.5%', 27.5, null, '%', null, G, YTD, 'tech_contract_turnover', RA],
      ['完成全年目标任务的61%', '61%', 61, null, '%', null, S, YTD, null, SA],
      ['市级重点实验室3个', '3个', 3, null, '个', null, A, YTD, null, LA],
      ['市级新型研发机构两家', '两家', 2, null, '家', null, A, YTD, null, LA],
      // 市级以上 is wider than the catalogue's 省级以上 line.
      ['研发平台总数达到158个', '158个', 158, null, '个', null, A, PT, null, LA],
      // One fund's size: an attribute of one object.
      ['基金规模5亿元', '5亿元', 5, null, '亿元', null, A, UN, null, LA],
      ['小项目10个以上', '10个', 10, null, '个', '以上', T, FY, null, LT],
      ['技术合同成交额突破30亿元', '30亿元', 30, null, '亿元', '突破', T, FY, 'tech_contract_turnover', LT],
      // Policy parameters: dated by their own sentence only (none).
      ['给予20万元奖励', '20万元', 20, null, '万元', null, A, UN, null, LA],
      ['给予10万元奖励', '10万元', 10, null, '万元', null, A, UN, null, LA],
      // Same number as the 20万元 reward, a different fact.
      ['目前已有20家企业', '20家', 20, null, '家', null, A, PT, null, LA],
      ['总数突破350家', '350家', 350, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
    ],
  },
];

/**
 * 廊坊 政策解读 of 2026-03-12. Table cells are figures with the unit of their column header; the span
 * is the cell's number. The note under table 1 dates its 最高补助 column (2026年度 → full_year); the
 * note under table 2 dates both columns (新认定 a 2026 quota → full_year; 总数 at 2026-12-31 → deadline).
 */
export const langfang: ArticleSpec[] = [
  {
    title: '《廊坊市支持企业加大研发投入若干措施》政策解读',
    regionCode: '131000',
    regionName: '廊坊市',
    placeEvidence: 'named',
    measures: [
      '一、《若干措施》出台的背景',
      '二、研发费用后补助的标准',
      '三、企业新认定为高新技术企业',
      '四、各县（市、区）的培育任务',
      '五、如何申报？',
    ],
    figures: [
      ['全社会研发投入强度为1.86%', '1.86%', 1.86, null, '%', null, S, FY, 'rd_intensity', SA],
      ['企业占比为41.3%', '41.3%', 41.3, null, '%', null, S, FY, null, SA],
      // Table 1, row 1, restated by the 划重点 line: one rule, several spans.
      ['| 500以下 |', '500', 500, null, '万元', '以下', A, UN, null, { ...LA, also: [['增量500万元以下', '500万元']] }],
      ['| 500以下 | 10 |', '10', 10, null, '%', null, S, UN, null, { ...SA, also: [['按10%给予补助', '10%']] }],
      ['| 10 | 50 |', '50', 50, null, '万元', null, A, FY, null, { ...LA, also: [['最高补助50万元。', '50万元']] }],
      ['| 500—2000 |', '500—2000', 500, 2000, '万元', null, A, UN, null, LA],
      ['| 500—2000 | 8 |', '8', 8, null, '%', null, S, UN, null, SA],
      ['| 8 | 100 |', '100', 100, null, '万元', null, A, FY, null, LA],
      ['| 2000以上 |', '2000', 2000, null, '万元', '以上', A, UN, null, LA],
      ['| 2000以上 | 6 |', '6', 6, null, '%', null, S, UN, null, SA],
      ['| 6 | 200 |', '200', 200, null, '万元', null, A, FY, null, LA],
      ['给予30万元奖励', '30万元', 30, null, '万元', null, A, UN, null, LA],
      // Same number as the 10% band, a different rule (and unit).
      ['给予10万元奖励', '10万元', 10, null, '万元', null, A, UN, null, LA],
      // Table 2: quotas of other places (not linked), then the city's total, restated below the table.
      ['三河市\t45', '45', 45, null, '家', null, T, FY, null, LT],
      ['45\t260', '260', 260, null, '家', null, T, DL, null, LT],
      ['固安县\t30', '30', 30, null, '家', null, T, FY, null, LT],
      // 150 is also the city's new-recognition quota: a different fact.
      ['30\t150', '150', 150, null, '家', null, T, DL, null, LT],
      ['香河县\t20', '20', 20, null, '家', null, T, FY, null, LT],
      ['20\t95', '95', 95, null, '家', null, T, DL, null, LT],
      ['其他县（市、区）\t55', '55', 55, null, '家', null, T, FY, null, LT],
      ['55\t295', '295', 295, null, '家', null, T, DL, null, LT],
      [
        '全市合计\t150',
        '150',
        150,
        null,
        '家',
        null,
        T,
        FY,
        'new_high_tech_enterprises_recognized',
        { ...LT, also: [['目标为150家', '150家']] },
      ],
      [
        '150\t800',
        '800',
        800,
        null,
        '家',
        null,
        T,
        DL,
        'high_tech_enterprises',
        { ...LT, also: [['总数达到800家', '800家']] },
      ],
      // A planned net addition to the stock, up to the 2026 year-end: change × target, full_year.
      ['较2025年底增加120家', '120家', 120, null, '家', null, T, FY, 'new_national_high_tech_enterprises_added', CT],
    ],
  },
];
