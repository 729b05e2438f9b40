/**
 * Held-out set 15, reports: 闵行 政府工作报告 (GB18030, CRLF) and 大庆 科技局年度总结 (UTF-8 with BOM;
 * placed only by its publisher hint).
 * Labelled by reading the texts against ../gold/README.md; every call is explained in README.md.
 */
import {
  A,
  type ArticleSpec,
  CA,
  DL,
  FY,
  G,
  LA,
  LE,
  LT,
  MY,
  PT,
  RA,
  RT,
  S,
  SA,
  ST,
  T,
  UN,
  YTD,
} from '../eval/held-out-labels';

/** Review of 2025 (over at the source's date, 2026-01-07), 2026 goals, a 十五五 horizon to 2030. */
export const minhang: ArticleSpec[] = [
  {
    title: '闵行区2026年政府工作报告（摘要）',
    regionCode: '310112',
    regionName: '闵行区',
    placeEvidence: 'named',
    measures: [
      '科技创新策源功能持续增强。',
      '创新载体能级不断提升。',
      '（一）强化企业',
      '（二）建设高能级',
      '（三）深化产学研',
    ],
    figures: [
      // 一、2025年工作回顾: the part's opening paragraph (an introduction), dated by its opening year.
      ['地区生产总值3125.4亿元', '3125.4亿元', 3125.4, null, '亿元', null, A, FY, 'gdp', LA],
      ['按可比价格计算增长5.8%', '5.8%', 5.8, null, '%', null, G, FY, null, RA],
      ['一般公共预算收入完成312.6亿元', '312.6亿元', 312.6, null, '亿元', null, A, FY, null, LA],
      ['收入完成312.6亿元，增长3.1%', '3.1%', 3.1, null, '%', null, G, FY, null, RA],
      ['比重达到4.35%', '4.35%', 4.35, null, '%', null, S, FY, 'rd_intensity', SA],
      ['提高0.12个百分点', '0.12个百分点', 0.12, null, '个百分点', null, G, FY, null, CA],
      // 总数 under a completed year: a point; 净增 against last year-end: the year.
      ['高新技术企业总数达到2860家', '2860家', 2860, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      ['比上年净增186家', '186家', 186, null, '家', null, G, FY, 'new_national_high_tech_enterprises_added', CA],
      ['新认定高新技术企业612家', '612家', 612, null, '家', null, A, FY, 'new_high_tech_enterprises_recognized', LA],
      // Same number, another fact; no new_* indicator for 专精特新.
      ['新增专精特新中小企业186家', '186家', 186, null, '家', null, A, FY, null, LA],
      ['技术合同成交额达到286.3亿元', '286.3亿元', 286.3, null, '亿元', null, A, FY, 'tech_contract_turnover', LA],
      ['同比增长12.4%', '12.4%', 12.4, null, '%', null, G, FY, 'tech_contract_turnover', RA],
      ['新建市级重点实验室三个', '三个', 3, null, '个', null, A, FY, null, LA],
      ['市级重点实验室总数达到41个', '41个', 41, null, '个', null, A, PT, null, LA],
      ['新增众创空间5家', '5家', 5, null, '家', null, A, FY, null, LA],
      ['众创空间总数达到73家', '73家', 73, null, '家', null, A, PT, 'maker_spaces', LA],
      ['引进各类高层次人才1200人', '1200人', 1200, null, '人', null, A, FY, null, LA],
      ['青年人才占比超过35%', '35%', 35, null, '%', '超过', S, FY, null, SA],
      // 二、2026年…目标: goals for the source's year are for the whole year.
      ['地区生产总值增长5.5%左右', '5.5%', 5.5, null, '%', '左右', T, FY, null, RT],
      ['比重达到4.5%以上', '4.5%', 4.5, null, '%', '以上', T, FY, 'rd_intensity', ST],
      [
        '新增高新技术企业300家以上',
        '300家',
        300,
        null,
        '家',
        '以上',
        T,
        FY,
        'new_national_high_tech_enterprises_added',
        LT,
      ],
      ['力争突破300亿元', '300亿元', 300, null, '亿元', '突破', T, FY, 'tech_contract_turnover', LT],
      ['每年遴选100家左右', '100家', 100, null, '家', '左右', T, FY, null, LT],
      ['总数突破3000家', '3000家', 3000, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
      // 翻一番 of 区级以上 platforms: a planned rate, no indicator for that population.
      ['基础上翻一番', '一番', 1, null, '番', null, T, DL, null, RT],
      ['新型研发机构达到25家', '25家', 25, null, '家', null, T, DL, 'new_rd_institutions', LT],
      ['给予最高500万元', '500万元', 500, null, '万元', '最高', A, UN, null, LA],
      ['每年安排产学研合作专项资金8000万元', '8000万元', 8000, null, '万元', null, A, FY, null, LA],
      ['年均增长10%以上', '10%', 10, null, '%', '以上', T, FY, 'tech_contract_turnover', RT],
      // 三、展望“十五五”: a horizon paragraph, every goal dated 到2030年.
      ['比重达到5%左右', '5%', 5, null, '%', '左右', T, DL, 'rd_intensity', ST],
      ['较2025年增长1倍', '1倍', 1, null, '倍', null, T, DL, 'high_tech_enterprises', RT],
      ['拥有量达到60件', '60件', 60, null, '件', null, T, DL, 'high_value_invention_patents_per_10k', LT],
    ],
  },
];

/** Written 2026-12-18: its 2026 figures are the year to date. 我市 throughout: the publisher hint places it. */
export const daqing: ArticleSpec[] = [
  {
    title: '市科技局2026年工作总结和2027年工作打算',
    regionCode: '230600',
    regionName: '大庆市',
    placeEvidence: 'metadata',
    measures: ['1.科技型企业', '2.创新平台', '3.科技成果', '4.科技金融', '① 实施高企', '② 提升创新', '③ 畅通成果'],
    figures: [
      [
        '全市高新技术企业达到612家，同比',
        '612家',
        612,
        null,
        '家',
        null,
        A,
        YTD,
        'high_tech_enterprises',
        { ...LA, also: ['在2026年全市高新技术企业达到612家的基础上'] },
      ],
      ['同比增加58家', '58家', 58, null, '家', null, G, YTD, 'new_national_high_tech_enterprises_added', CA],
      ['增长10.5%', '10.5%', 10.5, null, '%', null, G, YTD, 'high_tech_enterprises', RA],
      ['评价入库1035家', '1035家', 1035, null, '家', null, A, YTD, 'tech_smes', LA],
      ['同比增长21.3%', '21.3%', 21.3, null, '%', null, G, YTD, 'tech_smes', RA],
      ['新认定省级专精特新中小企业42家', '42家', 42, null, '家', null, A, YTD, null, LA],
      ['占比达到76%', '76%', 76, null, '%', null, S, YTD, null, SA],
      // A forecast of the stock at the year's end: an estimate, unlinked (not an actual level, not a goal).
      ['将达到630家', '630家', 630, null, '家', null, A, DL, null, LE],
      ['今年新获批省级重点实验室2个', '2个', 2, null, '个', null, A, YTD, null, LA],
      ['总数达到28个', '28个', 28, null, '个', null, A, PT, 'provincial_key_laboratories', LA],
      ['新建省级技术创新中心3个', '3个', 3, null, '个', null, A, YTD, null, LA],
      // 新型研发机构 added: narrower than new_rd_institutions_added's 各类研发机构.
      ['组建新型研发机构五家', '五家', 5, null, '家', null, A, YTD, null, LA],
      ['建成中试基地2个', '2个', 2, null, '个', null, A, YTD, null, LA],
      ['登记技术合同2186项', '2186项', 2186, null, '项', null, A, YTD, 'tech_contracts', LA],
      ['成交额达到96.8亿元', '96.8亿元', 96.8, null, '亿元', null, A, YTD, 'tech_contract_turnover', LA],
      ['同比增长18.6%', '18.6%', 18.6, null, '%', null, G, YTD, 'tech_contract_turnover', RA],
      ['完成全年目标任务的121%', '121%', 121, null, '%', null, S, YTD, null, SA],
      [
        '吸纳技术合同成交额41.2亿元',
        '41.2亿元',
        41.2,
        null,
        '亿元',
        null,
        A,
        YTD,
        'tech_contract_absorbed_turnover',
        LA,
      ],
      ['输出技术合同成交额55.6亿元', '55.6亿元', 55.6, null, '亿元', null, A, YTD, 'tech_contract_output_turnover', LA],
      // One programme's totals since 2021, then this year's.
      ['累计为312家', '312家', 312, null, '家', null, A, MY, null, LA],
      ['发放贷款26.5亿元', '26.5亿元', 26.5, null, '亿元', null, A, MY, null, LA],
      ['今年新增发放9.8亿元', '9.8亿元', 9.8, null, '亿元', null, A, YTD, null, LA],
      ['惠及企业128家', '128家', 128, null, '家', null, A, YTD, null, LA],
      ['平均贷款利率3.45%', '3.45%', 3.45, null, '%', null, S, YTD, null, SA],
      // 二、存在的问题: no measures, but its figure counts.
      ['仅占38%', '38%', 38, null, '%', null, S, PT, null, SA],
      // 三、2027年工作打算 (612家 above is quoted in ①).
      ['力争2027年底突破700家', '700家', 700, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
      ['入库1200家以上', '1200家', 1200, null, '家', '以上', T, FY, 'tech_smes', LT],
      ['新建省级重点实验室2个以上', '2个', 2, null, '个', '以上', T, UN, null, LT],
      ['新培育新型研发机构3家', '3家', 3, null, '家', null, T, UN, null, LT],
      ['达到110亿元', '110亿元', 110, null, '亿元', null, T, FY, 'tech_contract_turnover', LT],
      ['同比增长13%以上', '13%', 13, null, '%', '以上', T, FY, 'tech_contract_turnover', RT],
      ['全年新增发放贷款10亿元', '10亿元', 10, null, '亿元', null, T, FY, null, LT],
    ],
  },
];
