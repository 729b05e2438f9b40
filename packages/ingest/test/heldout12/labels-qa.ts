/**
 * Labels of held-out set 12's question-and-answer texts: a provincial 新闻发布会 transcript (a press
 * statement with 一是…三是, then reporters' questions; cities' figures are theirs, not the
 * province's) and a city 政策解读 in 问：答： form with a reward table and a 划重点 line, whose place
 * comes only from the URL it was taken from. Decided by reading the texts and ../gold/README.md.
 */
import { A, type ArticleSpec, CA, DL, FY, G, LA, LE, LT, PT, RA, S, SA, SE, ST, T, UN } from '../eval/held-out-labels';

export const sichuan: ArticleSpec[] = [
  {
    title: '2025年全省科技创新工作新闻发布会实录',
    regionCode: '510000',
    regionName: '四川省',
    placeEvidence: 'named',
    measures: [
      '一是加快建设天府实验室',
      '二是深入实施科技成果转化',
      '三是持续优化创新生态',
      '四川日报记者：',
      '封面新闻记者：',
    ],
    figures: [
      // The statement: 2025年 opens its paragraph (complete at 2026-01-20); 预计 covers both figures.
      ['投入达到1480亿元', '1480亿元', 1480, null, '亿元', null, A, FY, 'rd_expenditure', LE],
      ['强度达到2.3%', '2.3%', 2.3, null, '%', null, S, FY, 'rd_intensity', SE],
      [
        '达到1.9万家，比上年末',
        '1.9万家',
        1.9,
        null,
        '万家',
        null,
        A,
        FY,
        'high_tech_enterprises',
        { ...LA, also: ['刚才介绍全省高新技术企业达到1.9万家'] },
      ],
      ['增加2100家', '2100家', 2100, null, '家', null, G, FY, 'new_national_high_tech_enterprises_added', CA],
      ['成交额2150亿元', '2150亿元', 2150, null, '亿元', null, A, FY, 'tech_contract_turnover', LA],
      ['同比增长14.2%', '14.2%', 14.2, null, '%', null, G, FY, 'tech_contract_turnover', RA],
      // Cities of the province: their figures, not the province's.
      ['成交额1420亿元', '1420亿元', 1420, null, '亿元', null, A, FY, null, LA],
      ['占全省的66%', '66%', 66, null, '%', null, S, FY, null, SA],
      ['突破1200家', '1200家', 1200, null, '家', '突破', A, FY, null, LA],
      ['增长18.5%', '18.5%', 18.5, null, '%', null, G, FY, null, RA],
      // Next steps (全年 = the source's year) and the 2027 goal.
      ['省重点实验室15个', '15个', 15, null, '个', null, T, FY, null, LT],
      ['达到2.3万家', '2.3万家', 2.3, null, '万家', null, T, DL, 'high_tech_enterprises', LT],
      // Answers.
      ['国家科技型中小企业5000家', '5000家', 5000, null, '家', null, T, FY, 'new_national_tech_smes', LT],
      ['最高奖励100万元', '100万元', 100, null, '万元', '最高', A, UN, null, LA],
      ['成交额86.3亿元', '86.3亿元', 86.3, null, '亿元', null, A, FY, null, LA],
      ['同比增长31%', '31%', 31, null, '%', null, G, FY, null, RA],
      ['高校团队27个', '27个', 27, null, '个', null, A, FY, null, LA],
      ['中试平台42个', '42个', 42, null, '个', null, A, PT, null, LA],
    ],
  },
];

export const ganzhou: ArticleSpec[] = [
  {
    title: '《关于加快科技型企业梯次培育的若干措施》政策解读',
    regionCode: '360700',
    regionName: '赣州市',
    placeEvidence: 'metadata',
    measures: [
      '问：《若干措施》出台的背景是什么？',
      '问：《若干措施》的主要目标是什么？',
      '问：对首次认定的高新技术企业有哪些支持？',
      '问：企业研发投入有哪些补助？',
      '问：政策从何时开始执行？',
    ],
    figures: [
      ['达到1126家', '1126家', 1126, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      ['国家科技型中小企业2417家', '2417家', 2417, null, '家', null, A, FY, 'tech_smes', LA],
      ['突破2000家', '2000家', 2000, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
      ['年均新增500家以上', '500家', 500, null, '家', '以上', T, FY, 'new_national_tech_smes', LT],
      ['覆盖率达到50%', '50%', 50, null, '%', null, T, DL, null, ST],
      // The table: revenue bands under a 上年度 header; rewards undated (policy parameters).
      ['第一档\t5000以下', '5000', 5000, null, '万元', '以下', A, FY, null, LA],
      ['5000以下\t10', '10', 10, null, '万元', null, A, UN, null, LA],
      ['第二档\t5000-20000', '5000-20000', 5000, 20000, '万元', null, A, FY, null, LA],
      ['5000-20000\t15', '15', 15, null, '万元', null, A, UN, null, LA],
      ['第三档\t20000以上', '20000', 20000, null, '万元', '以上', A, FY, null, LA],
      ['20000以上\t30', '30', 30, null, '万元', null, A, UN, null, { ...LA, also: [['最高奖励30万元', '30万元']] }],
      ['给予5万元奖励', '5万元', 5, null, '万元', null, A, UN, null, LA],
      // 上年度 and 每年 in the sentence date its threshold, its rate and its cap.
      ['增长10%以上', '10%', 10, null, '%', '以上', G, FY, null, RA],
      ['增量部分的10%', '10%', 10, null, '%', null, S, FY, null, SA],
      [
        '每年最高补助200万元',
        '200万元',
        200,
        null,
        '万元',
        '最高',
        A,
        FY,
        null,
        { ...LA, also: ['研发补助每年最高200万元'] },
      ],
    ],
  },
];
