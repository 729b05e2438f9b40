/**
 * Labelling helper for the FIFTH held-out gold standard (conventions: ../gold/README.md; labelling
 * calls: README.md here). The DECISIONS below were made by reading texts/, never by running or
 * reading the extractor; this script only turns them into UTF-16 offsets into the decoded text
 * (UTF-8 with the BOM removed) and checks every span.
 *
 *   npx tsx packages/ingest/test/heldout5/label.ts          # regenerate gold/*.gold.json
 *   npx tsx packages/ingest/test/heldout5/label.ts --check  # verify the files are up to date
 *
 * Article: title as written in the body heading; the heading line is the title alone, optionally
 * after `### ` / `**` markers or whitespace.
 * Measure: first characters of the measure (marker or sub-heading text, after `### `), unique in its article.
 * Figure: [context, figure text, value, valueMax, unit, qualifier, kind, periodType, indicator]; the context is
 * unique within the article and contains the figure text exactly once.
 */
import {
  A,
  type ArticleSpec,
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

export const HELDOUT5_TEXTS: Record<string, ArticleSpec[]> = {
  // (1) 政策解读 in 问/答 form. Measures: each question with its answer, the 一是/二是/三是 of an answer
  // inside it (gold README, "Questions and answers"; relabelled after held-out 8 and 9, README).
  'zhuzhou-zhengcejiedu-2025.txt': [
    {
      title: '《株洲市支持科技创新若干政策措施》政策解读',
      regionCode: '430200',
      regionName: '株洲市',
      measures: [
        '问：《若干政策》出台的背景',
        '问：《若干政策》提出了哪些',
        '问：在引导企业加大研发投入',
        '问：在促进科技成果转化',
        '问：人才引进和科技金融',
        '问：政策从什么时候开始',
      ],
      figures: [
        // 背景 answer: 截至2024年底 governs the first clause (stocks), 2024年 the second.
        ['全市有效高新技术企业达到1085家', '1085家', 1085, null, '家', null, A, PT, 'high_tech_enterprises', LA],
        ['科技型中小企业评价入库2136家', '2136家', 2136, null, '家', null, A, PT, 'tech_smes', LA],
        ['研发经费投入强度达到2.76%', '2.76%', 2.76, null, '%', null, S, FY, 'rd_intensity', SA],
        ['研发投入占全市的六成以上', '六成', 6, null, '成', '以上', S, FY, null, SA],
        // 目标 answer: 到2027年.
        ['全市高新技术企业突破1500家', '1500家', 1500, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
        ['评价入库数达到2800家', '2800家', 2800, null, '家', null, T, DL, 'tech_smes', LT],
        ['投入强度达到3.2%', '3.2%', 3.2, null, '%', null, T, DL, 'rd_intensity', ST],
        ['年均增长15%以上', '15%', 15, null, '%', '以上', T, DL, 'tech_contract_turnover', RT],
        ['拥有量达到8件', '8件', 8, null, '件', null, T, DL, 'high_value_invention_patents_per_10k', LT],
        // 研发投入 answer: no period anywhere in the paragraph, intro has no framing.
        ['加计扣除额在500万元以上', '500万元', 500, null, '万元', '以上', A, UN, null, LA],
        ['增量部分的10%给予补助', '10%', 10, null, '%', null, S, UN, null, SA],
        ['单个企业最高200万元', '200万元', 200, null, '万元', '最高', A, UN, null, LA],
        ['一次性给予最高500万元奖励', '500万元', 500, null, '万元', '最高', A, UN, null, LA],
        ['给予50万元奖励', '50万元', 50, null, '万元', null, A, UN, null, LA],
        ['国拨经费的30%', '30%', 30, null, '%', null, S, UN, null, SA],
        ['最高不超过300万元', '300万元', 300, null, '万元', '最高不超过', A, UN, null, LA],
        // 成果转化 answer.
        ['实际成交额的5%', '5%', 5, null, '%', null, S, UN, null, SA],
        ['单个项目最高100万元', '100万元', 100, null, '万元', '最高', A, UN, null, LA],
        ['设备购置投入的20%', '20%', 20, null, '%', null, S, UN, null, SA],
        ['给予补助，最高300万元', '300万元', 300, null, '万元', '最高', A, UN, null, LA],
        ['不超过200平方米', '200平方米', 200, null, '平方米', '不超过', A, UN, null, LA],
        // 人才和金融 answer: the 三是 item has 每年 in its own clause.
        ['给予最高1亿元综合资助', '1亿元', 1, null, '亿元', '最高', A, UN, null, LA],
        ['设立规模10亿元的市科技创新创业投资基金', '10亿元', 10, null, '亿元', null, A, UN, null, LA],
        ['市财政出资3亿元', '3亿元', 3, null, '亿元', null, A, UN, null, LA],
        ['贷款利息的50%', '50%', 50, null, '%', null, S, FY, null, SA],
        ['每年贴息最高50万元', '50万元', 50, null, '万元', '最高', A, FY, null, LA],
        // 执行 answer.
        ['每年安排不少于3亿元', '3亿元', 3, null, '亿元', '不少于', A, FY, null, LA],
      ],
    },
  ],

  // (2) 区科技局信息简报 converted from Word: a `|` table and a tab table, then `### 一、` sections.
  'lixia-kejijianbao-2025-04.txt': [
    {
      title: '历下区一季度科技创新主要指标运行情况及下步工作安排',
      regionCode: '370102',
      regionName: '历下区',
      measures: ['一、强化企业梯度培育', '二、加快创新平台建设', '三、深化成果转移转化', '四、优化科技金融服务'],
      figures: [
        // 表1: unit from the row label, period from the column (一季度 → year_to_date).
        ['| 18.6 |', '18.6', 18.6, null, '亿元', null, A, YTD, 'tech_contract_turnover', LA],
        ['| 23.4 |', '23.4', 23.4, null, '亿元', null, A, YTD, 'tech_contract_turnover', LA],
        ['| 25.8%', '25.8%', 25.8, null, '%', null, G, YTD, 'tech_contract_turnover', RA],
        ['| 312 |', '312', 312, null, '家', null, A, YTD, 'tech_smes', LA],
        ['| 405 |', '405', 405, null, '家', null, A, YTD, 'tech_smes', LA],
        ['| 29.8%', '29.8%', 29.8, null, '%', null, G, YTD, 'tech_smes', RA],
        // 高新技术企业申报 = applications, not recognised enterprises
        ['| 86 |', '86', 86, null, '家', null, A, YTD, null, LA],
        ['| 117 |', '117', 117, null, '家', null, A, YTD, null, LA],
        ['| 36.0%', '36.0%', 36, null, '%', null, G, YTD, null, RA],
        ['| 642 |', '642', 642, null, '件', null, A, YTD, 'invention_patents_granted', LA],
        ['| 751 |', '751', 751, null, '件', null, A, YTD, 'invention_patents_granted', LA],
        ['| 17.0%', '17.0%', 17, null, '%', null, G, YTD, 'invention_patents_granted', RA],
        // 表2 (截至3月底 in its caption → point).
        ['\t1126\t', '1126', 1126, null, '家', null, A, PT, null, LA],
        ['\t41.2%', '41.2%', 41.2, null, '%', null, S, PT, null, SA],
        ['\t538\t', '538', 538, null, '家', null, A, PT, null, LA],
        ['\t19.7%', '19.7%', 19.7, null, '%', null, S, PT, null, SA],
        ['\t297\t', '297', 297, null, '家', null, A, PT, null, LA],
        ['\t10.9%', '10.9%', 10.9, null, '%', null, S, PT, null, SA],
        // 一、
        ['入库企业达到1860家', '1860家', 1860, null, '家', null, A, PT, null, LA],
        ['科技奖补资金1460万元', '1460万元', 1460, null, '万元', null, A, YTD, null, LA],
        ['惠及企业73家', '73家', 73, null, '家', null, A, YTD, null, LA],
        ['总数突破1200家', '1200家', 1200, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
        // 二、
        ['创新平台3个', '3个', 3, null, '个', null, A, YTD, null, LA],
        ['研究中心2个', '2个', 2, null, '个', null, A, YTD, null, LA],
        ['新型研发机构1个', '1个', 1, null, '个', null, A, YTD, null, LA],
        ['目前已建成14家', '14家', 14, null, '家', null, A, PT, null, LA],
        ['新增孵化面积2.3万平方米', '2.3万平方米', 2.3, null, '万平方米', null, A, YTD, null, LA],
        ['现有孵化面积6.8万平方米', '6.8万平方米', 6.8, null, '万平方米', null, A, PT, null, LA],
        ['在孵企业240余家', '240余家', 240, null, '家', '余', A, PT, null, LA],
        // 三、
        ['对接活动6场', '6场', 6, null, '场', null, A, YTD, null, LA],
        ['技术需求210项', '210项', 210, null, '项', null, A, YTD, null, LA],
        ['合作项目38个', '38个', 38, null, '个', null, A, YTD, null, LA],
        ['服务机构5家', '5家', 5, null, '家', null, A, YTD, null, LA],
        ['示范机构9家', '9家', 9, null, '家', null, A, PT, null, LA],
        // 四、
        ['为64家科技型企业', '64家', 64, null, '家', null, A, YTD, null, LA],
        // loans through one product (“科创积分贷”)
        ['发放贷款9.7亿元', '9.7亿元', 9.7, null, '亿元', null, A, YTD, null, LA],
        ['同比增长42.3%', '42.3%', 42.3, null, '%', null, G, YTD, null, RA],
        ['占比达到63%', '63%', 63, null, '%', null, S, YTD, null, SA],
        ['投资项目7个', '7个', 7, null, '个', null, A, YTD, null, LA],
        ['投资金额1.5亿元', '1.5亿元', 1.5, null, '亿元', null, A, YTD, null, LA],
      ],
    },
  ],

  // (3) 市政府办公室 印发…实施方案的通知: the notice title is the article; measures are the （一）…
  // items under 三、重点任务 and 四、保障措施.
  'luoyang-shishifangan-2025.txt': [
    {
      title: '洛阳市人民政府办公室关于印发洛阳市科技成果转化和产业化三年行动实施方案（2025—2027年）的通知',
      regionCode: '410300',
      regionName: '洛阳市',
      measures: [
        '（一）建强中试服务体系',
        '（二）壮大技术转移机构',
        '（三）推动驻洛高校院所',
        '（四）实施重大科技成果产业化专项',
        '（五）强化科技金融支撑',
        '（一）加强组织领导',
        '（二）加大资金投入',
        '（三）强化督导考核',
      ],
      figures: [
        // 二、主要目标: 到2027年 (semicolon clauses inherit it by rule 2).
        ['成交额突破300亿元', '300亿元', 300, null, '亿元', '突破', T, DL, 'tech_contract_turnover', LT],
        ['年均增长20%以上', '20%', 20, null, '%', '以上', T, DL, 'tech_contract_turnover', RT],
        ['建成中试基地30家', '30家', 30, null, '家', null, T, DL, null, LT],
        ['其中省级以上12家', '12家', 12, null, '家', null, T, DL, null, LT],
        ['高新技术企业达到2200家', '2200家', 2200, null, '家', null, T, DL, 'high_tech_enterprises', LT],
        ['科技型中小企业达到4000家', '4000家', 4000, null, '家', null, T, DL, 'tech_smes', LT],
        ['示范企业100家', '100家', 100, null, '家', null, T, DL, null, LT],
        ['比重提高到45%', '45%', 45, null, '%', null, T, DL, null, ST],
        // （一）
        ['省级支持资金的50%', '50%', 50, null, '%', null, S, UN, null, SA],
        ['服务收入的10%', '10%', 10, null, '%', null, S, FY, null, SA],
        ['每家每年最高100万元', '100万元', 100, null, '万元', '最高', A, FY, null, LA],
        // （二）
        ['示范机构达到40家', '40家', 40, null, '家', null, T, DL, null, LT],
        ['技术经理人1500名', '1500名', 1500, null, '名', null, T, DL, null, LT],
        ['交易额超过1亿元', '1亿元', 1, null, '亿元', '超过', A, FY, null, LA],
        ['给予最高50万元奖励', '50万元', 50, null, '万元', '最高', A, FY, null, LA],
        // （三）
        ['不低于70%的', '70%', 70, null, '%', '不低于', S, UN, null, SA],
        ['发布成果不少于300项', '300项', 300, null, '项', '不少于', T, FY, null, LT],
        // （四）
        ['每年遴选10个左右', '10个', 10, null, '个', '左右', T, FY, null, LT],
        ['设备投入的30%', '30%', 30, null, '%', null, S, FY, null, SA],
        ['单个项目最高1000万元', '1000万元', 1000, null, '万元', '最高', A, FY, null, LA],
        // （五）
        ['基金规模至20亿元', '20亿元', 20, null, '亿元', null, T, UN, null, LT],
        // a 2025–2027 cumulative through one business line (“科技贷”), not an annual tech_loans level
        ['累计发放科技贷款100亿元', '100亿元', 100, null, '亿元', null, T, DL, null, LT],
        // 四、（二）
        ['专项资金不少于2亿元', '2亿元', 2, null, '亿元', '不少于', A, FY, null, LA],
      ],
    },
  ],

  // (4) Provincial TV-news item: one place, stand-alone sub-headings, figures in words and digits.
  'jiangxi-dianshixinwen-2025.txt': [
    {
      title: '江西：科技型企业梯度培育成效明显 创新主体加速壮大',
      regionCode: '360000',
      regionName: '江西省',
      measures: ['培育链条越拉越长', '成果转化跑出“加速度”', '人才和资金持续加码'],
      figures: [
        // 翻了一番 over 近三年来 = growth of the high-tech enterprise stock
        ['数量翻了一番', '一番', 1, null, '番', null, G, MY, 'high_tech_enterprises', RA],
        ['达到一万零八百余家', '一万零八百余家', 10800, null, '家', '余', A, PT, 'high_tech_enterprises', LA],
        ['入库突破2.6万家', '2.6万家', 2.6, null, '万家', '突破', A, PT, 'tech_smes', LA],
        ['比重超过八成', '八成', 8, null, '成', '超过', S, PT, null, SA],
        ['比重达到6.5%', '6.5%', 6.5, null, '%', null, S, FY, null, SA],
        ['增长近两倍', '两倍', 2, null, '倍', '近', G, FY, null, RA],
        ['培育企业一千二百余家', '一千二百余家', 1200, null, '家', '余', A, YTD, null, LA],
        ['多出三成', '三成', 3, null, '成', null, G, YTD, null, RA],
        ['服务1.2万人次', '1.2万人次', 1.2, null, '万人次', null, A, YTD, null, LA],
        ['成交额达到386.5亿元', '386.5亿元', 386.5, null, '亿元', null, A, YTD, 'tech_contract_turnover', LA],
        ['同比增长21.4%', '21.4%', 21.4, null, '%', null, G, YTD, 'tech_contract_turnover', RA],
        ['占比接近七成', '七成', 7, null, '成', '接近', S, YTD, null, SA],
        ['中试基地47家', '47家', 47, null, '家', null, A, PT, null, LA],
        ['中试服务4300余次', '4300余次', 4300, null, '次', '余', A, YTD, null, LA],
        ['比例达到63%', '63%', 63, null, '%', null, S, YTD, null, SA],
        // cumulative since launch, one programme (“科贷通”)
        ['超过580亿元', '580亿元', 580, null, '亿元', '超过', A, MY, null, LA],
        ['惠及企业9800余家次', '9800余家次', 9800, null, '家次', '余', A, MY, null, LA],
        ['突破1.5万家', '1.5万家', 1.5, null, '万家', '突破', T, DL, 'high_tech_enterprises', LT],
      ],
    },
  ],
};

const set = labelSet(import.meta.url, HELDOUT5_TEXTS);
export const HELDOUT5_TEXT_DIR = set.textDir;
export const HELDOUT5_GOLD_DIR = set.goldDir;
export const decodeHeldout5 = set.decode;
export const buildGold = set.buildGold;
export const goldPath = set.goldPath;

set.runAsScript();
