/**
 * Held-out set 8, labelled blind (issue 9): four texts in genres no earlier set had — a county
 * 政府工作报告, a 科技局 annual summary, a 新闻发布会 transcript, a 政策解读 with a table. The
 * decisions below were made by reading texts/ only (README.md: texts, calls); labelSet turns them
 * into offsets and checks every span.
 *
 *   npx tsx packages/ingest/test/heldout8/label.ts          # regenerate gold/*.gold.json
 *   npx tsx packages/ingest/test/heldout8/label.ts --check  # verify the files are up to date
 */
import {
  A,
  ACTUAL,
  type ArticleSpec,
  type Axes,
  CHANGE,
  DL,
  ESTIMATE,
  FY,
  G,
  LEVEL,
  labelSet,
  MY,
  PT,
  RATE,
  S,
  SHARE,
  T,
  TARGET,
  UN,
  YTD,
} from '../eval/held-out-labels';

const LA: Axes = { measure: LEVEL, status: ACTUAL };
const LT: Axes = { measure: LEVEL, status: TARGET };
const LE: Axes = { measure: LEVEL, status: ESTIMATE };
const CA: Axes = { measure: CHANGE, status: ACTUAL };
const CE: Axes = { measure: CHANGE, status: ESTIMATE };
const RA: Axes = { measure: RATE, status: ACTUAL };
const RT: Axes = { measure: RATE, status: TARGET };
const SA: Axes = { measure: SHARE, status: ACTUAL };
/** The axes of a fact stated again in the text: its further mentions, each a unique context. */
const rep = (axes: Axes, ...also: string[]): Axes => ({ ...axes, also });
const ST: Axes = { measure: SHARE, status: TARGET };
const SE: Axes = { measure: SHARE, status: ESTIMATE };

/** 长兴县 2025 government work report (excerpt): UTF-8, LF, PDF page numbers and running headers. */
const govWorkReport: ArticleSpec[] = [
  {
    title: '长兴县人民政府工作报告（摘要）',
    regionCode: '330522',
    regionName: '长兴县',
    placeEvidence: 'named',
    measures: [
      '（一）科技企业梯队加快壮大',
      '（二）研发投入强度稳步提高',
      '（三）创新平台提档升级',
      '（四）成果转化更加活跃',
      '（一）深入实施科技企业',
      '（二）加快建设高能级',
      '（三）健全科技金融',
    ],
    figures: [
      ['地区生产总值936.5亿元', '936.5亿元', 936.5, null, '亿元', null, A, FY, 'gdp', LA],
      // Gold guideline rule (2): GDP growth is real (comparable prices); `gdp` is nominal.
      ['936.5亿元，增长6.2%', '6.2%', 6.2, null, '%', null, G, FY, null, RA],
      ['一般公共预算收入78.3亿元', '78.3亿元', 78.3, null, '亿元', null, A, FY, null, LA],
      ['78.3亿元，增长4.1%', '4.1%', 4.1, null, '%', null, G, FY, null, RA],
      ['新认定高新技术企业68家', '68家', 68, null, '家', null, A, FY, 'new_high_tech_enterprises_recognized', LA],
      ['专精特新中小企业27家', '27家', 27, null, '家', null, A, FY, null, LA],
      ['其中2家入选', '2家', 2, null, '家', null, A, FY, null, LA],
      ['国家科技型中小企业735家', '735家', 735, null, '家', null, A, FY, 'tech_smes', LA],
      ['同比增加126家', '126家', 126, null, '家', null, G, FY, null, CA],
      ['高新技术企业净增41家', '41家', 41, null, '家', null, G, FY, 'new_national_high_tech_enterprises_added', CA],
      ['总数达到412家', '412家', 412, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      ['约占湖州全市的18.6%', '18.6%', 18.6, null, '%', '约', S, PT, null, SA],
      ['预计为29.8亿元', '29.8亿元', 29.8, null, '亿元', null, A, FY, 'rd_expenditure', LE],
      ['预计达到3.18%', '3.18%', 3.18, null, '%', null, S, FY, 'rd_intensity', SE],
      // A change of a share right after it is that share's (Links rule 4, sets 1–7; was null).
      // Gold guideline rule (1): a change in percentage points is not the share's indicator.
      ['提高0.12个百分点', '0.12个百分点', 0.12, null, '个百分点', null, G, FY, null, CE],
      [
        '研发费用增长14.5%',
        '14.5%',
        14.5,
        null,
        '%',
        null,
        G,
        FY,
        'rd_expenditure_industrial_enterprises_above_scale',
        RA,
      ],
      ['财政科技支出6.2亿元', '6.2亿元', 6.2, null, '亿元', null, A, FY, 'fiscal_sci_tech_expenditure', LA],
      ['6.2亿元，增长9.8%', '9.8%', 9.8, null, '%', null, G, FY, 'fiscal_sci_tech_expenditure', RA],
      ['研发人员320名', '320名', 320, null, '名', null, A, FY, null, LA],
      ['重点企业研究院5家', '5家', 5, null, '家', null, A, FY, null, LA],
      ['研究开发中心14家', '14家', 14, null, '家', null, A, FY, null, LA],
      ['省级重点实验室23个', '23个', 23, null, '个', null, A, FY, null, LA],
      ['我县有2个入选', '2个', 2, null, '个', null, A, FY, null, LA],
      ['技术合同成交额42.7亿元', '42.7亿元', 42.7, null, '亿元', null, A, FY, 'tech_contract_turnover', LA],
      ['增长31.2%', '31.2%', 31.2, null, '%', null, G, FY, 'tech_contract_turnover', RA],
      [
        '吸纳技术合同成交额18.6亿元',
        '18.6亿元',
        18.6,
        null,
        '亿元',
        null,
        A,
        FY,
        'tech_contract_absorbed_turnover',
        LA,
      ],
      ['发明专利授权1106件', '1106件', 1106, null, '件', null, A, FY, 'invention_patents_granted', LA],
      ['拥有量达到5280件', '5280件', 5280, null, '件', null, A, PT, 'valid_invention_patents', LA],
      // Gold guideline rule (2): GDP growth is real (comparable prices); `gdp` is nominal.
      ['地区生产总值增长6%左右', '6%', 6, null, '%', '左右', T, FY, null, RT],
      ['预算收入增长4%', '4%', 4, null, '%', null, T, FY, null, RT],
      ['研发投入强度达到3.3%', '3.3%', 3.3, null, '%', null, T, FY, 'rd_intensity', ST],
      [
        '3.3%，高新技术企业总数突破450家',
        '450家',
        450,
        null,
        '家',
        '突破',
        T,
        DL,
        'high_tech_enterprises',
        rep(LT, '80家以上，高新技术企业总数突破450家'),
      ],
      ['在2023年基础上增长1倍', '1倍', 1, null, '倍', null, T, DL, 'high_tech_enterprises', RT],
      ['科技型中小企业数量增长1倍', '1倍', 1, null, '倍', null, T, DL, 'tech_smes', RT],
      ['新认定高新技术企业80家以上', '80家', 80, null, '家', '以上', T, FY, 'new_high_tech_enterprises_recognized', LT],
      ['每年遴选50家左右', '50家', 50, null, '家', '左右', T, FY, null, LT],
      ['国家科技型中小企业800家以上', '800家', 800, null, '家', '以上', T, FY, 'tech_smes', LT],
      ['研发团队10个以上', '10个', 10, null, '个', '以上', T, FY, null, LT],
      ['设置率达到75%', '75%', 75, null, '%', null, T, DL, null, ST],
      // Gold README, an object's attribute is not a goal (session 4): a planned fund's size is actual (was T/LT).
      ['规模5亿元', '5亿元', 5, null, '亿元', null, A, UN, null, LA],
      ['最高30万元', '30万元', 30, null, '万元', '最高', A, UN, null, LA],
      ['新增科技贷款30亿元', '30亿元', 30, null, '亿元', null, T, FY, null, LT],
    ],
  },
];

/** A city 科技局's 2024 summary that never names its city: the URL hint does (襄阳). UTF-8 BOM, CRLF. */
const annualSummary: ArticleSpec[] = [
  {
    title: '市科技局2024年工作总结和2025年工作打算',
    regionCode: '420600',
    regionName: '襄阳市',
    placeEvidence: 'metadata',
    measures: [
      '科技型企业培育提质扩量。',
      '创新平台建设量质齐升。',
      '科技成果转化持续加速。',
      '科技金融服务不断深化。',
      '1.实施科技企业倍增计划',
      '2.推进创新平台提能',
      '3.促进成果就地转化',
      '4.深化科技金融改革',
    ],
    figures: [
      [
        '全市高新技术企业总数1185家',
        '1185家',
        1185,
        null,
        '家',
        null,
        A,
        PT,
        'high_tech_enterprises',
        rep(LA, '总数达到1185家'),
      ],
      [
        '成交额312.6亿元、',
        '312.6亿元',
        312.6,
        null,
        '亿元',
        null,
        A,
        FY,
        'tech_contract_turnover',
        rep(LA, '全年技术合同成交额312.6亿元，同比'),
      ],
      ['、增长26.8%', '26.8%', 26.8, null, '%', null, G, FY, 'tech_contract_turnover', rep(RA, '同比增长26.8%，其中')],
      ['强度预计2.86%', '2.86%', 2.86, null, '%', null, S, FY, 'rd_intensity', SE],
      ['入库1362家', '1362家', 1362, null, '家', null, A, FY, 'new_national_tech_smes', LA],
      ['1362家，同比增长21.4%', '21.4%', 21.4, null, '%', null, G, FY, 'new_national_tech_smes', RA],
      ['新认定高新技术企业276家', '276家', 276, null, '家', null, A, FY, 'new_high_tech_enterprises_recognized', LA],
      ['完成年度目标任务的112%', '112%', 112, null, '%', null, S, FY, null, SA],
      ['较上年增加152家', '152家', 152, null, '家', null, G, FY, 'new_national_high_tech_enterprises_added', CA],
      ['省级重点实验室4个', '4个', 4, null, '个', null, A, FY, null, LA],
      ['技术创新中心3个', '3个', 3, null, '个', null, A, FY, null, LA],
      ['新型研发机构11家', '11家', 11, null, '家', null, A, FY, null, LA],
      ['研发团队15个', '15个', 15, null, '个', null, A, FY, null, LA],
      ['研发平台达到386个', '386个', 386, null, '个', null, A, PT, 'provincial_and_above_rd_platforms', LA],
      [
        '输出技术合同成交额146.3亿元',
        '146.3亿元',
        146.3,
        null,
        '亿元',
        null,
        A,
        FY,
        'tech_contract_output_turnover',
        LA,
      ],
      ['对接活动28场', '28场', 28, null, '场', null, A, FY, null, LA],
      ['合作项目93项', '93项', 93, null, '项', null, A, FY, null, LA],
      ['为862家', '862家', 862, null, '家', null, A, FY, null, LA],
      ['发放贷款47.5亿元', '47.5亿元', 47.5, null, '亿元', null, A, FY, null, LA],
      ['同比增加12.3亿元', '12.3亿元', 12.3, null, '亿元', null, G, FY, null, CA],
      ['投资项目19个', '19个', 19, null, '个', null, A, FY, null, LA],
      ['投资金额3.2亿元', '3.2亿元', 3.2, null, '亿元', null, A, FY, null, LA],
      ['仅占41.2%', '41.2%', 41.2, null, '%', null, S, PT, null, SA],
      ['全省平均水平为47.7%', '47.7%', 47.7, null, '%', null, S, PT, null, SA],
      ['仅有9个', '9个', 9, null, '个', null, A, PT, null, LA],
      ['占比超过60%', '60%', 60, null, '%', '超过', S, PT, null, SA],
      [
        '新认定高新技术企业300家以上',
        '300家',
        300,
        null,
        '家',
        '以上',
        T,
        FY,
        'new_high_tech_enterprises_recognized',
        LT,
      ],
      ['总数达到1300家', '1300家', 1300, null, '家', null, T, DL, 'high_tech_enterprises', LT],
      ['科技型中小企业1500家以上', '1500家', 1500, null, '家', '以上', T, FY, 'tech_smes', LT],
      // Undated plan items: unknown (gold README rule 4; sets 2 and 4; was FY by call 9, README).
      ['研发平台20个', '20个', 20, null, '个', null, T, UN, null, LT],
      ['国家级创新平台1个', '1个', 1, null, '个', null, T, UN, null, LT],
      ['增长15%以上', '15%', 15, null, '%', '以上', T, FY, 'tech_contract_turnover', RT],
      ['力争达到360亿元', '360亿元', 360, null, '亿元', null, T, UN, 'tech_contract_turnover', LT],
      ['发放贷款50亿元以上', '50亿元', 50, null, '亿元', '以上', T, FY, null, LT],
      ['合作银行2家左右', '2家', 2, null, '家', '左右', T, FY, null, LT],
    ],
  },
];

/** 长治 mid-year press conference transcript: GB18030, LF; a lede repeating the body. */
const pressConference: ArticleSpec[] = [
  {
    title: '长治市2024年上半年科技创新工作新闻发布会',
    regionCode: '140400',
    regionName: '长治市',
    placeEvidence: 'named',
    measures: [
      '（一）科技型企业梯次培育',
      '（二）研发投入持续加大',
      '（三）科技成果转化提速',
      '（四）科技金融支撑有力',
      '上党晚报记者：',
      '山西广播电视台记者：',
      '中国科技网记者：',
    ],
    figures: [
      [
        '上半年，全市新入库国家科技型中小企业1046家',
        '1046家',
        1046,
        null,
        '家',
        null,
        A,
        YTD,
        'new_national_tech_smes',
        rep(LA, '1-6月，全市新入库国家科技型中小企业1046家'),
      ],
      ['52%；技术合同', '52%', 52, null, '%', null, S, YTD, null, rep(SA, '52%；高新技术')],
      [
        '成交额38.4亿元，同比增长41.5%。',
        '38.4亿元',
        38.4,
        null,
        '亿元',
        null,
        A,
        YTD,
        'tech_contract_turnover',
        rep(LA, '成交额38.4亿元，同比增长41.5%；'),
      ],
      ['增长41.5%。', '41.5%', 41.5, null, '%', null, G, YTD, 'tech_contract_turnover', rep(RA, '增长41.5%；')],
      ['申报数达到418家', '418家', 418, null, '家', null, A, YTD, null, LA],
      ['同比增加96家', '96家', 96, null, '家', null, G, YTD, null, CA],
      ['180家左右', '180家', 180, null, '家', '左右', A, FY, 'new_high_tech_enterprises_recognized', LE],
      ['高新技术企业达到742家', '742家', 742, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      [
        '研发费用21.6亿元',
        '21.6亿元',
        21.6,
        null,
        '亿元',
        null,
        A,
        YTD,
        'rd_expenditure_industrial_enterprises_above_scale',
        LA,
      ],
      [
        '同比增长18.3%',
        '18.3%',
        18.3,
        null,
        '%',
        null,
        G,
        YTD,
        'rd_expenditure_industrial_enterprises_above_scale',
        RA,
      ],
      ['同期增速为14.1%', '14.1%', 14.1, null, '%', null, G, YTD, null, RA],
      ['技术合同2135项', '2135项', 2135, null, '项', null, A, YTD, 'tech_contracts', LA],
      [
        '吸纳技术合同成交额25.9亿元',
        '25.9亿元',
        25.9,
        null,
        '亿元',
        null,
        A,
        YTD,
        'tech_contract_absorbed_turnover',
        LA,
      ],
      ['累计为316家', '316家', 316, null, '家', null, A, MY, null, LA],
      ['提供贷款12.8亿元', '12.8亿元', 12.8, null, '亿元', null, A, MY, null, LA],
      ['数量达到1000家', '1000家', 1000, null, '家', null, T, DL, 'high_tech_enterprises', LT],
      ['每年入库2000家左右', '2000家', 2000, null, '家', '左右', T, FY, 'tech_smes', LT],
      ['每年遴选200家左右', '200家', 200, null, '家', '左右', T, FY, null, LT],
      ['一次性奖励20万元', '20万元', 20, null, '万元', null, A, UN, null, LA],
      ['给予10万元奖励', '10万元', 10, null, '万元', null, A, UN, null, LA],
      ['省级创新谷7个', '7个', 7, null, '个', null, A, PT, null, LA],
      ['科技企业63家', '63家', 63, null, '家', null, A, PT, null, LA],
      ['将超过100家', '100家', 100, null, '家', '超过', A, DL, null, LE],
      ['需求榜单50项左右', '50项', 50, null, '项', '左右', T, FY, null, LT],
      ['技术经纪人100名', '100名', 100, null, '名', null, T, FY, null, LT],
      ['突破80亿元', '80亿元', 80, null, '亿元', '突破', T, FY, 'tech_contract_turnover', LT],
      ['同比增长超过20%', '20%', 20, null, '%', '超过', G, YTD, null, RA],
    ],
  },
];

/** 柳州: a 通知 naming the city, then its 政策解读 (我市 only) with a tab-separated table. UTF-8, LF. */
const policyInterpretation: ArticleSpec[] = [
  {
    title: '柳州市科学技术局 柳州市财政局关于印发《柳州市企业研发投入后补助实施细则》的通知',
    regionCode: '450200',
    regionName: '柳州市',
    placeEvidence: 'named',
    measures: [],
    figures: [],
  },
  {
    title: '《企业研发投入后补助实施细则》政策解读',
    regionCode: '450200',
    regionName: '柳州市',
    placeEvidence: 'earlier',
    measures: [
      '一、制定背景是什么',
      '二、哪些企业可以申报',
      '三、补助标准是怎样的',
      '四、申报流程和时间',
      '五、实施后预计',
    ],
    figures: [
      ['投入强度为2.41%', '2.41%', 2.41, null, '%', null, S, FY, 'rd_intensity', SA],
      ['全区为0.96%', '0.96%', 0.96, null, '%', null, S, FY, null, SA],
      ['占比为38.5%', '38.5%', 38.5, null, '%', null, S, FY, null, SA],
      ['达到100万元以上', '100万元', 100, null, '万元', '以上', A, FY, null, LA],
      ['增量部分的10%给予补助', '10%', 10, null, '%', null, S, UN, null, rep(SA, '增量部分的10%，')],
      ['补助\t最高200万元', '200万元', 200, null, '万元', '最高', A, UN, null, rep(LA, '10%，最高200万元')],
      ['达到500万元以上', '500万元', 500, null, '万元', '以上', A, UN, null, LA],
      ['总额的2%给予补助', '2%', 2, null, '%', null, S, UN, null, rep(SA, '总额的2%，')],
      ['补助\t最高100万元', '100万元', 100, null, '万元', '最高', A, UN, null, rep(LA, '2%，最高100万元')],
      ['一次性补助5万元', '5万元', 5, null, '万元', null, A, UN, null, LA],
      ['合计不超过300万元。', '300万元', 300, null, '万元', '不超过', A, FY, null, rep(LA, '每年合计不超过300万元')],
      ['研发投入15亿元左右', '15亿元', 15, null, '亿元', '左右', A, FY, null, LE],
      ['惠及企业约600家', '600家', 600, null, '家', '约', A, FY, null, LE],
      ['提高到2.6%', '2.6%', 2.6, null, '%', null, S, DL, 'rd_intensity', SE],
    ],
  },
];

export const TEXTS: Record<string, ArticleSpec[]> = {
  'gov-work-report-county-2025.txt': govWorkReport,
  'kjj-annual-summary-2024.txt': annualSummary,
  'press-conference-2024h1.txt': pressConference,
  'policy-interpretation-rd-subsidy.txt': policyInterpretation,
};

export const NAMES = Object.keys(TEXTS);

export const heldout8 = labelSet(
  import.meta.url,
  TEXTS,
  { 'press-conference-2024h1.txt': 'gb18030' },
  { 'kjj-annual-summary-2024.txt': { url: 'http://kjj.xiangyang.gov.cn/zwgk/ghjh/202501/t20250115_3482916.shtml' } },
);

heldout8.runAsScript();
