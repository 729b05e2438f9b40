/**
 * Labelling helper for the THIRD held-out gold standard (conventions: ../gold/README.md; labelling
 * calls: README.md here). The DECISIONS below were made by reading texts/, never by running or
 * reading the extractor; this script only turns them into UTF-16 offsets into the decoded text
 * (UTF-8, BOM removed — as ../eval/gold.ts loadSeedText decodes) and checks every span.
 *
 *   npx tsx packages/ingest/test/heldout3/label.ts          # regenerate gold/*.gold.json
 *   npx tsx packages/ingest/test/heldout3/label.ts --check  # verify the files are up to date
 *
 * Article: title as written in the body heading; the heading line is the title alone, optionally
 * after `### ` / `**` markers or whitespace (TOC lines carry dotted leaders and a page number, so
 * they never match).
 * Measure: first characters of the measure (marker or sub-heading text, after `**`), unique in its article.
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

export const HELDOUT3_TEXTS: Record<string, ArticleSpec[]> = {
  // (1) city 科技局 monthly 科技工作动态, issue of 2025-05-26: masthead “2025年第5期（总第142期）”, 目  录 with
  // dotted leaders and page numbers, three articles about other places; （一） inline measures, bold-free
  // stand-alone sub-heading lines, （一） stand-alone heading lines; “（…供稿）” and a 报/送/共印 footer.
  'mianyang-gongzuodongtai-2025-05.txt': [
    {
      title: '合肥高新区全链条布局量子信息产业',
      regionCode: '340100-nbs76',
      regionName: '合肥高新技术产业开发区',
      measures: ['（一）建强', '（二）设立', '（三）强化'],
      figures: [
        ['企业72家', '72家', 72, null, '家', null, A, PT, null, LA],
        ['企业的四分之一', '四分之一', 1 / 4, null, null, '约', S, PT, null, SA],
        ['19.6亿元', '19.6亿元', 19.6, null, '亿元', null, A, YTD, null, LA],
        ['31.2%', '31.2%', 31.2, null, '%', null, G, YTD, null, RA],
        ['平台5个', '5个', 5, null, '个', null, A, PT, null, LA],
        ['230余台（套）', '230余台（套）', 230, null, '台（套）', '余', A, PT, null, LA],
        ['1460家次', '1460家次', 1460, null, '家次', null, A, YTD, null, LA],
        // attribute of one object (the fund's 总规模) → unknown
        ['总规模30亿元', '30亿元', 30, null, '亿元', null, A, UN, null, LA],
        ['项目14个', '14个', 14, null, '个', null, A, PT, null, LA],
        ['8.7亿元', '8.7亿元', 8.7, null, '亿元', null, A, PT, null, LA],
        ['超过20亿元', '20亿元', 20, null, '亿元', '超过', A, PT, null, LA],
        // （三） has no period in sentence or paragraph: intro framing 今年以来 → year_to_date
        ['清单两批', '两批', 2, null, '批', null, A, YTD, null, LA],
        ['共38项', '38项', 38, null, '项', null, A, YTD, null, LA],
        ['金额的30%', '30%', 30, null, '%', null, S, YTD, null, SA],
        ['最高500万元', '500万元', 500, null, '万元', '最高', A, YTD, null, LA],
      ],
    },
    {
      title: '西安市深化成果转化改革推动秦创原建设提速',
      regionCode: '610100',
      regionName: '西安市',
      measures: ['推进职务科技成果改革', '壮大“科学家+工程师”队伍', '做优技术经理人服务'],
      figures: [
        ['4257.3亿元', '4257.3亿元', 4257.3, null, '亿元', null, A, FY, 'tech_contract_turnover', LA],
        ['22.6%', '22.6%', 22.6, null, '%', null, G, FY, 'tech_contract_turnover', RA],
        // 今年一季度: a flow from 1 January → year_to_date
        // 新增入库科技型中小企业 (no register named → national): 新增 → new_* indicator, not tech_smes
        ['2361家', '2361家', 2361, null, '家', null, A, YTD, 'new_national_tech_smes', LA],
        // 自2021年启动改革以来 → multi_year
        ['34所', '34所', 34, null, '所', null, A, MY, null, LA],
        ['1280项', '1280项', 1280, null, '项', null, A, MY, null, LA],
        ['占41%', '41%', 41, null, '%', null, S, MY, null, SA],
        ['156支', '156支', 156, null, '支', null, A, YTD, null, LA],
        ['3100余名', '3100余名', 3100, null, '名', '余', A, YTD, null, LA],
        // own sentence has no period: nearest earlier in the paragraph is 今年1—4月
        ['最高100万元', '100万元', 100, null, '万元', '最高', A, YTD, null, LA],
        ['2650人', '2650人', 2650, null, '人', null, A, PT, null, LA],
        // 技术经理人促成的技术交易额: a subset of the city's turnover, not tech_contract_turnover
        ['56.8亿元', '56.8亿元', 56.8, null, '亿元', null, A, YTD, null, LA],
        ['9.7%', '9.7%', 9.7, null, '%', null, S, YTD, null, SA],
      ],
    },
    {
      title: '郫都区探索“中试+孵化”成果转化新路径',
      regionCode: '510117',
      regionName: '郫都区',
      measures: ['（一）搭建', '（二）完善', '（三）强化'],
      figures: [
        ['突破45亿元', '45亿元', 45, null, '亿元', '突破', A, FY, 'tech_contract_turnover', LA],
        ['企业118家', '118家', 118, null, '家', null, A, FY, 'new_high_tech_enterprises_recognized', LA],
        ['平台6个', '6个', 6, null, '个', null, A, PT, null, LA],
        ['21条', '21条', 21, null, '条', null, A, PT, null, LA],
        ['93项', '93项', 93, null, '项', null, A, YTD, null, LA],
        ['2680万元', '2680万元', 2680, null, '万元', null, A, YTD, null, LA],
        // first sentence of its paragraph, no period: intro framing 近年来 → multi_year
        ['奖励200万元', '200万元', 200, null, '万元', null, A, MY, null, LA],
        // 各类孵化载体 (孵化器 + 众创空间 + …) is wider than incubators
        ['载体37家', '37家', 37, null, '家', null, A, PT, null, LA],
        ['1100余家', '1100余家', 1100, null, '家', '余', A, PT, null, LA],
        ['已有9家', '9家', 9, null, '家', null, A, PT, null, LA],
        ['规模2亿元', '2亿元', 2, null, '亿元', null, A, UN, null, LA],
        ['为86家', '86家', 86, null, '家', null, A, YTD, null, LA],
        // loans through one product (“科创贷”), not the district's tech_loans
        ['4.3亿元', '4.3亿元', 4.3, null, '亿元', null, A, YTD, null, LA],
        // not figures: （共印40份） in the distribution footer
      ],
    },
  ],
  // (2) 新华网-style county news, “2025-06-12 16:08:41　来源：新华网”, dateline “新华社合肥6月12日电（记者…）”,
  // paragraphs indented with U+3000, no numbering or lead sentences (no measures), “（完）” and 【责任编辑】.
  'changfeng-xinhua-2025-06.txt': [
    {
      title: '安徽长丰：“草莓之乡”跑出科技创新加速度',
      regionCode: '340121',
      regionName: '长丰县',
      measures: [],
      figures: [
        // in a quote, no period anywhere before it, the lead paragraph has no framing → unknown
        ['近8个百分点', '8个百分点', 8, null, '个百分点', '近', G, UN, null, CA],
        ['412家', '412家', 412, null, '家', null, A, PT, 'high_tech_enterprises', LA],
        ['682家', '682家', 682, null, '家', null, A, PT, 'tech_smes', LA],
        ['97家', '97家', 97, null, '家', null, A, FY, 'new_high_tech_enterprises_recognized', LA],
        // an absolute increment in the figure's own unit is actual, not growth (README)
        // change in the number of new recognitions (97 vs 68), not a level of any indicator
        ['增加29家', '29家', 29, null, '家', null, G, FY, null, CA],
        [
          '9.86亿元',
          '9.86亿元',
          9.86,
          null,
          '亿元',
          null,
          A,
          YTD,
          'rd_expenditure_industrial_enterprises_above_scale',
          LA,
        ],
        ['16.4%', '16.4%', 16.4, null, '%', null, G, YTD, 'rd_expenditure_industrial_enterprises_above_scale', RA],
        ['58.3%', '58.3%', 58.3, null, '%', null, S, YTD, 'high_tech_industry_value_added_share', SA],
        // Gold guideline rule (1): a change in percentage points is not the share's indicator.
        ['2.1个百分点', '2.1个百分点', 2.1, null, '个百分点', null, G, YTD, null, CA],
        ['21.7亿元', '21.7亿元', 21.7, null, '亿元', null, A, YTD, 'tech_contract_absorbed_turnover', LA],
        ['4.6%', '4.6%', 4.6, null, '%', null, S, YTD, null, SA],
        // 科技专项资金 is one earmarked fund, narrower than fiscal_sci_tech_budget
        ['不少于1.2亿元', '1.2亿元', 1.2, null, '亿元', '不少于', A, FY, null, LA],
        ['3.12%', '3.12%', 3.12, null, '%', null, S, FY, 'rd_intensity', SA],
        // Gold guideline rule (1): a change in percentage points is not the share's indicator.
        ['0.27个百分点', '0.27个百分点', 0.27, null, '个百分点', null, G, FY, null, CA],
        ['约20万亩', '20万亩', 20, null, '万亩', '约', A, PT, null, LA],
        ['120余场次', '120余场次', 120, null, '场次', '余', A, YTD, null, LA],
        ['32.6万人次', '32.6万人次', 32.6, null, '万人次', null, A, YTD, null, LA],
        ['48.5亿元', '48.5亿元', 48.5, null, '亿元', null, A, YTD, null, LA],
        ['9.2%', '9.2%', 9.2, null, '%', null, G, YTD, null, RA],
        ['1.8万元', '1.8万元', 1.8, null, '万元', null, A, FY, null, LA],
        ['突破600家', '600家', 600, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
        // a target that is a share keeps share (growth > share > target); 到2027年 → deadline
        ['在3%以上', '3%', 3, null, '%', '以上', T, DL, 'rd_intensity', ST],
      ],
    },
  ],
  // (3) provincial 若干措施 excerpt, “发布日期：2025-03-18”; goals paragraph before the clauses, then
  // 第一条…第七条 with a U+3000 after the marker; closing paragraph (施行日期) without a marker.
  'sichuan-ruoganzuoshi-2025.txt': [
    {
      title: '四川省推动科技成果转化和科技型企业培育若干措施（摘编）',
      regionCode: '510000',
      regionName: '四川省',
      measures: ['第一条', '第二条', '第三条', '第四条', '第五条', '第六条', '第七条'],
      figures: [
        // intro goals, one sentence under 到2026年底 → deadline (年均增长 included, as in heldout2)
        ['达到3000亿元', '3000亿元', 3000, null, '亿元', null, T, DL, 'tech_contract_turnover', LT],
        ['年均增长12%', '12%', 12, null, '%', '以上', T, DL, 'tech_contract_turnover', RT],
        // “数量累计达到2万家”: the stock the province reaches by 2026, not a sum of new recognitions
        ['达到2万家', '2万家', 2, null, '万家', null, T, DL, 'high_tech_enterprises', LT],
        ['不低于3.5万家', '3.5万家', 3.5, null, '万家', '不低于', T, DL, 'tech_smes', LT],
        ['最高100万元', '100万元', 100, null, '万元', '最高', A, FY, null, LA],
        ['达到150家', '150家', 150, null, '家', null, T, DL, null, LT],
        // policy parameters without a period; the intro has no 今年以来/近年来 framing → unknown
        ['不低于70%', '70%', 70, null, '%', '不低于', S, UN, null, SA],
        ['费用的30%', '30%', 30, null, '%', null, S, UN, null, SA],
        ['最高1000万元', '1000万元', 1000, null, '万元', '最高', A, UN, null, LA],
        ['平台100个', '100个', 100, null, '个', '以上', T, DL, null, LT],
        ['奖励20万元', '20万元', 20, null, '万元', null, A, UN, null, LA],
        // 每年遴选…: a plan quantity of the measures → target; 每年 → full_year for the sentence
        ['100家左右', '100家', 100, null, '家', '左右', T, FY, null, LT],
        ['最高300万元', '300万元', 300, null, '万元', '最高', A, FY, null, LA],
        // fund size and fund split → unknown
        // issue 9: a fund to be enlarged in a policy document is a planned level (as held-out 5's 扩大…至20亿元)
        ['扩大到100亿元', '100亿元', 100, null, '亿元', null, T, UN, null, LT],
        ['规模的30%', '30%', 30, null, '%', '不超过', S, UN, null, SA],
        // 年均增长 in its own sentence, no deadline ≈ 每年 → full_year
        // 贷款余额 is a stock; tech_loans is the amount issued (flow)
        ['增长15%', '15%', 15, null, '%', '以上', T, FY, null, RT],
        ['2000万元', '2000万元', 2000, null, '万元', null, A, FY, null, LA],
        ['最高1亿元', '1亿元', 1, null, '亿元', '最高', A, UN, null, LA],
        ['补贴10万元', '10万元', 10, null, '万元', null, A, FY, null, LA],
        // not figures: 连续3年, 有效期3年 (durations), 2025-03-18, 2025年4月1日
      ],
    },
  ],
  // (4) scanned-PDF conversion, UTF-8 with BOM, LF: spaced masthead, “-” and “- 2 -” page-break lines, a
  // running header after the page break, a sentence cut across it, full-width digits (２１６家, ２４．１％,
  // １－３月), spaces inside numbers (3 200 家, 1 086家, 8 600余万元, 12. 5亿元), mixed ，/, ; issue of 2025-04-30.
  'pdf-wenzhou-jianxun-2025-04.txt': [
    {
      title: '瑞安市打出“组合拳”加快培育科技型企业',
      regionCode: '330381',
      regionName: '瑞安市',
      measures: ['1、建立', '2、深化', '3、强化'],
      figures: [
        // 新增科技型中小企业 (synonym of new_national_tech_smes; no 省 register named)
        ['２１６家', '２１６家', 216, null, '家', null, A, YTD, 'new_national_tech_smes', LA],
        ['２４．１％', '２４．１％', 24.1, null, '%', null, G, YTD, 'new_national_tech_smes', RA],
        // policy parameters, no period in sentence or earlier in the paragraph: intro 今年以来 → year_to_date
        ['最高３０万元', '３０万元', 30, null, '万元', '最高', A, YTD, null, LA],
        ['给予10万元', '10万元', 10, null, '万元', null, A, YTD, null, LA],
        ['3 200 家', '3 200 家', 3200, null, '家', null, A, PT, null, LA],
        // “培育库入库企业…其中有效高新技术企业”: members of one programme's library, not clearly the city total
        ['1 086家', '1 086家', 1086, null, '家', null, A, PT, null, LA],
        ['研究院4家', '4家', 4, null, '家', null, A, PT, null, LA],
        ['186项', '186项', 186, null, '项', null, A, YTD, null, LA],
        ['62项', '62项', 62, null, '项', null, A, YTD, null, LA],
        ['１．３５亿元', '１．３５亿元', 1.35, null, '亿元', null, A, YTD, null, LA],
        // after the page break, same sentence (今年以来) as the three figures above
        ['8 600余万元', '8 600余万元', 8600, null, '万元', '余', A, YTD, null, LA],
        ['联合6家', '6家', 6, null, '家', null, A, YTD, null, LA],
        // loans through one product (“瑞科贷”)
        ['12. 5亿元', '12. 5亿元', 12.5, null, '亿元', null, A, YTD, null, LA],
        ['30.2%', '30.2%', 30.2, null, '%', null, G, YTD, null, RA],
        ['３１２家', '３１２家', 312, null, '家', null, A, YTD, null, LA],
      ],
    },
    {
      title: '昆山市推进规上工业企业研发机构全覆盖',
      regionCode: '320583',
      regionName: '昆山市',
      measures: ['（1）分类', '（2）强化', '（3）推动'],
      figures: [
        ['78.6%', '78.6%', 78.6, null, '%', null, S, FY, null, SA],
        // 研发投入占营业收入比重 of 规上工业企业, not rd_intensity (÷ GDP)
        ['2.3%', '2.3%', 2.3, null, '%', null, S, FY, null, SA],
        // 截至去年底 / 建成 → stock
        // 省级以上企业研发机构: narrower than rd_institutions, organisations not provincial_and_above_rd_platforms
        ['1 215家', '1 215家', 1215, null, '家', null, A, PT, null, LA],
        ['中心19家', '19家', 19, null, '家', null, A, PT, null, LA],
        // 每年 in the sentence covers both figures
        ['不少于8000万元', '8000万元', 8000, null, '万元', '不少于', A, FY, null, LA],
        ['给予50万元', '50万元', 50, null, '万元', null, A, FY, null, LA],
        ['机构87家', '87家', 87, null, '家', null, A, FY, null, LA],
        ['31.5%', '31.5%', 31.5, null, '%', null, S, FY, null, SA],
      ],
    },
  ],
};

const set = labelSet(import.meta.url, HELDOUT3_TEXTS);
export const HELDOUT3_TEXT_DIR = set.textDir;
export const HELDOUT3_GOLD_DIR = set.goldDir;
export const decodeHeldout3 = set.decode;
export const buildGold = set.buildGold;
export const goldPath = set.goldPath;

set.runAsScript();
