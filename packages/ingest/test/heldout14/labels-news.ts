/**
 * Held-out set 14, the news pages: 我市 only with the place in the URL (天水), a page with furniture
 * and a paragraph printed twice whose place only local institutions tell (三明), and a county's
 * meeting report whose place nothing tells. Labelled blind by reading the texts and ../gold/README.md.
 */
import { A, type ArticleSpec, CA, DL, FY, G, LA, LT, PT, RA, S, SA, T, UN, YTD } from '../eval/held-out-labels';

/** 天水 科技局 news of 2026-11-20: 今年 is the source's current year (year_to_date). */
export const tianshui: ArticleSpec[] = [
  {
    title: '我市今年新认定高新技术企业37家 创历史新高',
    regionCode: '620500',
    regionName: '天水市',
    placeEvidence: 'metadata',
    measures: ['（一）建好培育库。', '（二）送政策上门。', '（三）落实奖补资金。'],
    figures: [
      // Headline, lede and body state one fact: labelled at its first mention (the headline).
      [
        '我市今年新认定高新技术企业37家 创历史新高',
        '37家',
        37,
        null,
        '家',
        null,
        A,
        YTD,
        'new_high_tech_enterprises_recognized',
        { ...LA, also: ['今年我市新认定高新技术企业37家', '今年新认定的37家高新技术企业'] },
      ],
      ['总数达到241家', '241家', 241, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      // A year-on-year change of the stock spans twelve months, not the year-to-date window of a
      // new_* line: left unlinked.
      ['较上年同期增加9家', '9家', 9, null, '家', null, G, YTD, null, CA],
      ['占比超过七成', '七成', 7, null, '成', '超过', S, YTD, null, SA],
      ['遴选入库培育企业85家', '85家', 85, null, '家', null, A, YTD, null, LA],
      ['认定通过率达到43.5%', '43.5%', 43.5, null, '%', null, S, YTD, null, SA],
      // The size of one service team: an attribute of one object.
      ['由12名财税', '12名', 12, null, '名', null, A, UN, null, LA],
      ['辅导160余次', '160余次', 160, null, '次', '余', A, YTD, null, LA],
      ['研发费用2.3亿元', '2.3亿元', 2.3, null, '亿元', null, A, YTD, null, LA],
      ['每家15万元奖励', '15万元', 15, null, '万元', null, A, UN, null, LA],
      ['兑现奖补资金555万元', '555万元', 555, null, '万元', null, A, YTD, null, LA],
      ['国家科技型中小企业412家', '412家', 412, null, '家', null, A, YTD, 'tech_smes', LA],
      ['412家，同比增长21%', '21%', 21, null, '%', null, G, YTD, 'tech_smes', RA],
      ['总数突破300家', '300家', 300, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
      ['不少于80家', '80家', 80, null, '家', '不少于', T, FY, null, LT],
    ],
  },
];

/**
 * 三明 科技局 page of 2026-09-18. Its furniture (当前位置, 字体, 打印本页, 上一篇/下一篇) is not article
 * body: the figures in the neighbouring headlines are not labelled. The 据统计 paragraph is printed twice.
 */
export const sanming: ArticleSpec[] = [
  {
    title: '我市多措并举推动科技成果转化落地见效',
    regionCode: '350400',
    regionName: '三明市',
    placeEvidence: 'institution',
    measures: ['搭建转化平台。', '打通对接渠道。', '强化金融支撑。'],
    figures: [
      ['技术合同成交额达到9.6亿元', '9.6亿元', 9.6, null, '亿元', null, A, YTD, 'tech_contract_turnover', LA],
      ['同比增长24.7%', '24.7%', 24.7, null, '%', null, G, YTD, 'tech_contract_turnover', RA],
      ['登记科技成果87项', '87项', 87, null, '项', null, A, YTD, 'tech_achievements', LA],
      // Paragraphs without a period of their own: the intro's 今年以来.
      ['新建中试基地4个', '4个', 4, null, '个', null, A, YTD, null, LA],
      ['概念验证中心两家', '两家', 2, null, '家', null, A, YTD, null, LA],
      ['累计服务企业130家次', '130家次', 130, null, '家次', null, A, YTD, null, LA],
      ['对接活动15场', '15场', 15, null, '场', null, A, YTD, null, LA],
      ['发布技术需求216项', '216项', 216, null, '项', null, A, YTD, null, LA],
      ['促成签约项目48个', '48个', 48, null, '个', null, A, YTD, null, LA],
      ['签约金额3.2亿元', '3.2亿元', 3.2, null, '亿元', null, A, YTD, null, LA],
      ['设立规模2亿元', '2亿元', 2, null, '亿元', null, A, UN, null, LA],
      ['今年以来发放科技贷款12.5亿元', '12.5亿元', 12.5, null, '亿元', null, A, YTD, 'tech_loans', LA],
      // A change of the loan balance is not loans issued.
      ['较年初新增8.1亿元', '8.1亿元', 8.1, null, '亿元', null, G, YTD, null, CA],
      ['惠及科技型企业316家', '316家', 316, null, '家', null, A, YTD, null, LA],
      // The paragraph printed twice: one fact each, the second copy in `also`.
      [
        '316家。\n\n据统计，今年以来全市高校院所向企业转让、许可专利62件',
        '62件',
        62,
        null,
        '件',
        null,
        A,
        YTD,
        null,
        { ...LA, also: ['1800万元。\n\n据统计，今年以来全市高校院所向企业转让、许可专利62件'] },
      ],
      [
        '实现成果转化收入1800万元。\n\n据统计',
        '1800万元',
        1800,
        null,
        '万元',
        null,
        A,
        YTD,
        null,
        { ...LA, also: ['实现成果转化收入1800万元。\n\n下一步'] },
      ],
      ['突破15亿元', '15亿元', 15, null, '亿元', '突破', T, FY, 'tech_contract_turnover', LT],
    ],
  },
];

/**
 * A county 科技局's meeting report of 2026-10-15 that names no place, no local institution and comes
 * with a publisher hint (县科技局) that names none either: the place is empty and must be flagged. The
 * links still say what each 全县 figure measures (the place rule reads "or no place named").
 */
export const wuming: ArticleSpec[] = [
  {
    title: '县科技局召开前三季度科技工作推进会',
    regionCode: null,
    regionName: null,
    // A numbered list after a lead-in (会议要求…：).
    measures: ['1.全力冲刺年度目标', '2.抓好高企申报服务', '3.做好科技特派员服务'],
    figures: [
      ['新增入库国家科技型中小企业26家', '26家', 26, null, '家', null, A, YTD, 'new_national_tech_smes', LA],
      ['完成全年任务的87%', '87%', 87, null, '%', null, S, YTD, null, SA],
      ['技术合同成交额1.35亿元', '1.35亿元', 1.35, null, '亿元', null, A, YTD, 'tech_contract_turnover', LA],
      ['同比增长19.4%', '19.4%', 19.4, null, '%', null, G, YTD, 'tech_contract_turnover', RA],
      ['科技项目资金860万元', '860万元', 860, null, '万元', null, A, YTD, null, LA],
      ['高新技术企业达到19家', '19家', 19, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      // Against the year-end stock, up to 9月底: year_to_date; Chinese numeral.
      ['比上年末增加三家', '三家', 3, null, '家', null, G, YTD, 'new_national_high_tech_enterprises_added', CA],
      [
        '仅为0.86亿元',
        '0.86亿元',
        0.86,
        null,
        '亿元',
        null,
        A,
        YTD,
        'rd_expenditure_industrial_enterprises_above_scale',
        LA,
      ],
      ['同比下降6.5%', '6.5%', -6.5, null, '%', null, G, YTD, 'rd_expenditure_industrial_enterprises_above_scale', RA],
      ['力争全年新增入库国家科技型中小企业30家', '30家', 30, null, '家', null, T, FY, 'new_national_tech_smes', LT],
      ['成交额达到2亿元', '2亿元', 2, null, '亿元', null, T, FY, 'tech_contract_turnover', LT],
      ['不少于22家', '22家', 22, null, '家', '不少于', T, DL, 'high_tech_enterprises', LT],
      ['不少于500次', '500次', 500, null, '次', '不少于', T, FY, null, LT],
    ],
  },
];
