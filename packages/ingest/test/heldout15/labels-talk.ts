/**
 * Held-out set 15, spoken: the 三亚 新闻发布会 transcript (UTF-8, CRLF), two speakers answering and
 * reporters restating figures. Labelled by reading the text against ../gold/README.md.
 */
import { A, type ArticleSpec, CA, DL, FY, G, LA, LT, PT, RA, S, SA, ST, T, UN, YTD } from '../eval/held-out-labels';

/** 2026-11-12; the statement's 一是…三是 are measures, then one per reporter's question. */
export const sanya: ArticleSpec[] = [
  {
    title: '三亚市“科技创新赋能自贸港建设”新闻发布会实录',
    regionCode: '460200',
    regionName: '三亚市',
    placeEvidence: 'named',
    measures: ['一是壮大', '二是建设', '三是优化', '三亚日报记者：', '南国都市报记者：', '海南广播电视总台记者:'],
    figures: [
      ['新认定高新技术企业86家', '86家', 86, null, '家', null, A, YTD, 'new_high_tech_enterprises_recognized', LA],
      [
        '总数达到415家，同比',
        '415家',
        415,
        null,
        '家',
        null,
        A,
        PT,
        'high_tech_enterprises',
        { ...LA, also: ['刚才提到高新技术企业总数达到415家'] },
      ],
      ['同比增长18.9%', '18.9%', 18.9, null, '%', null, G, YTD, 'high_tech_enterprises', RA],
      ['新增省级重点实验室2家', '2家', 2, null, '家', null, A, YTD, null, LA],
      ['省级工程技术研究中心4家', '4家', 4, null, '家', null, A, YTD, null, LA],
      ['创新平台总数达到96个', '96个', 96, null, '个', null, A, PT, 'provincial_and_above_innovation_platforms', LA],
      // Said 12000人 by the speaker, 1.2万人 by a reporter and again in the answer: one fact.
      [
        '引进各类人才12000人',
        '12000人',
        12000,
        null,
        '人',
        null,
        A,
        YTD,
        null,
        {
          ...LA,
          also: [
            ['今年全市引进人才1.2万人', '1.2万人'],
            ['刚才提到的1.2万人中', '1.2万人'],
          ],
        },
      ],
      ['人才安居补贴1.36亿元', '1.36亿元', 1.36, null, '亿元', null, A, YTD, null, LA],
      // The reporter's rounded lower bound is not the answer's 12.36亿元 (another value): unlinked.
      ['已经超过12亿元', '12亿元', 12, null, '亿元', '超过', A, YTD, null, LA],
      ['成交额达到12.36亿元', '12.36亿元', 12.36, null, '亿元', null, A, YTD, 'tech_contract_turnover', LA],
      ['同比增长41.5%', '41.5%', 41.5, null, '%', null, G, YTD, 'tech_contract_turnover', RA],
      ['最高补助200万元', '200万元', 200, null, '万元', '最高', A, UN, null, LA],
      ['技术经理人达到200人', '200人', 200, null, '人', null, A, YTD, null, LA],
      ['占比达到63%', '63%', 63, null, '%', null, S, YTD, null, SA],
      ['提高5.2个百分点', '5.2个百分点', 5.2, null, '个百分点', null, G, YTD, null, CA],
      ['吸纳技术合同成交额7.8亿元', '7.8亿元', 7.8, null, '亿元', null, A, YTD, 'tech_contract_absorbed_turnover', LA],
      ['占比超过四成', '四成', 4, null, '成', '超过', S, YTD, null, SA],
      ['引进各类人才1.5万人以上', '1.5万人', 1.5, null, '万人', '以上', T, FY, null, LT],
      ['占比达到30%', '30%', 30, null, '%', null, T, FY, null, ST],
      [
        '研发经费投入4.6亿元',
        '4.6亿元',
        4.6,
        null,
        '亿元',
        null,
        A,
        YTD,
        'rd_expenditure_industrial_enterprises_above_scale',
        LA,
      ],
      [
        '同比增长12.2%',
        '12.2%',
        12.2,
        null,
        '%',
        null,
        G,
        YTD,
        'rd_expenditure_industrial_enterprises_above_scale',
        RA,
      ],
      ['企业占比为42.5%', '42.5%', 42.5, null, '%', null, S, YTD, null, SA],
      // 明年: a stock to reach by its end is a deadline, a flow in it the whole year.
      ['总数突破500家', '500家', 500, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
      [
        '新认定高新技术企业100家以上',
        '100家',
        100,
        null,
        '家',
        '以上',
        T,
        FY,
        'new_high_tech_enterprises_recognized',
        LT,
      ],
      ['覆盖率达到50%', '50%', 50, null, '%', null, T, DL, null, ST],
    ],
  },
];
