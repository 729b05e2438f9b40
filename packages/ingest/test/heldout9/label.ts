/**
 * Held-out set 9, labelled blind (issue 9): a city 政府工作报告 known only from its publisher, a
 * county 科技局 summary that nothing places, a district press conference placed by its institutions,
 * and a development zone's 一图读懂 Q&A with tables. Decisions made by reading texts/ only
 * (README.md: texts, calls); labelSet turns them into offsets and checks every span.
 *
 *   npx tsx packages/ingest/test/heldout9/label.ts          # regenerate gold/*.gold.json
 *   npx tsx packages/ingest/test/heldout9/label.ts --check  # verify the files are up to date
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
const CT: Axes = { measure: CHANGE, status: TARGET };
const RA: Axes = { measure: RATE, status: ACTUAL };
const RT: Axes = { measure: RATE, status: TARGET };
const SA: Axes = { measure: SHARE, status: ACTUAL };
/** The axes of a fact stated again in the text: its further mentions, each a unique context. */
const rep = (axes: Axes, ...also: string[]): Axes => ({ ...axes, also });
const ST: Axes = { measure: SHARE, status: TARGET };

/** A city's 2025 government work report (excerpt) naming no city: the publisher hint does (宝鸡). UTF-8 BOM, LF. */
const govWorkReport: ArticleSpec[] = [
  {
    title: '政府工作报告（摘要）',
    regionCode: '610300',
    regionName: '宝鸡市',
    placeEvidence: 'metadata',
    measures: [
      '创新主体加速壮大。',
      '创新平台量质齐升。',
      '成果转化提质增效。',
      '金融赋能持续加力。',
      '（一）坚持创新驱动',
      '（二）深化开放合作',
    ],
    figures: [
      ['地区生产总值达到2810.4亿元', '2810.4亿元', 2810.4, null, '亿元', null, A, FY, 'gdp', LA],
      // Gold guideline rule (2): GDP growth is real (comparable prices); `gdp` is nominal.
      ['2810.4亿元，增长5.6%', '5.6%', 5.6, null, '%', null, G, FY, null, RA],
      ['工业增加值增长7.2%', '7.2%', 7.2, null, '%', null, G, FY, null, RA],
      ['新认定高新技术企业143家', '143家', 143, null, '家', null, A, FY, 'new_high_tech_enterprises_recognized', LA],
      ['评价入库1420家', '1420家', 1420, null, '家', null, A, FY, 'tech_smes', LA],
      ['增长18.2%', '18.2%', 18.2, null, '%', null, G, FY, 'tech_smes', RA],
      ['“小巨人”企业6家', '6家', 6, null, '家', null, A, FY, null, LA],
      ['总数达到32家', '32家', 32, null, '家', null, A, PT, 'national_little_giants', LA],
      ['总数达到826家', '826家', 826, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      ['净增97家', '97家', 97, null, '家', null, G, FY, 'new_national_high_tech_enterprises_added', CA],
      ['创新平台41个', '41个', 41, null, '个', null, A, FY, null, LA],
      ['其中国家级2个', '2个', 2, null, '个', null, A, FY, null, LA],
      ['累计孵化企业17家', '17家', 17, null, '家', null, A, MY, null, LA],
      ['创新平台达到498个', '498个', 498, null, '个', null, A, PT, 'provincial_and_above_innovation_platforms', LA],
      ['院士工作站28个', '28个', 28, null, '个', null, A, PT, 'academician_workstations', LA],
      ['成交额达到205.8亿元', '205.8亿元', 205.8, null, '亿元', null, A, FY, 'tech_contract_turnover', LA],
      ['增长12.9%', '12.9%', 12.9, null, '%', null, G, FY, 'tech_contract_turnover', RA],
      ['突破100亿元', '100亿元', 100, null, '亿元', '突破', A, FY, 'tech_contract_absorbed_turnover', LA],
      ['突破4000亿元', '4000亿元', 4000, null, '亿元', '突破', A, FY, null, LA],
      ['占比为5.1%', '5.1%', 5.1, null, '%', null, S, FY, null, SA],
      ['总规模20亿元', '20亿元', 20, null, '亿元', null, A, UN, null, LA],
      ['科技企业46.3亿元', '46.3亿元', 46.3, null, '亿元', null, A, FY, null, LA],
      ['新增授信8.7亿元', '8.7亿元', 8.7, null, '亿元', null, A, FY, null, LA],
      // Gold guideline rule (2): GDP growth is real (comparable prices); `gdp` is nominal.
      ['增长5.5%左右', '5.5%', 5.5, null, '%', '左右', T, FY, null, RT],
      ['增加值增长6.5%', '6.5%', 6.5, null, '%', null, T, FY, null, RT],
      ['强度达到2.5%，技术合同', '2.5%', 2.5, null, '%', null, T, FY, 'rd_intensity', rep(ST, '强度达到2.5%。')],
      ['增长10%以上', '10%', 10, null, '%', '以上', T, FY, 'tech_contract_turnover', RT],
      ['较2024年增长1倍', '1倍', 1, null, '倍', null, T, DL, 'high_tech_enterprises', RT],
      [
        '净增高新技术企业100家以上',
        '100家',
        100,
        null,
        '家',
        '以上',
        T,
        FY,
        'new_national_high_tech_enterprises_added',
        CT,
      ],
      ['科技型中小企业300家左右', '300家', 300, null, '家', '左右', T, FY, 'new_national_tech_smes', LT],
      // 每年 in the rule's own sentence dates its rate too (decision 010; set 2's 南湖 call; was UN).
      ['增量部分按10%给予补助', '10%', 10, null, '%', null, S, FY, null, SA],
      ['最高补助300万元', '300万元', 300, null, '万元', '最高', A, FY, null, LA],
      ['成果200项以上', '200项', 200, null, '项', '以上', T, FY, null, LT],
      ['人才团队30个', '30个', 30, null, '个', null, T, FY, null, LT],
      ['技能人才1.2万人', '1.2万人', 1.2, null, '万人', null, T, FY, null, LT],
    ],
  },
];

/** A county 科技局's 2024 summary: nothing says which county (no hints). GB18030, CRLF, a pasted-twice paragraph. */
const annualSummary: ArticleSpec[] = [
  {
    title: '县科技局2024年度工作总结',
    regionCode: null,
    regionName: null,
    measures: [
      '抓主体培育',
      '抓平台建设',
      '抓成果转化',
      '抓科技服务',
      '（一）持续壮大创新主体',
      '（二）加快建设创新平台',
      '（三）强化科技金融支撑',
      '（四）深化产学研合作',
    ],
    figures: [
      ['新认定高新技术企业19家', '19家', 19, null, '家', null, A, FY, 'new_high_tech_enterprises_recognized', LA],
      ['专精特新中小企业5家', '5家', 5, null, '家', null, A, FY, null, LA],
      ['科技型中小企业142家', '142家', 142, null, '家', null, A, FY, 'tech_smes', LA],
      ['同比增加38家', '38家', 38, null, '家', null, G, FY, null, CA],
      ['完成市下达任务的118%', '118%', 118, null, '%', null, S, FY, null, SA],
      ['高新技术企业达到87家', '87家', 87, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      ['比上年净增11家', '11家', 11, null, '家', null, G, FY, 'new_national_high_tech_enterprises_added', CA],
      ['企业技术中心2家', '2家', 2, null, '家', null, A, FY, null, LA],
      ['工程技术研究中心6家', '6家', 6, null, '家', null, A, FY, null, LA],
      ['研发平台总数达到53家', '53家', 53, null, '家', null, A, PT, null, LA],
      ['新品种43个', '43个', 43, null, '个', null, A, FY, null, LA],
      ['面积1.8万亩', '1.8万亩', 1.8, null, '万亩', null, A, FY, null, LA],
      // No period in the sentence, the paragraph or the intro's framing: unknown (gold README rule 4; was FY).
      ['与12所', '12所', 12, null, '所', null, A, UN, null, LA],
      ['合作协议27项', '27项', 27, null, '项', null, A, UN, null, LA],
      ['技术合同156项', '156项', 156, null, '项', null, A, FY, 'tech_contracts', LA],
      ['成交额4.6亿元', '4.6亿元', 4.6, null, '亿元', null, A, FY, 'tech_contract_turnover', LA],
      ['增长35.3%', '35.3%', 35.3, null, '%', null, G, FY, 'tech_contract_turnover', RA],
      ['奖补资金2860万元', '2860万元', 2860, null, '万元', null, A, FY, null, LA],
      ['企业97家次', '97家次', 97, null, '家次', null, A, FY, null, LA],
      ['科技特派员46名', '46名', 46, null, '名', null, A, FY, null, LA],
      ['预计达到3.05亿元', '3.05亿元', 3.05, null, '亿元', null, A, FY, 'rd_expenditure', LE],
      // The next paragraph is in the file twice, word for word: one fact each, the copy is a repeat.
      [
        '3.05亿元。\r\n全年县本级财政科技支出1.35亿元',
        '1.35亿元',
        1.35,
        null,
        '亿元',
        null,
        A,
        FY,
        'fiscal_sci_tech_expenditure',
        rep(LA, '3.2%。\r\n全年县本级财政科技支出1.35亿元'),
      ],
      [
        '同比增长12.5%，占一般公共预算支出的比重为3.2%。\r\n全年',
        '12.5%',
        12.5,
        null,
        '%',
        null,
        G,
        FY,
        'fiscal_sci_tech_expenditure',
        rep(RA, '同比增长12.5%，占一般公共预算支出的比重为3.2%。\r\n\r\n第'),
      ],
      ['比重为3.2%。\r\n全年', '3.2%', 3.2, null, '%', null, S, FY, null, rep(SA, '比重为3.2%。\r\n\r\n第')],
      ['强度仅为1.1%', '1.1%', 1.1, null, '%', null, S, FY, null, SA],
      ['科技服务机构9家', '9家', 9, null, '家', null, A, PT, null, LA],
      ['新认定高新技术企业20家以上', '20家', 20, null, '家', '以上', T, FY, 'new_high_tech_enterprises_recognized', LT],
      ['总数突破100家', '100家', 100, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
      ['科技型中小企业160家以上', '160家', 160, null, '家', '以上', T, FY, 'tech_smes', LT],
      ['研发平台5家左右', '5家', 5, null, '家', '左右', T, FY, null, LT],
      // Gold README, an object's attribute is not a goal (session 4): a planned fund's size is actual (was T/LT).
      ['总规模1亿元', '1亿元', 1, null, '亿元', null, A, UN, null, LA],
      ['利率的50%', '50%', 50, null, '%', null, S, FY, null, SA],
      ['不超过20万元', '20万元', 20, null, '万元', '不超过', A, FY, null, LA],
      ['达到5.5亿元', '5.5亿元', 5.5, null, '亿元', null, T, FY, 'tech_contract_turnover', LT],
      ['增长20%左右', '20%', 20, null, '%', '左右', T, FY, 'tech_contract_turnover', RT],
    ],
  },
];

/** A district press conference (我区 only) placed by the institutions it names (雨花区). UTF-8, CRLF. */
const pressConference: ArticleSpec[] = [
  {
    title: '我区召开2024年科技创新工作新闻发布会',
    regionCode: '430111',
    regionName: '雨花区',
    placeEvidence: 'institution',
    measures: ['育主体。', '建平台。', '促转化。', '优服务。', '湖南日报记者：', '长沙晚报记者：'],
    figures: [
      [
        '新增国家科技型中小企业入库612家',
        '612家',
        612,
        null,
        '家',
        null,
        A,
        YTD,
        'new_national_tech_smes',
        rep(LA, '新增入库国家科技型中小企业612家'),
      ],
      ['同比增加104家', '104家', 104, null, '家', null, G, YTD, null, CA],
      ['新认定高新技术企业95家', '95家', 95, null, '家', null, A, YTD, 'new_high_tech_enterprises_recognized', LA],
      ['将达到870家左右', '870家', 870, null, '家', '左右', A, DL, 'high_tech_enterprises', LE],
      ['入驻科技企业34家', '34家', 34, null, '家', null, A, YTD, null, LA],
      ['工程技术研究中心4个', '4个', 4, null, '个', null, A, YTD, null, LA],
      ['省级重点实验室2个', '2个', 2, null, '个', null, A, YTD, null, LA],
      ['创新平台达到136个', '136个', 136, null, '个', null, A, YTD, 'provincial_and_above_innovation_platforms', LA],
      ['医疗器械项目8项', '8项', 8, null, '项', null, A, PT, null, LA],
      [
        '成交额达到86.3亿元，同比',
        '86.3亿元',
        86.3,
        null,
        '亿元',
        null,
        A,
        YTD,
        'tech_contract_turnover',
        rep(LA, '成交额达到86.3亿元，成绩'),
      ],
      ['同比增长22.7%', '22.7%', 22.7, null, '%', null, G, YTD, 'tech_contract_turnover', RA],
      ['比重为9.8%', '9.8%', 9.8, null, '%', null, S, YTD, null, SA],
      ['首次突破800亿元', '800亿元', 800, null, '亿元', '突破', A, YTD, null, LA],
      ['奖补资金1.26亿元', '1.26亿元', 1.26, null, '亿元', null, A, YTD, null, LA],
      ['惠及企业420家次', '420家次', 420, null, '家次', null, A, YTD, null, LA],
      ['发放贷款15.8亿元', '15.8亿元', 15.8, null, '亿元', null, A, YTD, null, LA],
      ['同比增长31%', '31%', 31, null, '%', null, G, YTD, null, RA],
      ['合同金额的50%', '50%', 50, null, '%', null, S, FY, null, SA],
      ['每年最高20万元', '20万元', 20, null, '万元', '最高', A, FY, null, LA],
      ['创新券2300万元', '2300万元', 2300, null, '万元', null, A, YTD, null, LA],
      ['兑付1500万元左右', '1500万元', 1500, null, '万元', '左右', A, FY, null, LE],
      ['创新券资金3000万元', '3000万元', 3000, null, '万元', null, A, FY, null, LA],
      ['数量增长1倍', '1倍', 1, null, '倍', null, T, DL, 'high_tech_enterprises', RT],
      ['高新技术企业120家以上', '120家', 120, null, '家', '以上', T, FY, 'new_high_tech_enterprises_recognized', LT],
      ['强度达到3.6%', '3.6%', 3.6, null, '%', null, T, FY, 'rd_intensity', ST],
      ['合作项目100项左右', '100项', 100, null, '项', '左右', T, FY, null, LT],
    ],
  },
];

/** 郑州高新区's 一图读懂 of a support policy: Q&A with `|` tables and a 划重点 line. UTF-8, LF. */
const policyQa: ArticleSpec[] = [
  {
    title: '一图读懂《郑州高新区支持科技型企业高质量发展若干政策》',
    regionCode: '410100-nbs72',
    regionName: '郑州高新技术产业开发区',
    placeEvidence: 'named',
    measures: [
      '问：《若干政策》的支持对象',
      '问：企业培育方面',
      '问：研发费用补助怎么算',
      '问：平台和人才方面',
      '问：政策什么时候开始实施',
    ],
    figures: [
      ['评价入库2315家', '2315家', 2315, null, '家', null, A, FY, 'tech_smes', LA],
      ['成交额达到168.2亿元', '168.2亿元', 168.2, null, '亿元', null, A, FY, 'tech_contract_turnover', LA],
      ['同比增长19.6%', '19.6%', 19.6, null, '%', null, G, FY, 'tech_contract_turnover', RA],
      ['国家高新技术企业1326家', '1326家', 1326, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      ['占郑州市的27.4%', '27.4%', 27.4, null, '%', null, S, PT, null, SA],
      [
        '首次认定高企奖励30万元',
        '30万元',
        30,
        null,
        '万元',
        null,
        A,
        UN,
        null,
        rep(LA, '国家高新技术企业奖励30万元', '| 30万元 |'),
      ],
      ['研发补助最高500万元', '500万元', 500, null, '万元', '最高', A, UN, null, rep(LA, '单个企业最高500万元')],
      ['顶尖人才团队最高1亿元', '1亿元', 1, null, '亿元', '最高', A, UN, null, rep(LA, '最高1亿元综合资助')],
      ['重新认定的奖励10万元', '10万元', 10, null, '万元', null, A, UN, null, rep(LA, '| 10万元 |')],
      ['中小企业奖励2万元', '2万元', 2, null, '万元', null, A, UN, null, rep(LA, '| 2万元 |')],
      ['| 50万元 |', '50万元', 50, null, '万元', null, A, UN, null, LA],
      ['增长部分的20%', '20%', 20, null, '%', null, S, UN, null, SA],
      ['研发费用1500万元', '1500万元', 1500, null, '万元', null, A, FY, null, LA],
      ['增至2000万元', '2000万元', 2000, null, '万元', null, A, FY, null, LA],
      ['增量500万元', '500万元', 500, null, '万元', null, G, FY, null, CA],
      ['可获得补助100万元', '100万元', 100, null, '万元', null, A, FY, null, LA],
      ['给予1000万元支持', '1000万元', 1000, null, '万元', null, A, UN, null, LA],
      ['给予100万元支持', '100万元', 100, null, '万元', null, A, UN, null, LA],
      ['最高300万元项目资助', '300万元', 300, null, '万元', '最高', A, UN, null, LA],
      ['研发投入20亿元以上', '20亿元', 20, null, '亿元', '以上', A, FY, null, LE],
      ['有望突破2000家', '2000家', 2000, null, '家', '突破', A, DL, 'high_tech_enterprises', LE],
    ],
  },
];

export const TEXTS: Record<string, ArticleSpec[]> = {
  'gov-work-report-city-2025.txt': govWorkReport,
  'kjj-annual-summary-county-2024.txt': annualSummary,
  'press-conference-district-2024.txt': pressConference,
  'policy-qa-graphic-zone-2024.txt': policyQa,
};

export const NAMES = Object.keys(TEXTS);

export const heldout9 = labelSet(
  import.meta.url,
  TEXTS,
  { 'kjj-annual-summary-county-2024.txt': 'gb18030' },
  { 'gov-work-report-city-2025.txt': { publisher: '宝鸡市人民政府办公室' } },
);

heldout9.runAsScript();
