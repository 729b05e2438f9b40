/**
 * Labelling helper for the SECOND held-out gold standard (conventions: ../gold/README.md; labelling
 * calls: README.md here). The DECISIONS below were made by reading texts/, never by running or
 * reading the extractor; this script only turns them into UTF-16 offsets into the decoded text
 * (UTF-8, BOM removed — as ../eval/gold.ts loadSeedText decodes) and checks every span.
 *
 *   npx tsx packages/ingest/test/heldout2/label.ts          # regenerate gold/*.gold.json
 *   npx tsx packages/ingest/test/heldout2/label.ts --check  # verify the files are up to date
 *
 * Article: title as written in the body heading; the heading line is the title alone, optionally
 * after `### ` / `**` markers (TOC lines carry a number or dotted leaders, so they never match).
 * Measure: first characters of the measure (marker or sub-heading text, after `**`), unique in its article.
 * Figure: [context, figure text, value, valueMax, unit, qualifier, kind, periodType]; the context is
 * unique within the article and contains the figure text exactly once.
 */
import {
  A,
  type ArticleSpec,
  CA,
  DL,
  FY,
  G,
  LA,
  LT,
  labelSet,
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

export const HELDOUT2_TEXTS: Record<string, ArticleSpec[]> = {
  // (a) provincial 科技工作简报, numbered TOC "1. …", `###` headings; issue of 2025-06-30.
  'hubei-kejijianbao-2025-12.txt': [
    {
      title: '武汉市洪山区推动高校科技成果就地转化',
      regionCode: '420111',
      regionName: '洪山区',
      measures: ['一、建立校地', '二、建设概念', '三、强化科技金融'],
      figures: [
        ['高校28所', '28所', 28, null, '所', null, A, PT, null, LA],
        ['平台63个', '63个', 63, null, '个', null, A, PT, null, LA],
        ['登记1426项', '1426项', 1426, null, '项', null, A, YTD, 'tech_contracts', LA],
        ['87.3亿元', '87.3亿元', 87.3, null, '亿元', null, A, YTD, 'tech_contract_turnover', LA],
        ['21.6%', '21.6%', 21.6, null, '%', null, G, YTD, 'tech_contract_turnover', RA],
        // measure paragraphs without a period of their own: intro framing 今年以来 → year_to_date
        ['区内12所', '12所', 12, null, '所', null, A, YTD, null, LA],
        ['45名', '45名', 45, null, '名', null, A, YTD, null, LA],
        ['760余项', '760余项', 760, null, '项', '余', A, YTD, null, LA],
        ['中心6家', '6家', 6, null, '家', null, A, YTD, null, LA],
        ['最高30万元', '30万元', 30, null, '万元', '最高', A, YTD, null, LA],
        ['基地3个', '3个', 3, null, '个', null, A, YTD, null, LA],
        ['400余台（套）', '400余台（套）', 400, null, '台（套）', '余', A, YTD, null, LA],
        ['总规模5亿元', '5亿元', 5, null, '亿元', null, A, UN, null, LA],
        ['出资占40%', '40%', 40, null, '%', null, S, UN, null, SA],
        // 知识产权质押贷款 only: narrower than tech_loans → null
        ['贷款9.6亿元', '9.6亿元', 9.6, null, '亿元', null, A, YTD, null, LA],
        ['企业132家', '132家', 132, null, '家', null, A, YTD, null, LA],
        ['突破300亿元', '300亿元', 300, null, '亿元', '突破', T, DL, 'tech_contract_turnover', LT],
        ['1500家以上', '1500家', 1500, null, '家', '以上', T, DL, 'high_tech_enterprises', LT],
      ],
    },
    {
      title: '宜昌高新区“揭榜挂帅”破解企业技术难题',
      regionCode: '420500-gxq',
      regionName: '宜昌高新技术产业开发区',
      measures: ['征集真问题', '引入强团队', '兑现硬支持'],
      figures: [
        ['难题214项', '214项', 214, null, '项', null, A, FY, null, LA],
        ['榜单86项', '86项', 86, null, '项', null, A, FY, null, LA],
        ['39个', '39个', 39, null, '个', null, A, PT, null, LA],
        ['4.2亿元', '4.2亿元', 4.2, null, '亿元', null, A, PT, null, LA],
        ['金额的20%', '20%', 20, null, '%', null, S, UN, null, SA],
        ['最高200万元', '200万元', 200, null, '万元', '最高', A, UN, null, LA],
        ['1860万元', '1860万元', 1860, null, '万元', null, A, YTD, null, LA],
      ],
    },
    {
      title: '他山之石：长沙市构建全链条科技金融服务体系',
      regionCode: '430100',
      regionName: '长沙市',
      measures: ['1. 做大科创基金群', '2. 创新信贷产品', '3. 完善风险分担'],
      figures: [
        // 贷款余额 (stock); tech_loans counts loans issued in the period → null
        ['1268亿元', '1268亿元', 1268, null, '亿元', null, A, FY, null, LA],
        ['17.3%', '17.3%', 17.3, null, '%', null, G, FY, null, RA],
        ['不少于10亿元', '10亿元', 10, null, '亿元', '不少于', A, FY, null, LA],
        ['子基金23支', '23支', 23, null, '支', null, A, PT, null, LA],
        ['超过180亿元', '180亿元', 180, null, '亿元', '超过', A, PT, null, LA],
        ['1100余家', '1100余家', 1100, null, '家', '余', A, FY, null, LA],
        ['62.5亿元', '62.5亿元', 62.5, null, '亿元', null, A, FY, null, LA],
        ['占近三分之一', '三分之一', 1 / 3, null, null, '近', S, FY, null, SA],
        // policy parameter, no period in sentence/paragraph; intro framing 近年来 → multi_year
        ['50%至70%', '50%至70%', 50, 70, '%', null, S, MY, null, SA],
        // attribute of one object (资金池规模) → unknown
        ['由2亿元', '2亿元', 2, null, '亿元', null, A, UN, null, LA],
        ['扩大至5亿元', '5亿元', 5, null, '亿元', null, A, UN, null, LA],
        ['突破1600亿元', '1600亿元', 1600, null, '亿元', '突破', T, DL, null, LT],
      ],
    },
  ],
  // (b) 政府工作报告 excerpt, one article; delivered January 2025, so 过去一年 = 2024, a completed year.
  'qingdao-zhengfubaogao-2025.txt': [
    {
      title: '青岛市政府工作报告（科技创新部分摘编）',
      regionCode: '370200',
      regionName: '青岛市',
      measures: ['（一）强化', '（二）推动', '（三）培育', '（四）集聚'],
      figures: [
        ['突破1.67万亿元', '1.67万亿元', 1.67, null, '万亿元', '突破', A, FY, 'gdp', LA],
        // Gold guideline rule (2): GDP growth is real (comparable prices); `gdp` is nominal.
        ['增长5.7%', '5.7%', 5.7, null, '%', null, G, FY, null, RA],
        ['达到2.85%', '2.85%', 2.85, null, '%', null, S, FY, 'rd_intensity', SA],
        // Gold guideline rule (1): a change in percentage points is not the share's indicator.
        ['0.12个百分点', '0.12个百分点', 0.12, null, '个百分点', null, G, FY, null, CA],
        ['达到8600家', '8600家', 8600, null, '家', null, A, PT, 'high_tech_enterprises', LA],
        ['突破1.2万家', '1.2万家', 1.2, null, '万家', '突破', A, FY, 'tech_smes', LA],
        ['620亿元', '620亿元', 620, null, '亿元', null, A, FY, 'tech_contract_turnover', LA],
        ['增长18.4%', '18.4%', 18.4, null, '%', null, G, FY, 'tech_contract_turnover', RA],
        // plan items without a date: targets → unknown (a goal that is a rate or a share is a target too: issue 9)
        ['平台50个以上', '50个', 50, null, '个', '以上', T, UN, null, LT],
        // issue 9: a planned growth rate is a rate × target, full_year when the plan names no deadline
        ['投入增长15%', '15%', 15, null, '%', null, T, FY, null, RT],
        ['提高到12%', '12%', 12, null, '%', null, T, UN, null, ST],
        ['中心10家', '10家', 10, null, '家', null, T, UN, null, LT],
        ['基地20个', '20个', 20, null, '个', null, T, UN, null, LT],
        ['达到700亿元', '700亿元', 700, null, '亿元', null, T, UN, 'tech_contract_turnover', LT],
        ['1000项以上', '1000项', 1000, null, '项', '以上', T, UN, null, LT],
        ['突破9500家', '9500家', 9500, null, '家', '突破', T, UN, 'high_tech_enterprises', LT],
        ['达到1.4万家', '1.4万家', 1.4, null, '万家', null, T, UN, 'tech_smes', LT],
        ['达到200家', '200家', 200, null, '家', null, T, DL, 'national_little_giants', LT],
        // 年均 in its own sentence = 每年 → full_year
        ['企业300家', '300家', 300, null, '家', null, T, FY, null, LT],
        ['15万人以上', '15万人', 15, null, '万人', '以上', T, UN, null, LT],
        ['290万人', '290万人', 290, null, '万人', null, T, UN, null, LT],
        // 今后三年 horizon of a target → deadline
        ['年均增长10%', '10%', 10, null, '%', '以上', T, DL, 'rd_expenditure', RT],
        ['达到3.2%', '3.2%', 3.2, null, '%', null, T, DL, 'rd_intensity', ST],
        ['12.5%', '12.5%', 12.5, null, '%', null, T, DL, null, ST],
      ],
    },
  ],
  // (c) WeChat-style news, dateline 2025-04-18; 一是… lines stand alone, following paragraphs belong to them.
  'nanhu-wechat-2025-04.txt': [
    {
      title: '嘉兴南湖：科技“新政”落地见效 企业创新活力持续迸发',
      regionCode: '330402',
      regionName: '南湖区',
      measures: ['一是真金白银', '二是搭建', '三是优化'],
      figures: [
        // 新认定 省级科技型中小企业: a flow; no new_* provincial indicator → null
        ['企业186家', '186家', 186, null, '家', null, A, YTD, null, LA],
        ['超30%', '30%', 30, null, '%', '超', G, YTD, null, RA],
        // 每年 in the same sentence → full_year
        ['部分的10%', '10%', 10, null, '%', null, S, FY, null, SA],
        ['最高500万元', '500万元', 500, null, '万元', '最高', A, FY, null, LA],
        ['1.36亿元', '1.36亿元', 1.36, null, '亿元', null, A, FY, null, LA],
        ['逾600家', '600家', 600, null, '家', '逾', A, FY, null, LA],
        ['飞地2个', '2个', 2, null, '个', null, A, PT, null, LA],
        ['近40支', '40支', 40, null, '支', '近', A, PT, null, LA],
        // 省级以上研发机构: narrower than rd_institutions → null
        ['超200家', '200家', 200, null, '家', '超', A, PT, null, LA],
        ['1.2万人', '1.2万人', 1.2, null, '万人', null, A, PT, 'high_level_talents', LA],
        ['500余家次', '500余家次', 500, null, '家次', '余', A, YTD, null, LA],
        ['近百项', '百项', 100, null, '项', '近', A, YTD, null, LA],
        ['突破1000家', '1000家', 1000, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
        ['达到4%', '4%', 4, null, '%', null, T, DL, 'rd_intensity', ST],
      ],
    },
  ],
  // (d) PDF conversion: UTF-8 with BOM, "-" page-break lines, "— 3 —" page numbers, a sentence cut
  // mid-word across a page break, stray spaces inside numbers; issue of 2025-05-20.
  'pdf-kejidongtai-2025-04.txt': [
    {
      title: '顺德区以数字化智能化转型赋能制造业创新',
      regionCode: '440606',
      regionName: '顺德区',
      measures: ['（一）设立', '（二）培育', '（三）打造'],
      figures: [
        ['4 300余家', '4 300余家', 4300, null, '家', '余', A, PT, null, LA],
        ['2 865.4亿元', '2 865.4亿元', 2865.4, null, '亿元', null, A, FY, null, LA],
        ['6.2%', '6.2%', 6.2, null, '%', null, G, FY, null, RA],
        ['18.1 %', '18.1 %', 18.1, null, '%', null, S, FY, 'high_tech_manufacturing_value_added_share', SA],
        ['安排5亿元', '5亿元', 5, null, '亿元', null, A, FY, null, LA],
        ['投资额的15%', '15%', 15, null, '%', null, S, FY, null, SA],
        ['1 200 家', '1 200 家', 1200, null, '家', null, A, FY, null, LA],
        ['18.1 亿元', '18.1 亿元', 18.1, null, '亿元', null, A, FY, null, LA],
        ['286亿元', '286亿元', 286, null, '亿元', null, A, FY, null, LA],
        // own sentence, nothing earlier in the paragraph, intro has no 今年以来/近年来 framing
        ['服务商52家', '52家', 52, null, '家', null, A, UN, null, LA],
        ['1 860家次', '1 860家次', 1860, null, '家次', null, A, YTD, null, LA],
        ['工厂27家', '27家', 27, null, '家', null, A, PT, null, LA],
        ['车间112个', '112个', 112, null, '个', null, A, PT, null, LA],
      ],
    },
    {
      title: '武进区构建“科创飞地+孵化器”双轮驱动模式',
      regionCode: '320412',
      regionName: '武进区',
      measures: ['完善孵化体系', '布局科创飞地，', '强化要素保障'],
      figures: [
        ['1 156家', '1 156家', 1156, null, '家', null, A, PT, 'high_tech_enterprises', LA],
        // 省级以上孵化器: narrower than all incubators → null
        ['孵化器23家', '23家', 23, null, '家', null, A, PT, null, LA],
        ['空间46家', '46家', 46, null, '家', null, A, PT, null, LA],
        ['超1 500家', '1 500家', 1500, null, '家', '超', A, PT, null, LA],
        ['企业138家', '138家', 138, null, '家', null, A, FY, null, LA],
        ['其中两家', '两家', 2, null, '家', null, A, FY, null, LA],
        ['地5个', '5个', 5, null, '个', null, A, MY, null, LA],
        ['项目96个', '96个', 96, null, '个', null, A, MY, null, LA],
        ['达到42%', '42%', 42, null, '%', null, S, MY, null, SA],
        ['规模10亿元', '10亿元', 10, null, '亿元', null, A, UN, null, LA],
        ['最高100万元', '100万元', 100, null, '万元', '最高', A, MY, null, LA],
        ['孵化器5家', '5家', 5, null, '家', null, T, DL, null, LT],
        ['2 000家', '2 000家', 2000, null, '家', null, T, DL, null, LT],
      ],
    },
  ],
};

const set = labelSet(import.meta.url, HELDOUT2_TEXTS);
export const HELDOUT2_TEXT_DIR = set.textDir;
export const HELDOUT2_GOLD_DIR = set.goldDir;
export const decodeHeldout2 = set.decode;
export const buildGold = set.buildGold;
export const goldPath = set.goldPath;

set.runAsScript();
