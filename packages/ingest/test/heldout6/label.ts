/**
 * Labelling helper for the SIXTH held-out gold standard (conventions: ../gold/README.md and
 * docs/decisions/010; labelling calls: README.md here). The DECISIONS below were made by reading
 * texts/, never by running or reading the extractor; this script only turns them into UTF-16 offsets
 * into the decoded text (UTF-8 with the BOM removed) and checks every span.
 *
 *   npx tsx packages/ingest/test/heldout6/label.ts          # regenerate gold/*.gold.json
 *   npx tsx packages/ingest/test/heldout6/label.ts --check  # verify the files are up to date
 *
 * Article: title as written in the body heading; the heading line is the title alone, optionally
 * after `### ` / `**` markers or whitespace.
 * Measure: first characters of the measure (marker or sub-heading text), unique in its article.
 * Figure: [context, figure text, value, valueMax, unit, qualifier, kind, periodType, indicator]; the context is
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
  LE,
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

export const HELDOUT6_TEXTS: Record<string, ArticleSpec[]> = {
  // (1) 领导讲话: a mayor's speech at a 科技创新大会. One article (the speech title); 第一，…第三， are
  // the measures; the review (过去五年) and problems paragraphs before them are the intro.
  'luoyang-speech-2025.txt': [
    {
      title: '在洛阳市科技创新大会上的讲话',
      regionCode: '410300',
      regionName: '洛阳市',
      measures: ['第一，要把企业', '第二，要让平台', '第三，要把人才'],
      figures: [
        // 过去五年 review
        ['从2019年的110.4亿元', '110.4亿元', 110.4, null, '亿元', null, A, FY, 'rd_expenditure', LA],
        ['到2024年的186.7亿元', '186.7亿元', 186.7, null, '亿元', null, A, FY, 'rd_expenditure', LA],
        // 年均增长 (2019→2024 CAGR) of 全市研发经费投入 → a growth rate of rd_expenditure
        ['年均增长11.1%', '11.1%', 11.1, null, '%', null, G, MY, 'rd_expenditure', RA],
        ['研发投入强度达到3.02%', '3.02%', 3.02, null, '%', null, S, FY, 'rd_intensity', SA],
        // 2019 stock of 高新技术企业 (由812家增加到…), still the stock → high_tech_enterprises
        ['由812家', '812家', 812, null, '家', null, A, PT, 'high_tech_enterprises', LA],
        ['目前的2036家', '2036家', 2036, null, '家', null, A, PT, 'high_tech_enterprises', LA],
        // 科技型中小企业达到 (a level, not 累计; no register named → national) → tech_smes
        ['科技型中小企业达到4180家', '4180家', 4180, null, '家', null, A, PT, 'tech_smes', LA],
        ['创新平台327个', '327个', 327, null, '个', null, A, MY, null, LA],
        ['国家级平台19个', '19个', 19, null, '个', null, A, MY, null, LA],
        // 5-year 累计 of 技术合同成交额, not the annual flow → null
        ['累计突破600亿元', '600亿元', 600, null, '亿元', '突破', A, MY, null, LA],
        // problems
        ['只占到41%', '41%', 41, null, '%', null, S, PT, null, SA],
        ['将近六成', '六成', 6, null, '成', '将近', S, PT, null, SA],
        ['增速回落了2.3个百分点', '2.3个百分点', -2.3, null, '个百分点', null, G, FY, null, CA],
        // 第一
        ['突破3500家', '3500家', 3500, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
        ['覆盖率达到60%以上', '60%', 60, null, '%', '以上', T, DL, null, ST],
        // 科技专项资金 is a part of the 科技预算, not the whole budget → null
        ['不少于10亿元', '10亿元', 10, null, '亿元', '不少于', A, FY, null, LA],
        ['一次性奖励30万元', '30万元', 30, null, '万元', null, A, UN, null, LA],
        ['实际发生额的10%', '10%', 10, null, '%', null, S, UN, null, SA],
        ['每年最高500万元', '500万元', 500, null, '万元', '最高', A, FY, null, LA],
        // 第二
        ['10个左右', '10个', 10, null, '个', '左右', T, MY, null, LT],
        ['国家级创新平台8个', '8个', 8, null, '个', null, T, MY, null, LT],
        ['给予1000万元支持', '1000万元', 1000, null, '万元', null, A, UN, null, LA],
        ['设备投入的30%', '30%', 30, null, '%', null, S, UN, null, SA],
        ['最高不超过2000万元', '2000万元', 2000, null, '万元', '最高不超过', A, UN, null, LA],
        // 第三
        ['高层次人才1260人', '1260人', 1260, null, '人', null, A, FY, null, LA],
        ['顶尖人才团队11个', '11个', 11, null, '个', null, A, FY, null, LA],
        ['青年科技人才10万名', '10万名', 10, null, '万名', null, T, MY, null, LT],
        ['博士后研究人员300人以上', '300人', 300, null, '人', '以上', T, FY, null, LT],
        ['最高给予1亿元', '1亿元', 1, null, '亿元', '最高', A, UN, null, LA],
        ['最高50万元', '50万元', 50, null, '万元', '最高', A, UN, null, LA],
        // closing
        ['权重不低于8%', '8%', 8, null, '%', '不低于', S, UN, null, SA],
      ],
    },
  ],

  // (2) 科技信息参考 of 株洲市科学技术信息研究所: masthead, 目录 with page numbers after spaces, three
  // articles (a county-level city with （1）…（4）, a province with 【…】 sub-headings, a city with none).
  'zhuzhou-kejixinxi-2025-03.txt': [
    {
      title: '醴陵市以“陶瓷+”为牵引打造县域创新高地',
      regionCode: '430281',
      regionName: '醴陵市',
      measures: ['（1）支持企业', '（2）推动陶瓷', '（3）加强产学研', '（4）强化科技'],
      figures: [
        ['高新技术企业213家', '213家', 213, null, '家', null, A, PT, 'high_tech_enterprises', LA],
        ['占比超过四成', '四成', 4, null, '成', '超过', S, PT, null, SA],
        ['达到14.6亿元', '14.6亿元', 14.6, null, '亿元', null, A, FY, 'rd_expenditure', LA],
        ['同比增长12.8%', '12.8%', 12.8, null, '%', null, G, FY, 'rd_expenditure', RA],
        ['研发投入强度2.31%', '2.31%', 2.31, null, '%', null, S, FY, 'rd_intensity', SA],
        // 新增 (1-2月, year to date) → new_national_tech_smes, not the tech_smes stock
        ['科技型中小企业37家', '37家', 37, null, '家', null, A, YTD, 'new_national_tech_smes', LA],
        // （1）
        ['给予200万元', '200万元', 200, null, '万元', null, A, UN, null, LA],
        ['给予50万元', '50万元', 50, null, '万元', null, A, UN, null, LA],
        ['覆盖率达到50%', '50%', 50, null, '%', null, T, DL, null, ST],
        // （2）
        ['约1.2万平方米', '1.2万平方米', 1.2, null, '万平方米', '约', A, UN, null, LA],
        ['60余台（套）', '60余台（套）', 60, null, '台（套）', '余', A, UN, null, LA],
        ['服务金额的20%', '20%', 20, null, '%', null, S, UN, null, SA],
        // （3）
        ['联合实验室3家', '3家', 3, null, '家', null, T, UN, null, LT],
        ['不少于10项', '10项', 10, null, '项', '不少于', T, FY, null, LT],
        ['最高资助300万元', '300万元', 300, null, '万元', '最高', A, UN, null, LA],
        // （4）
        ['总规模5亿元', '5亿元', 5, null, '亿元', null, A, UN, null, LA],
        ['出资1.5亿元', '1.5亿元', 1.5, null, '亿元', null, A, UN, null, LA],
        ['利率的50%', '50%', 50, null, '%', null, S, UN, null, SA],
        ['不超过30万元', '30万元', 30, null, '万元', '不超过', A, FY, null, LA],
        // closing paragraph
        ['已有16家', '16家', 16, null, '家', null, A, PT, null, LA],
        ['研发投入2亿元以上', '2亿元', 2, null, '亿元', '以上', A, UN, null, LE],
      ],
    },
    {
      title: '贵州省出台措施加快推进算力产业科技创新',
      regionCode: '520000',
      regionName: '贵州省',
      measures: ['【强化关键技术攻关】', '【建设高水平创新平台】', '【推动场景开放应用】', '【引育高端科技人才】'],
      figures: [
        ['超过120 EFLOPS', '120 EFLOPS', 120, null, 'EFLOPS', '超过', T, DL, null, LT],
        ['智能算力占比达到80%以上', '80%', 80, null, '%', '以上', T, DL, null, ST],
        ['科技型企业500家以上', '500家', 500, null, '家', '以上', T, DL, null, LT],
        ['达到48个', '48个', 48, null, '个', null, A, PT, null, LA],
        ['超过30万架', '30万架', 30, null, '万架', '超过', A, PT, null, LA],
        ['最高1000万元', '1000万元', 1000, null, '万元', '最高', A, UN, null, LA],
        ['到位经费的20%', '20%', 20, null, '%', null, S, UN, null, SA],
        ['给予500万元', '500万元', 500, null, '万元', null, A, UN, null, LA],
        ['平台达到30个', '30个', 30, null, '个', null, T, DL, null, LT],
        ['不少于100个', '100个', 100, null, '个', '不少于', T, FY, null, LT],
        ['服务费用的30%', '30%', 30, null, '%', null, S, UN, null, SA],
        ['每年不超过200万元', '200万元', 200, null, '万元', '不超过', A, FY, null, LA],
        ['最高300万元', '300万元', 300, null, '万元', '最高', A, UN, null, LA],
        ['高层次人才820名', '820名', 820, null, '名', null, A, FY, null, LA],
        ['同比增长15.5%', '15.5%', 15.5, null, '%', null, G, FY, null, RA],
      ],
    },
    {
      title: '宝鸡市钛产业创新联合体建设取得新进展',
      regionCode: '610300',
      regionName: '宝鸡市',
      measures: [],
      figures: [
        ['立项17项', '17项', 17, null, '项', null, A, MY, null, LA],
        ['研发投入3.8亿元', '3.8亿元', 3.8, null, '亿元', null, A, MY, null, LA],
        ['成员单位42家', '42家', 42, null, '家', null, A, PT, null, LA],
        ['科研院所9家', '9家', 9, null, '家', null, A, PT, null, LA],
        ['产值718亿元', '718亿元', 718, null, '亿元', null, A, FY, null, LA],
        ['同比增长9.6%', '9.6%', 9.6, null, '%', null, G, FY, null, RA],
        ['比重为14.2%', '14.2%', 14.2, null, '%', null, S, FY, null, SA],
        ['约占全国的六成', '六成', 6, null, '成', '约', S, FY, null, SA],
        // 钛产业 high-tech enterprises only (narrower than all) → null
        ['达到156家', '156家', 156, null, '家', null, A, PT, null, LA],
        ['增加21家', '21家', 21, null, '家', null, G, FY, null, CA],
        ['其中2项', '2项', 2, null, '项', null, A, MY, null, LA],
        ['扩容至60家', '60家', 60, null, '家', null, T, UN, null, LT],
        ['突破千亿元', '千亿元', 1000, null, '亿元', '突破', T, DL, null, LT],
      ],
    },
  ],

  // (3) English-and-Chinese news item from 铜陵狮子山高新区: headline, byline with 2025.4.8, an English
  // highlights line, Chinese body, a numbered policy list (1.–4.) = the measures.
  'shizishan-gxq-q1-2025.txt': [
    {
      title: '狮子山高新区一季度创新“成绩单”：R&D投入增长18.2%，首家科创板IPO落地',
      regionCode: '340700-szs-gxq',
      regionName: '铜陵狮子山高新技术产业开发区',
      measures: ['1. 对首次认定', '2. 对年度', '3. 对在境内外', '4. 设立规模'],
      figures: [
        // English highlights (Q1). Issue 9: the Chinese body states the same four facts again (same value,
        // subject and period), and the headline states the first one: one figure each, with those mentions.
        // English repeat of the 规上工业企业R&D growth below → rd_expenditure_industrial_enterprises_above_scale
        [
          'spending +18.2% y/y',
          '+18.2%',
          18.2,
          null,
          '%',
          null,
          G,
          YTD,
          'rd_expenditure_industrial_enterprises_above_scale',
          {
            ...RA,
            also: [
              ['同比增长18.2%', '18.2%'],
              ['投入增长18.2%，', '18.2%'],
            ],
          },
        ],
        // Gold guideline rule (2): GDP growth is real (comparable prices); `gdp` is nominal.
        ['GDP +7.4%', '+7.4%', 7.4, null, '%', null, G, YTD, null, { ...RA, also: [['同比增长7.4%', '7.4%']] }],
        ['FDI up 36.0%', '36.0%', 36, null, '%', null, G, YTD, null, { ...RA, also: ['同比增长36.0%'] }],
        ['exports down 4.2%', '4.2%', -4.2, null, '%', null, G, YTD, null, { ...RA, also: ['同比下降4.2%'] }],
        // 1-3月
        // 区内规上工业企业R&D经费 → the 规上 indicator, not rd_expenditure
        [
          '经费投入4.37亿元',
          '4.37亿元',
          4.37,
          null,
          '亿元',
          null,
          A,
          YTD,
          'rd_expenditure_industrial_enterprises_above_scale',
          LA,
        ],
        ['GDP 96.5亿元', '96.5亿元', 96.5, null, '亿元', null, A, YTD, 'gdp', LA],
        ['外资2860万美元', '2860万美元', 2860, null, '万美元', null, A, YTD, null, LA],
        ['出口总额1.92亿美元', '1.92亿美元', 1.92, null, '亿美元', null, A, YTD, null, LA],
        // AI与5G
        ['新建5G基站146个', '146个', 146, null, '个', null, A, YTD, null, LA],
        ['5G基站1126个', '1126个', 1126, null, '个', null, A, PT, null, LA],
        ['工厂达到8家', '8家', 8, null, '家', null, A, PT, null, LA],
        ['已有23家', '23家', 23, null, '家', null, A, PT, null, LA],
        ['其中4家', '4家', 4, null, '家', null, A, PT, null, LA],
        ['总投资1.2亿欧元', '1.2亿欧元', 1.2, null, '亿欧元', null, A, UN, null, LA],
        ['出资占比40%', '40%', 40, null, '%', null, S, UN, null, SA],
        // 资本市场
        ['募集资金12.6亿元', '12.6亿元', 12.6, null, '亿元', null, A, UN, null, LA],
        ['市值达到186亿元', '186亿元', 186, null, '亿元', null, A, UN, null, LA],
        ['上市企业7家', '7家', 7, null, '家', null, A, PT, 'listed_companies', LA],
        ['备案企业5家', '5家', 5, null, '家', null, A, PT, null, LA],
        // policy list
        ['给予20万元', '20万元', 20, null, '万元', null, A, UN, null, LA],
        ['给予10万元', '10万元', 10, null, '万元', null, A, UN, null, LA],
        ['超过1000万元', '1000万元', 1000, null, '万元', '超过', A, FY, null, LA],
        ['新增投入的15%', '15%', 15, null, '%', null, S, UN, null, SA],
        ['最高200万元', '200万元', 200, null, '万元', '最高', A, UN, null, LA],
        ['最高500万元', '500万元', 500, null, '万元', '最高', A, UN, null, LA],
        ['规模10亿元', '10亿元', 10, null, '亿元', null, A, UN, null, LA],
        ['首期到位3亿元', '3亿元', 3, null, '亿元', null, A, UN, null, LA],
        // closing targets
        ['突破200家', '200家', 200, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
        // R&D growth goal of the zone: side unclear (only 规上 R&D is reported) → null
        ['增长15%以上', '15%', 15, null, '%', '以上', T, FY, null, RT],
      ],
    },
  ],

  // (4) 科技统计快报: numbered statistical sections 一、…八、, figures only, no measures.
  'xiangyang-kejitongji-2024.txt': [
    {
      title: '襄阳市2024年科技统计快报',
      regionCode: '420600',
      regionName: '襄阳市',
      measures: [],
      figures: [
        // 一、R&D
        ['经费投入158.3亿元', '158.3亿元', 158.3, null, '亿元', null, A, FY, 'rd_expenditure', LA],
        ['同比增长6.1%', '6.1%', 6.1, null, '%', null, G, FY, 'rd_expenditure', RA],
        // change of the growth rate, not of R&D itself → null
        ['回落3.4个百分点', '3.4个百分点', -3.4, null, '个百分点', null, G, FY, null, CA],
        ['强度为2.62%', '2.62%', 2.62, null, '%', null, S, FY, 'rd_intensity', SA],
        // percentage-point change of the intensity itself = its growth → rd_intensity
        // Gold guideline rule (1): a change in percentage points is not the share's indicator.
        ['提高0.05个百分点', '0.05个百分点', 0.05, null, '个百分点', null, G, FY, null, CA],
        // 企业 R&D: neither 全社会 nor 规上工业 → null
        ['经费投入139.7亿元', '139.7亿元', 139.7, null, '亿元', null, A, FY, null, LA],
        ['占全市的88.3%', '88.3%', 88.3, null, '%', null, S, FY, null, SA],
        // 二、高新技术企业
        ['高新技术企业1862家', '1862家', 1862, null, '家', null, A, PT, 'high_tech_enterprises', LA],
        ['净增97家', '97家', 97, null, '家', null, G, FY, 'new_national_high_tech_enterprises_added', CA],
        // 97/1765 ≈ 5.5%: growth of the 1862家 stock → high_tech_enterprises
        ['增长5.5%', '5.5%', 5.5, null, '%', null, G, FY, 'high_tech_enterprises', RA],
        ['同比增长8.9%', '8.9%', 8.9, null, '%', null, G, FY, null, RA],
        ['回落1.2个百分点', '1.2个百分点', -1.2, null, '个百分点', null, G, FY, null, CA],
        // high-tech value added ÷ GDP, not ÷ 规上工业增加值 → null
        ['比重为24.7%', '24.7%', 24.7, null, '%', null, S, FY, null, SA],
        // 三、技术合同
        ['技术合同4215项', '4215项', 4215, null, '项', null, A, FY, 'tech_contracts', LA],
        ['同比下降7.3%', '7.3%', -7.3, null, '%', null, G, FY, 'tech_contracts', RA],
        ['成交额236.4亿元', '236.4亿元', 236.4, null, '亿元', null, A, FY, 'tech_contract_turnover', LA],
        ['同比增长11.2%', '11.2%', 11.2, null, '%', null, G, FY, 'tech_contract_turnover', RA],
        ['单月成交额38.6亿元', '38.6亿元', 38.6, null, '亿元', null, A, UN, null, LA],
        ['环比增长52.4%', '52.4%', 52.4, null, '%', null, G, UN, null, RA],
        // 四、科技型中小企业
        ['科技型中小企业3106家', '3106家', 3106, null, '家', null, A, FY, 'tech_smes', LA],
        ['同比增长-2.1%', '-2.1%', -2.1, null, '%', null, G, FY, 'tech_smes', RA],
        // 首次入库 = newly entered the national register this year → new_national_tech_smes
        ['企业1208家', '1208家', 1208, null, '家', null, A, FY, 'new_national_tech_smes', LA],
        ['占38.9%', '38.9%', 38.9, null, '%', null, S, FY, null, SA],
        // 五、专利
        ['授权量2688件', '2688件', 2688, null, '件', null, A, FY, 'invention_patents_granted', LA],
        ['同比下降12.6%', '12.6%', -12.6, null, '%', null, G, FY, 'invention_patents_granted', RA],
        ['拥有量6.8件', '6.8件', 6.8, null, '件', null, A, PT, 'high_value_invention_patents_per_10k', LA],
        ['增加0.9件', '0.9件', 0.9, null, '件', null, G, FY, null, CA],
        // 六、平台
        // 累计建成省级以上科技创新平台 (a stock, all kinds) → provincial_and_above_innovation_platforms
        ['科技创新平台512个', '512个', 512, null, '个', null, A, PT, 'provincial_and_above_innovation_platforms', LA],
        ['国家级23个', '23个', 23, null, '个', null, A, PT, null, LA],
        ['重点实验室4家', '4家', 4, null, '家', null, A, FY, null, LA],
        ['少3家', '3家', -3, null, '家', null, G, FY, null, CA],
        // 七、财政科技支出
        ['科技支出29.7亿元', '29.7亿元', 29.7, null, '亿元', null, A, FY, 'fiscal_sci_tech_expenditure', LA],
        ['同比下降4.8%', '4.8%', -4.8, null, '%', null, G, FY, 'fiscal_sci_tech_expenditure', RA],
        ['比重为3.1%', '3.1%', 3.1, null, '%', null, S, FY, null, SA],
        ['下降0.4个百分点', '0.4个百分点', -0.4, null, '个百分点', null, G, FY, null, CA],
        // 八、科技金融
        // loan balance (stock); tech_loans is the 发放额 flow → null
        ['贷款余额412.6亿元', '412.6亿元', 412.6, null, '亿元', null, A, PT, null, LA],
        ['增加38.5亿元', '38.5亿元', 38.5, null, '亿元', null, G, FY, null, CA],
        ['环比下降1.6%', '1.6%', -1.6, null, '%', null, G, UN, null, RA],
      ],
    },
  ],
};

const set = labelSet(import.meta.url, HELDOUT6_TEXTS);
export const HELDOUT6_TEXT_DIR = set.textDir;
export const HELDOUT6_GOLD_DIR = set.goldDir;
export const decodeHeldout6 = set.decode;
export const buildGold = set.buildGold;
export const goldPath = set.goldPath;

set.runAsScript();
