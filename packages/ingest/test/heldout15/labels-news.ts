/**
 * Held-out set 15, a WeChat 公众号 article (UTF-8): its headline figure is said again in the lede, the
 * body, a 划重点 list and an 一图读懂 caption. 我市 throughout; 鄂尔多斯市科学技术局, named in the body
 * and the 来源 line, places it. Labelled by reading the text against ../gold/README.md.
 */
import { A, type ArticleSpec, CA, DL, G, LA, LT, PT, RA, RT, S, SA, T, YTD } from '../eval/held-out-labels';

/** 2026-11-18. No numbering and no sub-heading sentences: no measures. */
export const eerduosi: ArticleSpec[] = [
  {
    title: '512家！我市高新技术企业数量创历史新高',
    regionCode: '150600',
    regionName: '鄂尔多斯市',
    placeEvidence: 'institution',
    measures: [],
    figures: [
      [
        '企业达到512家，较2025年底',
        '512家',
        512,
        null,
        '家',
        null,
        A,
        PT,
        'high_tech_enterprises',
        {
          ...LA,
          also: [['512家！我市', '512家'], '总数达到512家', '高企总数：512家', '全市高新技术企业512家'],
        },
      ],
      // Against the last year-end stock, up to 10月底: the year to date.
      [
        '净增87家，总量',
        '87家',
        87,
        null,
        '家',
        null,
        G,
        YTD,
        'new_national_high_tech_enterprises_added',
        { ...CA, also: ['净增：87家', ['企业512家，较2025年底净增87家', '87家']] },
      ],
      [
        '今年新认定高新技术企业136家',
        '136家',
        136,
        null,
        '家',
        null,
        A,
        YTD,
        'new_high_tech_enterprises_recognized',
        { ...LA, also: ['新认定：136家'] },
      ],
      ['新认定数量同比增长21.4%', '21.4%', 21.4, null, '%', null, G, YTD, 'new_high_tech_enterprises_recognized', RA],
      ['评价入库1208家', '1208家', 1208, null, '家', null, A, YTD, 'tech_smes', LA],
      // A year-on-year change of an annual register is not its new entrants.
      ['同比增加302家', '302家', 302, null, '家', null, G, YTD, null, CA],
      [
        '技术合同成交额45.6亿元，同比',
        '45.6亿元',
        45.6,
        null,
        '亿元',
        null,
        A,
        YTD,
        'tech_contract_turnover',
        { ...LA, also: ['成交额：45.6亿元'] },
      ],
      [
        '同比增长32.1%，已完成',
        '32.1%',
        32.1,
        null,
        '%',
        null,
        G,
        YTD,
        'tech_contract_turnover',
        { ...RA, also: ['成交额：45.6亿元，同比增长32.1%'] },
      ],
      ['目标任务的91%', '91%', 91, null, '%', null, S, YTD, null, SA],
      ['政策宣讲会26场', '26场', 26, null, '场', null, A, YTD, null, LA],
      ['服务企业1800余家次', '1800余家次', 1800, null, '家次', '余', A, YTD, null, LA],
      // The same 87家 as the net addition, of another subject.
      ['为87家企业', '87家', 87, null, '家', null, A, YTD, null, LA],
      ['兑付金额560万元', '560万元', 560, null, '万元', null, A, YTD, null, LA],
      ['2027年底高新技术企业突破600家', '600家', 600, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
      [
        '实现数量较2025年翻一番',
        '一番',
        1,
        null,
        '番',
        null,
        T,
        DL,
        'high_tech_enterprises',
        { ...RT, also: [['【图2】到2030年高新技术企业数量较2025年翻一番', '一番']] },
      ],
    ],
  },
];
