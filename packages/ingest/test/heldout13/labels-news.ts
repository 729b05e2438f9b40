/**
 * Labels of held-out set 13's news items: a 科技局 news page that names no place (我市/全市 only; the
 * URL hint names 淄博), a county web page whose furniture interrupts the article and which repeats a
 * paragraph (湄潭 known only from local institutions), a 科技局 item whose measures are stand-alone
 * sub-heading sentences on lines of their own (呈贡), and a newspaper page whose masthead is the only
 * place name (大庆). Decided by reading the texts and ../gold/README.md; the calls are in README.md.
 */
import { A, type ArticleSpec, CA, DL, FY, G, LA, LT, PT, RA, S, SA, T, UN, YTD } from '../eval/held-out-labels';

export const zibo: ArticleSpec[] = [
  {
    title: '我市新认定高新技术企业286家 创历史新高',
    regionCode: '370300',
    regionName: '淄博市',
    placeEvidence: 'metadata',
    measures: ['（一）精准培育后备企业', '（二）兑现奖补政策', '（三）优化认定服务'],
    figures: [
      // One fact stated in the headline, the lede and the body: 2025's new recognitions.
      [
        '企业286家 创',
        '286家',
        286,
        null,
        '家',
        null,
        A,
        FY,
        'new_high_tech_enterprises_recognized',
        { ...LA, also: ['全年新认定高新技术企业286家', '全市新认定高新技术企业286家'] },
      ],
      ['同比增长17.2%', '17.2%', 17.2, null, '%', null, G, FY, 'new_high_tech_enterprises_recognized', RA],
      ['中小企业2870家', '2870家', 2870, null, '家', null, A, FY, 'tech_smes', LA],
      ['任务的118%', '118%', 118, null, '%', null, S, FY, null, SA],
      ['总数达到1563家', '1563家', 1563, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      ['净增192家', '192家', 192, null, '家', null, G, FY, 'new_national_high_tech_enterprises_added', CA],
      // The items are framed by the lead-in's 全年 (2025, a completed year).
      ['入库企业640家', '640家', 640, null, '家', null, A, FY, null, LA],
      ['宣讲会42场', '42场', 42, null, '场', null, A, FY, null, LA],
      ['覆盖企业3100余家', '3100余家', 3100, null, '家', '余', A, FY, null, LA],
      // A policy parameter, dated by its own sentence only (decision 010): none.
      ['给予20万元一次性奖励', '20万元', 20, null, '万元', null, A, UN, null, LA],
      ['奖补资金5720万元', '5720万元', 5720, null, '万元', null, A, FY, null, LA],
      // Same number as the headline, different subject (enterprises paid a reward): a different fact.
      ['惠及企业286家', '286家', 286, null, '家', null, A, FY, null, LA],
      ['辅导企业420家次', '420家次', 420, null, '家次', null, A, FY, null, LA],
      ['问题150余个', '150余个', 150, null, '个', '余', A, FY, null, LA],
      ['突破2000家', '2000家', 2000, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
      ['高新技术企业300家以上', '300家', 300, null, '家', '以上', T, FY, 'new_high_tech_enterprises_recognized', LT],
    ],
  },
];

export const meitan: ArticleSpec[] = [
  {
    title: '本县茶叶科技成果转化取得新进展',
    regionCode: '520328',
    regionName: '湄潭县',
    placeEvidence: 'institution',
    measures: ['1.搭建转化平台', '2.引进科技特派员团队', '3.强化金融支持'],
    figures: [
      ['登记技术合同46项', '46项', 46, null, '项', null, A, YTD, 'tech_contracts', LA],
      ['成交额1.38亿元', '1.38亿元', 1.38, null, '亿元', null, A, YTD, 'tech_contract_turnover', LA],
      ['同比增长35.6%', '35.6%', 35.6, null, '%', null, G, YTD, 'tech_contract_turnover', RA],
      // The page prints this paragraph twice: one fact each, two spans each.
      [
        '中试线2条，转化茶多酚提取等成果7项。\r\n\r\n县科技局',
        '2条',
        2,
        null,
        '条',
        null,
        A,
        YTD,
        null,
        { ...LA, also: ['中试线2条，转化茶多酚提取等成果7项。\r\n\r\n下一步'] },
      ],
      [
        '成果7项。\r\n\r\n县科技局',
        '7项',
        7,
        null,
        '项',
        null,
        A,
        YTD,
        null,
        { ...LA, also: ['成果7项。\r\n\r\n下一步'] },
      ],
      ['上架成果120项', '120项', 120, null, '项', null, A, YTD, null, LA],
      ['对接活动9场', '9场', 9, null, '场', null, A, YTD, null, LA],
      ['科技特派员58名', '58名', 58, null, '名', null, A, YTD, null, LA],
      ['技术服务300余次', '300余次', 300, null, '次', '余', A, YTD, null, LA],
      // One product's loans (茶科贷): not the county's total.
      ['“茶科贷”3200万元', '3200万元', 3200, null, '万元', null, A, YTD, null, LA],
      ['支持企业16家', '16家', 16, null, '家', null, A, YTD, null, LA],
      ['突破3亿元', '3亿元', 3, null, '亿元', '突破', T, FY, 'tech_contract_turnover', LT],
      ['中小企业20家以上', '20家', 20, null, '家', '以上', T, FY, 'new_national_tech_smes', LT],
    ],
  },
];

export const chenggong: ArticleSpec[] = [
  {
    title: '呈贡区：“三个聚焦”推动科技成果就地转化',
    regionCode: '530114',
    regionName: '呈贡区',
    placeEvidence: 'named',
    measures: ['捕捉成果。', '对接需求。', '加速转化。'],
    figures: [
      ['达到9.6亿元', '9.6亿元', 9.6, null, '亿元', null, A, YTD, 'tech_contract_turnover', LA],
      // Three different facts with the number 42.
      ['同比增长42%', '42%', 42, null, '%', null, G, YTD, 'tech_contract_turnover', RA],
      ['新增科技型企业42家', '42家', 42, null, '家', null, A, YTD, null, LA],
      ['常驻8所高校', '8所', 8, null, '所', null, A, YTD, null, LA],
      ['可转化成果560项', '560项', 560, null, '项', null, A, YTD, null, LA],
      ['其中42项', '42项', 42, null, '项', null, A, YTD, null, LA],
      ['已举办4场', '4场', 4, null, '场', null, A, YTD, null, LA],
      ['技术需求230项', '230项', 230, null, '项', null, A, YTD, null, LA],
      ['合作项目36个', '36个', 36, null, '个', null, A, YTD, null, LA],
      ['合同金额1.2亿元', '1.2亿元', 1.2, null, '亿元', null, A, YTD, null, LA],
      ['联合实验室11个', '11个', 11, null, '个', null, A, YTD, null, LA],
      // One fund's size is an attribute of one object; what it has invested so far is a stock.
      ['规模2亿元', '2亿元', 2, null, '亿元', null, A, UN, null, LA],
      ['已投资项目9个', '9个', 9, null, '个', null, A, PT, null, LA],
      ['交易额的10%', '10%', 10, null, '%', null, S, UN, null, SA],
      ['单项最高50万元', '50万元', 50, null, '万元', '最高', A, UN, null, LA],
      ['突破25亿元', '25亿元', 25, null, '亿元', '突破', T, FY, 'tech_contract_turnover', LT],
      ['新增科技型企业120家', '120家', 120, null, '家', null, T, FY, null, LT],
    ],
  },
];

export const daqing: ArticleSpec[] = [
  {
    title: '我市科技型企业达到5126家',
    regionCode: '230600',
    regionName: '大庆市',
    placeEvidence: 'metadata',
    measures: [],
    figures: [
      // Headline, lede and the body's denominator: one stock at the end of February.
      [
        '我市科技型企业达到5126家\n',
        '5126家',
        5126,
        null,
        '家',
        null,
        A,
        PT,
        'tech_enterprises_all',
        { ...LA, also: ['我市科技型企业达到5126家，', '在5126家科技型企业中'] },
      ],
      // Sub-headline, lede and body: one rate of the loan balance since the start of the year.
      [
        '较年初增长20.3%\n',
        '20.3%',
        20.3,
        null,
        '%',
        null,
        G,
        YTD,
        null,
        { ...RA, also: ['较年初增长20.3%。', '较年初增长20.3%，'] },
      ],
      ['比上年末增加1180家', '1180家', 1180, null, '家', null, G, YTD, null, CA],
      ['国家高新技术企业1406家', '1406家', 1406, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      ['占27.4%', '27.4%', 27.4, null, '%', null, S, PT, null, SA],
      ['专精特新中小企业297家', '297家', 297, null, '家', null, A, PT, 'specialized_sme', LA],
      ['新增科技型企业213家', '213家', 213, null, '家', null, A, YTD, null, LA],
      // A balance is a stock; `tech_loans` counts loans issued.
      ['余额达到86.5亿元', '86.5亿元', 86.5, null, '亿元', null, A, PT, null, LA],
      ['质押贷款12.8亿元', '12.8亿元', 12.8, null, '亿元', null, A, PT, null, LA],
      ['发放贷款31.2亿元', '31.2亿元', 31.2, null, '亿元', null, A, PT, null, LA],
      ['总数突破6000家', '6000家', 6000, null, '家', '突破', T, DL, 'tech_enterprises_all', LT],
      ['余额突破100亿元', '100亿元', 100, null, '亿元', '突破', T, DL, null, LT],
      ['给予5万元一次性奖励', '5万元', 5, null, '万元', null, A, UN, null, LA],
    ],
  },
];
