/**
 * Held-out set 14, the two reports: a 政府工作报告 excerpt (吴忠) and a 科技局 annual summary
 * (海城). Labelled blind by reading the texts and ../gold/README.md; spec format in
 * ../eval/held-out-labels.ts.
 */
import { A, type ArticleSpec, CA, DL, FY, G, LA, LT, PT, RA, RT, S, SA, ST, T, UN } from '../eval/held-out-labels';

/** 吴忠 report of 2026-01-21: a look-back on 2025 (full_year), then 2026 goals and a 2030 horizon. */
export const wuzhong: ArticleSpec[] = [
  {
    title: '吴忠市2026年政府工作报告（摘要）',
    regionCode: '640300',
    regionName: '吴忠市',
    placeEvidence: 'named',
    // Part 一: paragraphs led by a sub-heading sentence (its opening 过去一年 paragraph is an intro);
    // part 二: its opening paragraph of 预期目标 is an intro, the （一）–（三） items are measures.
    measures: ['科技创新动能持续增强。', '产业转型步伐加快。', '（一）坚定实施', '（二）加快建设', '（三）谋划'],
    figures: [
      ['地区生产总值完成1012.4亿元', '1012.4亿元', 1012.4, null, '亿元', null, A, FY, 'gdp', LA],
      // GDP growth is real growth: not linked to gdp (rule 2).
      ['1012.4亿元，增长6.1%', '6.1%', 6.1, null, '%', null, G, FY, null, RA],
      ['一般公共预算收入完成58.3亿元', '58.3亿元', 58.3, null, '亿元', null, A, FY, null, LA],
      ['58.3亿元，增长4.6%', '4.6%', 4.6, null, '%', null, G, FY, null, RA],
      ['城镇新增就业1.6万人', '1.6万人', 1.6, null, '万人', null, A, FY, null, LA],
      // "2025年，" opens the paragraph: the year is over at the source's date.
      ['研发投入强度达到1.45%', '1.45%', 1.45, null, '%', null, S, FY, 'rd_intensity', SA],
      ['提高0.12个百分点', '0.12个百分点', 0.12, null, '个百分点', null, G, FY, null, CA],
      ['新认定高新技术企业46家', '46家', 46, null, '家', null, A, FY, 'new_high_tech_enterprises_recognized', LA],
      // 总数 under a completed year: a point.
      ['高新技术企业总数达到183家', '183家', 183, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      ['入库国家科技型中小企业312家', '312家', 312, null, '家', null, A, FY, 'tech_smes', LA],
      ['312家，增长18.6%', '18.6%', 18.6, null, '%', null, G, FY, 'tech_smes', RA],
      ['技术合同成交额完成21.7亿元', '21.7亿元', 21.7, null, '亿元', null, A, FY, 'tech_contract_turnover', LA],
      ['21.7亿元，增长32%', '32%', 32, null, '%', null, G, FY, 'tech_contract_turnover', RA],
      // New platforms: the catalogue's laboratory and centre lines are stocks.
      ['自治区级重点实验室3个', '3个', 3, null, '个', null, A, FY, null, LA],
      ['自治区级技术创新中心两个', '两个', 2, null, '个', null, A, FY, null, LA],
      // Same number as the 46 new 高企, a different fact.
      ['覆盖全市46个乡镇', '46个', 46, null, '个', null, A, FY, null, LA],
      ['规模以上工业增加值增长8.2%', '8.2%', 8.2, null, '%', null, G, FY, null, RA],
      ['新材料产业产值突破120亿元', '120亿元', 120, null, '亿元', '突破', A, FY, null, LA],
      ['比重达到21.5%', '21.5%', 21.5, null, '%', null, S, FY, 'high_tech_industry_output_share', SA],
      ['新增专精特新中小企业14家', '14家', 14, null, '家', null, A, FY, null, LA],
      // 2026 goals: 今年 earlier in the paragraph; a goal for 今年 is full_year.
      ['地区生产总值增长6%左右', '6%', 6, null, '%', '左右', T, FY, null, RT],
      ['一般公共预算收入增长5%', '5%', 5, null, '%', null, T, FY, null, RT],
      ['研发投入强度达到1.6%以上', '1.6%', 1.6, null, '%', '以上', T, FY, 'rd_intensity', ST],
      ['城镇新增就业1.5万人以上', '1.5万人', 1.5, null, '万人', '以上', T, FY, null, LT],
      [
        '力争全年新认定高新技术企业50家以上',
        '50家',
        50,
        null,
        '家',
        '以上',
        T,
        FY,
        'new_high_tech_enterprises_recognized',
        LT,
      ],
      ['技术合同成交额突破25亿元', '25亿元', 25, null, '亿元', '突破', T, FY, 'tech_contract_turnover', LT],
      // A yearly quota under a plan: level × target, full_year.
      ['每年新增国家科技型中小企业100家左右', '100家', 100, null, '家', '左右', T, FY, 'new_national_tech_smes', LT],
      // A planned doubling: rate × target with its deadline; a goal for the stock's line.
      ['较2024年增长1倍', '1倍', 1, null, '倍', null, T, DL, 'high_tech_enterprises', RT],
      ['今年组织实施重点研发项目20项', '20项', 20, null, '项', null, T, FY, null, LT],
      ['新材料产业产值增长15%以上', '15%', 15, null, '%', '以上', T, FY, null, RT],
      ['新建数字化车间12个', '12个', 12, null, '个', null, T, FY, null, LT],
      ['培育创新型中小企业30家', '30家', 30, null, '家', null, T, FY, null, LT],
      ['力争全社会研发投入强度达到2%', '2%', 2, null, '%', null, T, DL, 'rd_intensity', ST],
      ['高新技术企业突破400家', '400家', 400, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
      ['技术合同成交额达到50亿元', '50亿元', 50, null, '亿元', null, T, DL, 'tech_contract_turnover', LT],
    ],
  },
];

/** 海城 (county-level city) summary of 2026-01-08 on 2025: the year is over, so 全年 is full_year. */
export const haicheng: ArticleSpec[] = [
  {
    title: '海城市科学技术局2025年工作总结',
    regionCode: '210381',
    regionName: '海城市',
    placeEvidence: 'named',
    // 一、: its （一）–（四） heading lines; 二、存在问题 holds none; 三、: paragraphs led by a short
    // sub-heading sentence after the part's lead-in.
    measures: [
      '（一）企业创新主体持续壮大',
      '（二）创新平台建设加快推进',
      '（三）科技成果转化成效明显',
      '（四）科技投入保障有力',
      '抓主体。',
      '强平台。',
      '促转化。',
      '优服务。',
    ],
    figures: [
      ['有效期内高新技术企业达到128家', '128家', 128, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      // Net change to the year-end stock: full_year; restated as the base of the 2026 plan.
      [
        '达到128家，净增11家',
        '11家',
        11,
        null,
        '家',
        null,
        G,
        FY,
        'new_national_high_tech_enterprises_added',
        { ...CA, also: ['在2025年净增11家的基础上'] },
      ],
      ['全年新认定高新技术企业23家', '23家', 23, null, '家', null, A, FY, 'new_high_tech_enterprises_recognized', LA],
      ['23家，完成全年任务的115%', '115%', 115, null, '%', null, S, FY, null, SA],
      ['入库国家科技型中小企业205家', '205家', 205, null, '家', null, A, FY, 'tech_smes', LA],
      // A year-on-year change of an annual register is not its new_* line.
      ['同比增加38家', '38家', 38, null, '家', null, G, FY, null, CA],
      ['38家，增长22.8%', '22.8%', 22.8, null, '%', null, G, FY, 'tech_smes', RA],
      ['“雏鹰”企业两家', '两家', 2, null, '家', null, A, FY, null, LA],
      ['“瞪羚”企业5家', '5家', 5, null, '家', null, A, FY, null, LA],
      ['工程技术研究中心达到31个', '31个', 31, null, '个', null, A, PT, null, LA],
      ['全年新建4个', '4个', 4, null, '个', null, A, FY, null, LA],
      ['省级科技企业孵化器两家', '两家', 2, null, '家', null, A, FY, null, LA],
      ['新增孵化面积1.2万平方米', '1.2万平方米', 1.2, null, '万平方米', null, A, FY, null, LA],
      ['全年服务企业42家', '42家', 42, null, '家', null, A, FY, null, LA],
      ['全年登记技术合同312项', '312项', 312, null, '项', null, A, FY, 'tech_contracts', LA],
      ['技术合同成交额12.6亿元', '12.6亿元', 12.6, null, '亿元', null, A, FY, 'tech_contract_turnover', LA],
      ['同比增长41.2%', '41.2%', 41.2, null, '%', null, G, FY, 'tech_contract_turnover', RA],
      ['完成全年任务的126%', '126%', 126, null, '%', null, S, FY, null, SA],
      ['登记科技成果56项', '56项', 56, null, '项', null, A, FY, 'tech_achievements', LA],
      ['对接活动十二场', '十二场', 12, null, '场', null, A, FY, null, LA],
      ['促成合作项目23个', '23个', 23, null, '个', null, A, FY, null, LA],
      ['争取上级科技资金3860万元', '3860万元', 3860, null, '万元', null, A, FY, null, LA],
      ['同比增长12%', '12%', 12, null, '%', null, G, FY, null, RA],
      ['全市财政科技支出1.2亿元', '1.2亿元', 1.2, null, '亿元', null, A, FY, 'fiscal_sci_tech_expenditure', LA],
      ['比上年增加1500万元', '1500万元', 1500, null, '万元', null, G, FY, null, CA],
      // 存在问题 holds no measure, but its figures count; 目前 makes it a point.
      ['有研发活动的仅占38%', '38%', 38, null, '%', null, S, PT, null, SA],
      // 2026 plan: 2026年末 → deadline; 全年 → full_year; items with no period → unknown.
      ['高新技术企业总数达到145家', '145家', 145, null, '家', null, T, DL, 'high_tech_enterprises', LT],
      ['新认定高新技术企业25家以上', '25家', 25, null, '家', '以上', T, FY, 'new_high_tech_enterprises_recognized', LT],
      ['入库国家科技型中小企业230家', '230家', 230, null, '家', null, T, FY, 'tech_smes', LT],
      ['新建省级以上研发平台3个', '3个', 3, null, '个', null, T, UN, null, LT],
      ['服务企业60家以上', '60家', 60, null, '家', '以上', T, UN, null, LT],
      ['成交额达到15亿元以上', '15亿元', 15, null, '亿元', '以上', T, FY, 'tech_contract_turnover', LT],
      // Same value and unit as the 十二场 of 2025, a different fact (a yearly quota).
      ['不少于12场', '12场', 12, null, '场', '不少于', T, FY, null, LT],
    ],
  },
];
