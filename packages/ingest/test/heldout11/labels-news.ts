/**
 * Labels of held-out set 11's news item: a 市委书记's visit to companies, reposted by an account that
 * names no place (region unknown: the extractor must flag it). The companies' figures are theirs;
 * only the city's own totals link. Decided by reading the text and ../gold/README.md.
 */
import { A, type ArticleSpec, CA, DL, G, LA, LE, LT, PT, RA, S, SA, ST, T, UN, YTD } from '../eval/held-out-labels';

export const diaoyan: ArticleSpec[] = [
  {
    title: '市委书记调研高新区科技企业：今年以来新认定高企63家',
    regionCode: null,
    regionName: null,
    measures: ['一是强化企业创新主体地位', '二是优化科技金融服务', '三是加强人才引育'],
    figures: [
      [
        '新认定高企63家',
        '63家',
        63,
        null,
        '家',
        null,
        A,
        YTD,
        'new_high_tech_enterprises_recognized',
        { ...LA, also: ['全市新认定高新技术企业63家'] },
      ],
      // One company's figures.
      ['研发投入达到6800万元', '6800万元', 6800, null, '万元', null, A, YTD, null, LA],
      ['比重为9.2%', '9.2%', 9.2, null, '%', null, S, YTD, null, SA],
      ['营业收入5.6亿元', '5.6亿元', 5.6, null, '亿元', null, A, YTD, null, LA],
      ['同比增长23%', '23%', 23, null, '%', null, G, YTD, null, RA],
      ['新增订单1.8亿元', '1.8亿元', 1.8, null, '亿元', null, A, UN, null, LA],
      ['有效发明专利86件', '86件', 86, null, '件', null, A, PT, null, LA],
      ['员工总数的35%', '35%', 35, null, '%', null, S, PT, null, SA],
      // Another company's project and its R&D centre in another city.
      ['投资12亿元', '12亿元', 12, null, '亿元', null, A, UN, null, LA],
      ['可达15亿元', '15亿元', 15, null, '亿元', null, A, UN, null, LE],
      ['博士23名', '23名', 23, null, '名', null, A, PT, null, LA],
      // The city's own figures, reported by its 科技局.
      ['同比增加11家', '11家', 11, null, '家', null, G, YTD, null, CA],
      [
        '同比增长18.6%',
        '18.6%',
        18.6,
        null,
        '%',
        null,
        G,
        YTD,
        'rd_expenditure_industrial_enterprises_above_scale',
        RA,
      ],
      ['余额达到86.4亿元', '86.4亿元', 86.4, null, '亿元', null, A, PT, null, LA],
      ['突破800家', '800家', 800, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
      ['达到2.8%', '2.8%', 2.8, null, '%', null, T, DL, 'rd_intensity', ST],
    ],
  },
];
