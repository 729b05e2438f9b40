/**
 * Labelling helper for the SEVENTH held-out gold standard (conventions: ../gold/README.md and
 * docs/decisions/010; labelling calls: README.md here). The DECISIONS below were made by reading
 * texts/, never by running or reading the extractor; this script only turns them into UTF-16 offsets
 * into the decoded text (UTF-8 with the BOM removed) and checks every span.
 *
 *   npx tsx packages/ingest/test/heldout7/label.ts          # regenerate gold/*.gold.json
 *   npx tsx packages/ingest/test/heldout7/label.ts --check  # verify the files are up to date
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
  LT,
  labelSet,
  MY,
  PT,
  RA,
  S,
  SA,
  ST,
  T,
  UN,
  YTD,
} from '../eval/held-out-labels';

export const HELDOUT7_TEXTS: Record<string, ArticleSpec[]> = {
  // 人民日报-style feature on one county; bold 小标题 lines are the sections (measures).
  'shouguang-renminribao-2025-05.txt': [
    {
      title: '种业“芯”片在大棚里长出来',
      regionCode: '370783',
      regionName: '寿光市',
      measures: ['从“洋种子”到“寿光种”', '把实验室建到大棚边', '让农民用得起好品种'],
      figures: [
        // intro
        ['现有设施蔬菜面积60万亩', '60万亩', 60, null, '万亩', null, A, PT, null, LA],
        ['品种达到186个', '186个', 186, null, '个', null, A, PT, null, LA],
        ['占有率提高到72%', '72%', 72, null, '%', null, S, PT, null, SA],
        // 从“洋种子”到“寿光种”
        ['等12类蔬菜', '12类', 12, null, '类', null, A, PT, null, LA],
        ['种质资源2.3万份', '2.3万份', 2.3, null, '万份', null, A, PT, null, LA],
        ['推广面积超过5万亩', '5万亩', 5, null, '万亩', '超过', A, FY, null, LA],
        ['增收1.2亿元', '1.2亿元', 1.2, null, '亿元', null, A, FY, null, LA],
        ['等12家科研院所', '12家', 12, null, '家', null, A, MY, null, LA],
        // 把实验室建到大棚边
        ['在15个镇街', '15个', 15, null, '个', null, A, PT, null, LA],
        ['田间实验站43处', '43处', 43, null, '处', null, A, PT, null, LA],
        ['吸引126名科研人员', '126名', 126, null, '名', null, A, PT, null, LA],
        ['每年安排3000万元', '3000万元', 3000, null, '万元', null, A, FY, null, LA],
        ['给予最高500万元奖励', '500万元', 500, null, '万元', '最高', A, UN, null, LA],
        ['上级支持资金的50%', '50%', 50, null, '%', null, S, UN, null, SA],
        // 让农民用得起好品种
        ['组织86名农业专家', '86名', 86, null, '名', null, A, YTD, null, LA],
        ['开展田间培训320场次', '320场次', 320, null, '场次', null, A, YTD, null, LA],
        ['培训农民1.5万人次', '1.5万人次', 1.5, null, '万人次', null, A, YTD, null, LA],
        ['贷款利息的50%', '50%', 50, null, '%', null, S, UN, null, SA],
        ['单户贴息最高2万元', '2万元', 2, null, '万元', '最高', A, UN, null, LA],
        ['年繁育能力达到18亿株', '18亿株', 18, null, '亿株', null, A, PT, null, LA],
        ['种植面积超过100万亩', '100万亩', 100, null, '万亩', '超过', A, PT, null, LA],
        ['市场占有率达到80%以上', '80%', 80, null, '%', '以上', T, DL, null, ST],
      ],
    },
  ],

  // 区科技局 monthly 工作简报: one article (masthead); each 【date】/【place】 item is a measure.
  'yanta-kejijianbao-2025-05.txt': [
    {
      title: '雁塔区科技工作简报',
      regionCode: '610113',
      regionName: '雁塔区',
      measures: [
        '【5月6日】',
        '【小寨路街道】',
        '【5月15日】',
        '【电子城街道】',
        '【5月20日】',
        '【5月下旬】',
        '【大雁塔街道】',
      ],
      figures: [
        // 【5月6日】
        // 1-4月新增入库 → new_national_tech_smes (YTD)
        ['科技型中小企业318家', '318家', 318, null, '家', null, A, YTD, 'new_national_tech_smes', LA],
        ['同比增长21.4%', '21.4%', 21.4, null, '%', null, G, YTD, 'new_national_tech_smes', RA],
        ['达到1462家', '1462家', 1462, null, '家', null, A, PT, 'high_tech_enterprises', LA],
        // goal for the year's 新增 → the new_* indicator fits
        [
          '新增高新技术企业260家',
          '260家',
          260,
          null,
          '家',
          null,
          T,
          DL,
          'new_national_high_tech_enterprises_added',
          LT,
        ],
        // 【小寨路街道】
        ['技术需求46项', '46项', 46, null, '项', null, A, UN, null, LA],
        ['合作意向13项', '13项', 13, null, '项', null, A, UN, null, LA],
        ['意向金额2800余万元', '2800余万元', 2800, null, '万元', '余', A, UN, null, LA],
        // 【5月15日】
        ['申报项目152项', '152项', 152, null, '项', null, A, UN, null, LA],
        ['支持47项', '47项', 47, null, '项', null, A, UN, null, LA],
        ['科技经费1650万元', '1650万元', 1650, null, '万元', null, A, UN, null, LA],
        ['研发投入的20%', '20%', 20, null, '%', null, S, UN, null, SA],
        ['单个项目最高100万元', '100万元', 100, null, '万元', '最高', A, UN, null, LA],
        // 【电子城街道】
        // one street (电子城街道), and 孵化器+众创空间 combined → null
        ['众创空间21家', '21家', 21, null, '家', null, A, PT, null, LA],
        ['超过640家', '640家', 640, null, '家', '超过', A, PT, null, LA],
        ['国家级孵化器3家', '3家', 3, null, '家', null, A, PT, null, LA],
        // 【5月20日】
        // 一季度 registered contracts of 雁塔区: year-to-date part of the annual flow → tech_contracts
        ['技术合同2135项', '2135项', 2135, null, '项', null, A, YTD, 'tech_contracts', LA],
        ['成交额86.7亿元', '86.7亿元', 86.7, null, '亿元', null, A, YTD, 'tech_contract_turnover', LA],
        ['同比增长12.6%', '12.6%', 12.6, null, '%', null, G, YTD, 'tech_contract_turnover', RA],
        ['占全市的31.5%', '31.5%', 31.5, null, '%', null, S, YTD, null, SA],
        // 【5月下旬】
        ['技术交易额的10%', '10%', 10, null, '%', null, S, UN, null, SA],
        ['每年奖励最高50万元', '50万元', 50, null, '万元', '最高', A, FY, null, LA],
        ['一次性给予30万元', '30万元', 30, null, '万元', null, A, UN, null, LA],
        // 【大雁塔街道】
        ['科普讲座12场', '12场', 12, null, '场', null, A, UN, null, LA],
        ['科技展演6场', '6场', 6, null, '场', null, A, UN, null, LA],
        ['3000余人次', '3000余人次', 3000, null, '人次', '余', A, UN, null, LA],
      ],
    },
  ],

  // 高新区 annual 创新发展报告 summary: ■ section headings are the measures, ● bullets stay inside.
  'daqing-gxq-chuangxin-2024.txt': [
    {
      title: '大庆高新区2024年度创新发展报告（摘要）',
      regionCode: '230600-nbs71',
      regionName: '大庆高新技术产业开发区',
      measures: ['创新主体加速壮大', '研发投入持续加大', '创新平台提档升级', '成果转化提速增效', '2025年发展目标'],
      figures: [
        // intro: 2024年 opens a look-back paragraph and dates its own figures (full_year); it does not
        // reach past the paragraph (gold README, issue 9), so a bullet with no period of its own is unknown.
        ['地区生产总值628.5亿元', '628.5亿元', 628.5, null, '亿元', null, A, FY, 'gdp', LA],
        // Gold guideline rule (2): GDP growth is real (comparable prices); `gdp` is nominal.
        ['同比增长6.8%', '6.8%', 6.8, null, '%', null, G, FY, null, RA],
        ['增加值增长9.2%', '9.2%', 9.2, null, '%', null, G, FY, null, RA],
        // 创新主体加速壮大
        ['企业达到412家', '412家', 412, null, '家', null, A, PT, 'high_tech_enterprises', LA],
        ['全市总数的46%', '46%', 46, null, '%', null, S, PT, null, SA],
        ['全年净增58家', '58家', 58, null, '家', null, G, FY, 'new_national_high_tech_enterprises_added', CA],
        ['“小巨人”企业6家', '6家', 6, null, '家', null, A, UN, null, LA],
        ['累计达到19家', '19家', 19, null, '家', null, A, PT, 'national_little_giants', LA],
        // 新认定 = added in the year (guideline: 新认定 → new_*) → new_national_tech_smes
        ['科技型中小企业735家', '735家', 735, null, '家', null, A, FY, 'new_national_tech_smes', LA],
        ['同比增长18.1%', '18.1%', 18.1, null, '%', null, G, FY, 'new_national_tech_smes', RA],
        // 研发投入持续加大
        ['研发经费投入34.6亿元', '34.6亿元', 34.6, null, '亿元', null, A, UN, 'rd_expenditure', LA],
        ['强度达到5.51%', '5.51%', 5.51, null, '%', null, S, UN, 'rd_intensity', SA],
        // percentage-point change of the intensity itself = its growth → rd_intensity
        // Gold guideline rule (1): a change in percentage points is not the share's indicator.
        ['提高0.37个百分点', '0.37个百分点', 0.37, null, '个百分点', null, G, UN, null, CA],
        ['占比达到62%', '62%', 62, null, '%', null, S, UN, null, SA],
        ['政策资金2.1亿元', '2.1亿元', 2.1, null, '亿元', null, A, UN, null, LA],
        ['按10%给予后补助', '10%', 10, null, '%', null, S, UN, null, SA],
        ['最高300万元', '300万元', 300, null, '万元', '最高', A, UN, null, LA],
        // 创新平台提档升级
        ['研发平台27个', '27个', 27, null, '个', null, A, UN, null, LA],
        // 各类研发平台: wider than 省级以上研发平台, narrower than 各级各类创新平台 → null
        ['累计达到186个', '186个', 186, null, '个', null, A, PT, null, LA],
        ['国家级平台15个', '15个', 15, null, '个', null, A, PT, null, LA],
        ['概念验证中心2家', '2家', 2, null, '家', null, A, FY, null, LA],
        ['概念验证项目41项', '41项', 41, null, '项', null, A, FY, null, LA],
        ['孵化面积8.6万平方米', '8.6万平方米', 8.6, null, '万平方米', null, A, UN, null, LA],
        ['毕业企业37家', '37家', 37, null, '家', null, A, UN, null, LA],
        // 成果转化提速增效
        ['成交额48.3亿元', '48.3亿元', 48.3, null, '亿元', null, A, UN, 'tech_contract_turnover', LA],
        ['增长23.5%', '23.5%', 23.5, null, '%', null, G, UN, 'tech_contract_turnover', RA],
        ['发明专利4216件', '4216件', 4216, null, '件', null, A, PT, 'valid_invention_patents', LA],
        ['拥有量达到96.2件', '96.2件', 96.2, null, '件', null, A, PT, 'invention_patents_per_10k', LA],
        ['占比为38.7%', '38.7%', 38.7, null, '%', null, S, UN, null, SA],
        ['下降5.3个百分点', '5.3个百分点', -5.3, null, '个百分点', null, G, UN, null, CA],
        // 2025年发展目标
        ['突破480家', '480家', 480, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
        ['保持在5.5%以上', '5.5%', 5.5, null, '%', '以上', T, DL, 'rd_intensity', ST],
        ['达到55亿元', '55亿元', 55, null, '亿元', null, T, DL, 'tech_contract_turnover', LT],
        ['创新平台3个以上', '3个', 3, null, '个', '以上', T, DL, null, LT],
      ],
    },
  ],

  // 省科技厅 web news on a 重点实验室 evaluation: ◆ result list is intro; lead-sentence paragraphs are measures.
  'guizhou-shiyanshi-pinggu-2025.txt': [
    {
      title: '贵州省2024年度省级重点实验室评估结果揭晓',
      regionCode: '520000',
      regionName: '贵州省',
      measures: ['基础研究能力持续增强。', '服务产业成效显现。', '人才团队不断壮大。', '强化结果运用，激励争先进位。'],
      figures: [
        // intro (2024年度 → full_year) and the ◆ result list
        // the evaluation cohort (参评), not stated as the 全省 stock → null
        ['省级重点实验室126家', '126家', 126, null, '家', null, A, FY, null, LA],
        ['的实验室28家', '28家', 28, null, '家', null, A, FY, null, LA],
        ['参评总数的22.2%', '22.2%', 22.2, null, '%', null, S, FY, null, SA],
        ['“良好”的61家', '61家', 61, null, '家', null, A, FY, null, LA],
        ['占48.4%', '48.4%', 48.4, null, '%', null, S, FY, null, SA],
        ['“合格”的31家', '31家', 31, null, '家', null, A, FY, null, LA],
        ['“整改”的4家', '4家', 4, null, '家', null, A, FY, null, LA],
        ['“不合格”的2家', '2家', 2, null, '家', null, A, FY, null, LA],
        // 基础研究能力持续增强
        ['科研项目342项', '342项', 342, null, '项', null, A, FY, null, LA],
        ['资助经费2.36亿元', '2.36亿元', 2.36, null, '亿元', null, A, FY, null, LA],
        ['学术论文1870篇', '1870篇', 1870, null, '篇', null, A, FY, null, LA],
        // 服务产业成效显现
        ['联合研发中心58个', '58个', 58, null, '个', null, A, FY, null, LA],
        ['科技成果215项', '215项', 215, null, '项', null, A, FY, null, LA],
        // turnover of the evaluated labs only, not the province → null
        ['成交额9.8亿元', '9.8亿元', 9.8, null, '亿元', null, A, FY, null, LA],
        ['同比增长16.7%', '16.7%', 16.7, null, '%', null, G, FY, null, RA],
        // 人才团队不断壮大
        ['研究人员4120人', '4120人', 4120, null, '人', null, A, PT, null, LA],
        ['占比达到63%', '63%', 63, null, '%', null, S, PT, null, SA],
        ['高层次人才96名', '96名', 96, null, '名', null, A, FY, null, LA],
        // 强化结果运用，激励争先进位
        ['每家给予100万元', '100万元', 100, null, '万元', null, A, UN, null, LA],
        ['每家给予50万元', '50万元', 50, null, '万元', null, A, UN, null, LA],
        ['连续两次', '两次', 2, null, '次', null, A, UN, null, LA],
        ['重点实验室30家左右', '30家', 30, null, '家', '左右', T, DL, null, LT],
        ['总数达到150家', '150家', 150, null, '家', null, T, DL, 'provincial_key_laboratories', LT],
      ],
    },
  ],
};

const set = labelSet(import.meta.url, HELDOUT7_TEXTS);
export const HELDOUT7_TEXT_DIR = set.textDir;
export const HELDOUT7_GOLD_DIR = set.goldDir;
export const decodeHeldout7 = set.decode;
export const buildGold = set.buildGold;
export const goldPath = set.goldPath;

set.runAsScript();
