/**
 * Labelling helper for the gold standard. The DECISIONS below were made by reading the bulletins;
 * this script only turns them into offsets (UTF-16, into the decoded text) and checks every span.
 *
 *   npx tsx packages/ingest/test/gold/label.ts          # regenerate *.gold.json
 *   npx tsx packages/ingest/test/gold/label.ts --check  # verify the committed files are up to date
 *
 * Article: [title as written in the body heading, region code, region name].
 * Measure: the first characters of the measure (marker 一是/一、 or the sub-heading), unique in its article.
 * Figure: [context, figure text, value, valueMax, unit, qualifier, kind, periodType]; the context is a
 * string unique within the article that contains the figure text exactly once.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Gold, type GoldArticle, type GoldFigure, type GoldMeasure, kindOfAxes } from '../eval/gold';
import { checkIndicator, type FigureSpec, LA, LT, RA, SA } from '../eval/held-out-labels';

/** [context, text, value, valueMax, unit, qualifier, kind, period, indicator (README, "Links"), axes (issue 9)]. */
interface ArticleSpec {
  title: string;
  regionCode: string;
  regionName: string;
  measures: string[];
  figures: FigureSpec[];
}

const A = 'actual';
const T = 'target';
const G = 'growth';
const S = 'share';
const PT = 'point';
const YTD = 'year_to_date';
const FY = 'full_year';
const MY = 'multi_year';
const DL = 'deadline';
const UN = 'unknown';

const SEED_2023: ArticleSpec[] = [
  {
    title: '“蒙科聚”创新驱动平台全力推进“强首府”工程',
    regionCode: '150100',
    regionName: '呼和浩特市',
    measures: ['一是加速产学研融合', '二是持续完善成果转化链条'],
    figures: [
      // intro: 今年以来 → year_to_date
      ['内蒙古大学4个绿色', '4个', 4, null, '个', null, A, YTD, null, LA],
      ['5个项目与呼和浩特', '5个', 5, null, '个', null, A, YTD, null, LA],
      ['2家企业与内蒙古大学', '2家', 2, null, '家', null, A, YTD, null, LA],
    ],
  },
  {
    title: '南京市扎实推进原始创新和成果转化取得“新突破”',
    regionCode: '320100',
    regionName: '南京市',
    measures: ['一是聚焦“国家队”', '二是构建“活水源”', '三、强化“企业群”'],
    figures: [
      ['等 3 项重大创新成果', '3 项', 3, null, '项', null, A, YTD, null, LA],
      ['共 160 余款科创金融产品', '160 余款', 160, null, '款', '余', A, YTD, null, LA],
      // “宁科贷”: one named loan programme, not the city total → null
      ['发放贷款 8824 笔', '8824 笔', 8824, null, '笔', null, A, YTD, null, LA],
      ['金额 220.60 亿元', '220.60 亿元', 220.6, null, '亿元', null, A, YTD, null, LA],
      ['全市共有 160 家境内外', '160 家', 160, null, '家', null, A, PT, 'listed_companies', LA],
      ['科创板上市企业 15 家', '15 家', 15, null, '家', null, A, PT, 'star_market_listed_companies', LA],
      ['领域项目 19 个', '19 个', 19, null, '个', null, A, MY, null, LA],
      ['批准上市的 22 款', '22 款', 22, null, '款', null, A, YTD, null, LA],
      // Nanjing's 3 of the 22 national 1类创新药 → innovative_drugs_approved
      ['有 3 款来自南京', '3 款', 3, null, '款', null, A, YTD, 'innovative_drugs_approved', LA],
    ],
  },
  {
    title: '安徽省阜阳市聚力推动科产融合发展',
    regionCode: '341200',
    regionName: '阜阳市',
    measures: [
      '一是深化产学研合作',
      '二是提升产业创新水平',
      '三是增强科技成果转化能力',
      '四是完善科技创新投融资体系',
      '五是做好产业科技招商工作',
    ],
    figures: [
      ['组织推荐 51 个项目', '51 个', 51, null, '个', null, A, UN, null, LA],
      ['13 项科技产品', '13 项', 13, null, '项', null, A, UN, null, LA],
      ['同比增长 14.6%', '14.6%', 14.6, null, '%', null, G, YTD, null, RA],
      // 吸纳 side → tech_contract_absorbed_turnover
      ['成交额 108.18 亿元', '108.18 亿元', 108.18, null, '亿元', null, A, YTD, 'tech_contract_absorbed_turnover', LA],
      ['增长 74.94%', '74.94%', 74.94, null, '%', null, G, YTD, 'tech_contract_absorbed_turnover', RA],
      ['登记科技成果 872 项', '872 项', 872, null, '项', null, A, YTD, 'tech_achievements', LA],
      ['等 10 多家企业', '10 多家', 10, null, '家', '多', A, UN, null, LA],
      ['实现融资 2000 多万元', '2000 多万元', 2000, null, '万元', '多', A, UN, null, LA],
      ['考察企业 20 余家', '20 余家', 20, null, '家', '余', A, YTD, null, LA],
      ['接待客商 7 家', '7 家', 7, null, '家', null, A, YTD, null, LA],
      ['项目线索 12 条', '12 条', 12, null, '条', null, A, YTD, null, LA],
      ['总投资 2 亿元', '2 亿元', 2, null, '亿元', null, A, UN, null, LA],
    ],
  },
  {
    title: '湖北宜昌高新区：“四个聚焦”推动科技创新能级跃升',
    regionCode: '420500-gxq',
    regionName: '宜昌高新区',
    measures: ['一、聚焦创新主体培育', '二、聚焦创新平台建设', '三、聚焦关键核心技术攻关', '四、聚焦双创载体发展'],
    figures: [
      // 累计培育 高企 (stock, README) in the 核心区 → high_tech_enterprises
      ['累计培育高企 215 家', '215 家', 215, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      ['“新物种”企业 5 家', '5 家', 5, null, '家', null, A, PT, null, LA],
      ['“新物种”企业 13 家', '13 家', 13, null, '家', null, A, PT, null, LA],
      // 各级各类研发平台: no all-levels R&D-platform indicator (创新平台 is wider) → null
      ['研发平台 112 家', '112 家', 112, null, '家', null, A, PT, null, LA],
      // 省级以上研发平台 → provincial_and_above_rd_platforms
      ['省级以上 64 家', '64 家', 64, null, '家', null, A, PT, 'provincial_and_above_rd_platforms', LA],
      ['占比 57.14%', '57.14%', 57.14, null, '%', null, S, PT, null, SA],
      ['不少于 500 万元', '500 万元', 500, null, '万元', '不少于', A, FY, null, LA],
      ['达 5000 万元以上', '5000 万元', 5000, null, '万元', '以上', A, FY, null, LA],
      ['孵化面积 99.7 万平方米', '99.7 万平方米', 99.7, null, '万平方米', null, A, PT, null, LA],
      // totals link; the 国家级/省级 breakdowns are narrower populations → null
      ['现有孵化器 10 家', '10 家', 10, null, '家', null, A, PT, 'incubators', LA],
      ['（国家级 6 家', '6 家', 6, null, '家', null, A, PT, null, LA],
      ['省级 3 家）', '3 家', 3, null, '家', null, A, PT, null, LA],
      ['众创空间 12 家', '12 家', 12, null, '家', null, A, PT, 'maker_spaces', LA],
      ['（国家级 8 家', '8 家', 8, null, '家', null, A, PT, null, LA],
      ['省级 4 家）', '4 家', 4, null, '家', null, A, PT, null, LA],
      ['国家级占比 63.6%', '63.6%', 63.6, null, '%', null, S, PT, null, SA],
      ['省级占比 95.5%', '95.5%', 95.5, null, '%', null, S, PT, null, SA],
    ],
  },
  {
    title: '安徽省铜陵市以“五大创新行动”打造高水平创新型城市',
    regionCode: '340700',
    regionName: '铜陵市',
    measures: [
      '一是实施创新企业提质扩量行动',
      '二是实施创新产业转型升级行动',
      '三是实施创新园区能力提升行动',
      '四是实施创新成果转移转化行动',
      '五是实施创新人才集聚行动',
    ],
    figures: [],
  },
  {
    title: '云南省强化科技支撑助推产业发展',
    regionCode: '530000',
    regionName: '云南省',
    measures: ['完善机制,促进对接合作', '搭建平台，助力双招双引', '精准发力，“科技入滇”', '部省联动，形成工作合力'],
    figures: [
      // intro: 近年来 → multi_year where a paragraph gives no period of its own
      ['向106位', '106位', 106, null, '位', null, A, MY, null, LA],
      ['2300 多人次', '2300 多人次', 2300, null, '人次', '多', A, YTD, null, LA],
      ['突破 150 亿元', '150 亿元', 150, null, '亿元', '突破', A, YTD, null, LA],
      ['落地项目 21 个', '21 个', 21, null, '个', null, A, YTD, null, LA],
      ['选聘 86 位', '86 位', 86, null, '位', null, A, MY, null, LA],
      ['意见建议 179 条', '179 条', 179, null, '条', null, A, MY, null, LA],
      ['招商对象 23 个', '23 个', 23, null, '个', null, A, MY, null, LA],
      ['涉及金额 139 亿元', '139 亿元', 139, null, '亿元', null, A, MY, null, LA],
      ['等 3 条调研招商线路', '3 条', 3, null, '条', null, A, MY, null, LA],
      ['密切的 16 家龙头企业', '16 家', 16, null, '家', null, A, MY, null, LA],
      ['对接工作 16 次', '16 次', 16, null, '次', null, A, YTD, null, LA],
      ['部省联动项目 15 项', '15 项', 15, null, '项', null, A, YTD, null, LA],
      ['等专家 26 人', '26 人', 26, null, '人', null, A, YTD, null, LA],
    ],
  },
];

const SEED_2024: ArticleSpec[] = [
  {
    title: '推动“科技”与“养老”深度融合！《上海市推进养老科技创新发展行动方案（2024-2027年）》正式发布',
    regionCode: '310000',
    regionName: '上海市',
    measures: [
      '研发一批养老科技创新产品。',
      '建设基本养老服务综合平台。',
      '加快科技创新产品示范推广。',
      '优化产业发展生态。',
      '加强人才引育。',
    ],
    figures: [
      // intro: 到2027年 … → target, deadline
      ['创建1个养老', '1个', 1, null, '个', null, T, DL, null, LT],
      ['建成1-2个高质量', '1-2个', 1, 2, '个', null, T, DL, null, LT],
      ['3-5个企业技术', '3-5个', 3, 5, '个', null, T, DL, null, LT],
      ['1-2个研发测试', '1-2个', 1, 2, '个', null, T, DL, null, LT],
      ['5-10家龙头企业', '5-10家', 5, 10, '家', null, T, DL, null, LT],
      ['超过500万人次', '500万人次', 500, null, '万人次', '超过', T, DL, null, LT],
    ],
  },
  {
    title: '南京市以科技创新驱动提升生物医药产业能级',
    regionCode: '320100',
    regionName: '南京市',
    measures: ['一是推进创新研发', '二是引入金融活水', '三是靶向招商引资'],
    figures: [
      ['新获批药品55个品规', '55个', 55, null, '个', null, A, YTD, null, LA],
      ['的三分之一', '三分之一', 1 / 3, null, null, null, S, YTD, null, SA],
      ['创新药品2个', '2个', 2, null, '个', null, A, YTD, 'innovative_drugs_approved', LA],
      ['连云港3个', '3个', 3, null, '个', null, A, YTD, null, LA],
      ['上海3个', '3个', 3, null, '个', null, A, YTD, null, LA],
      // 二类 and 三类 counts separately, class noted (definitionNote: 分类须注明) → medical_devices_approved
      ['医疗器械119件', '119件', 119, null, '件', null, A, YTD, 'medical_devices_approved', LA],
      ['医疗器械23件', '23件', 23, null, '件', null, A, YTD, 'medical_devices_approved', LA],
      ['融资16起', '16起', 16, null, '起', null, A, YTD, null, LA],
      ['18.1 亿人民币', '18.1 亿人民币', 18.1, null, '亿人民币', null, A, YTD, null, LA],
      ['4.61 亿港币', '4.61 亿港币', 4.61, null, '亿港币', null, A, YTD, null, LA],
      ['重大项目 44 个', '44 个', 44, null, '个', null, A, FY, null, LA],
      ['截至目前，3 个项目', '3 个', 3, null, '个', null, A, PT, null, LA],
      ['，3 个项目已完成', '3 个', 3, null, '个', null, A, PT, null, LA],
      ['15 个项目超投资', '15 个', 15, null, '个', null, A, PT, null, LA],
      // 6 月 (one month): no period type fits → unknown
      ['走访企业 41 家', '41 家', 41, null, '家', null, A, UN, null, LA],
      ['带队招商 11 次', '11 次', 11, null, '次', null, A, UN, null, LA],
      ['洽谈企业 11 家', '11 家', 11, null, '家', null, A, UN, null, LA],
      ['签约项目 10 个', '10 个', 10, null, '个', null, A, UN, null, LA],
      ['超过 26.5 亿元', '26.5 亿元', 26.5, null, '亿元', '超过', A, UN, null, LA],
    ],
  },
  {
    title: '滁州市链式推动企业科技成果转化',
    regionCode: '341102',
    regionName: '琅琊区',
    measures: ['创新培育积蓄“转化实力”', '创新平台构建“转化中场”', '创新服务伴随“转化全程”'],
    figures: [
      ['全区有 70% 的', '70%', 70, null, '%', null, S, FY, null, SA],
      // R&D expenses reported by 规上工业企业 → rd_expenditure_industrial_enterprises_above_scale
      [
        '研发费用 6.17 亿元',
        '6.17 亿元',
        6.17,
        null,
        '亿元',
        null,
        A,
        FY,
        'rd_expenditure_industrial_enterprises_above_scale',
        LA,
      ],
      [
        '同比增长 84.7%',
        '84.7%',
        84.7,
        null,
        '%',
        null,
        G,
        FY,
        'rd_expenditure_industrial_enterprises_above_scale',
        RA,
      ],
      ['高新技术企业 58 家', '58 家', 58, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      ['超 400 万元', '400 万元', 400, null, '万元', '超', A, YTD, null, LA],
      ['产学研活动6场', '6场', 6, null, '场', null, A, YTD, null, LA],
      ['等3家企业', '3家', 3, null, '家', null, A, YTD, null, LA],
      ['质押贷款6件', '6件', 6, null, '件', null, A, YTD, null, LA],
      ['融资5200万元', '5200万元', 5200, null, '万元', null, A, YTD, null, LA],
    ],
  },
  {
    title: '扬州聚力打造长三角产业科创高地',
    regionCode: '321000',
    regionName: '扬州市',
    measures: ['“独角兽”蓄势待发', '科技招商精准发力', '耐心涵养科创生态'],
    figures: [
      ['实用新型专利 241 项', '241 项', 241, null, '项', null, A, PT, null, LA],
      ['发明专利 65 项', '65 项', 65, null, '项', null, A, PT, null, LA],
      ['的 8%至 10%', '8%至 10%', 8, 10, '%', null, S, FY, null, SA],
      ['‘绿扬金凤计划’300 万元', '300 万元', 300, null, '万元', null, A, UN, null, LA],
      ['奖励资金 200 万元', '200 万元', 200, null, '万元', null, A, UN, null, LA],
      ['年出货量 300 万台', '300 万台', 300, null, '万台', null, T, DL, null, LT],
      ['产值 35 亿元', '35 亿元', 35, null, '亿元', null, T, DL, null, LT],
      // 省潜在独角兽 are not unicorns → null
      ['等 7 家省潜在', '7 家', 7, null, '家', null, A, PT, null, LA],
      ['达 3000 家', '3000 家', 3000, null, '家', null, T, DL, 'high_tech_enterprises', LT],
      // 省级以上专精特新 and 单项冠军 together → null
      ['达 800 家', '800 家', 800, null, '家', null, T, DL, null, LT],
      // 科技型中小企业 without a register named → tech_smes (national evaluation)
      ['突破 3500 家', '3500 家', 3500, null, '家', '突破', T, DL, 'tech_smes', LT],
      // 6 月初 (one event): unknown
      ['现场 12 个产学研', '12 个', 12, null, '个', null, A, UN, null, LA],
      ['、11 个科技招商', '11 个', 11, null, '个', null, A, UN, null, LA],
      ['合作 200 余项', '200 余项', 200, null, '项', '余', A, MY, null, LA],
      ['入驻企业近 50 家', '50 家', 50, null, '家', '近', A, PT, null, LA],
      // 省级以上科创平台 → provincial_and_above_innovation_platforms
      ['平台数突破 400 家', '400 家', 400, null, '家', '突破', T, DL, 'provincial_and_above_innovation_platforms', LT],
      // 省级以上重大科创平台: narrower than provincial_and_above_innovation_platforms → null
      ['平台突破 10 家', '10 家', 10, null, '家', '突破', T, DL, null, LT],
      ['总规模 16 亿元', '16 亿元', 16, null, '亿元', null, A, UN, null, LA],
      ['配套支持 25%', '25%', 25, null, '%', null, S, UN, null, SA],
      ['扬州募资 75%', '75%', 75, null, '%', null, S, UN, null, SA],
      ['撬动超 50 亿元', '50 亿元', 50, null, '亿元', '超', T, UN, null, LT],
      ['每年投入 4000 万元', '4000 万元', 4000, null, '万元', null, A, FY, null, LA],
      ['每年投入约1亿元', '1亿元', 1, null, '亿元', '约', A, FY, null, LA],
      ['还有1580名', '1580名', 1580, null, '名', null, A, PT, null, LA],
      ['达成2个项目', '2个', 2, null, '个', null, A, UN, null, LA],
    ],
  },
  {
    title: '宁波：探索创新“研发加速器”增值服务 助力新质生产力发展',
    regionCode: '330205',
    regionName: '江北区',
    measures: ['体检诊断，检出', '孵化培育，育优', '滴灌壮大，催生'],
    figures: [
      ['科技型企业 2069 家', '2069 家', 2069, null, '家', null, A, PT, 'tech_enterprises_all', LA],
      ['单项冠军 12 家', '12 家', 12, null, '家', null, A, PT, 'manufacturing_single_champions', LA],
      ['等 14 项核心数据', '14 项', 14, null, '项', null, A, UN, null, LA],
      ['研发活动企业 127 家', '127 家', 127, null, '家', null, A, PT, null, LA],
      ['优质企业 83 家', '83 家', 83, null, '家', null, A, PT, null, LA],
      ['投资 20 亿元', '20 亿元', 20, null, '亿元', null, A, UN, null, LA],
      ['坐堂讲诊 179 次', '179 次', 179, null, '次', null, A, PT, null, LA],
      ['上门讲诊 23 次', '23 次', 23, null, '次', null, A, PT, null, LA],
      ['研发建议 400 余条', '400 余条', 400, null, '条', '余', A, PT, null, LA],
      // 1-5 月 工业企业研发支出: monthly cumulative industrial R&D (规上 statistics) → rd_expenditure_industrial_enterprises_above_scale
      [
        '研发支出达 13.7 亿元',
        '13.7 亿元',
        13.7,
        null,
        '亿元',
        null,
        A,
        YTD,
        'rd_expenditure_industrial_enterprises_above_scale',
        LA,
      ],
      ['增幅 10.9%', '10.9%', 10.9, null, '%', null, G, YTD, 'rd_expenditure_industrial_enterprises_above_scale', RA],
      ['拥有量 98.41 项', '98.41 项', 98.41, null, '项', null, A, PT, 'invention_patents_per_10k', LA],
      ['辖区 5 家产业', '5 家', 5, null, '家', null, A, PT, null, LA],
      // 市级以上企业研发机构: narrower than rd_institutions → null
      ['150 家市级以上', '150 家', 150, null, '家', null, A, PT, null, LA],
      ['21 家众创空间', '21 家', 21, null, '家', null, A, PT, 'maker_spaces', LA],
      ['7 家孵化器', '7 家', 7, null, '家', null, A, PT, 'incubators', LA],
      ['企业达 56 家', '56 家', 56, null, '家', null, A, PT, null, LA],
      ['服务企业 160 多家次', '160 多家次', 160, null, '家次', '多', A, MY, null, LA],
      ['86 项新产品', '86 项', 86, null, '项', null, A, UN, null, LA],
      ['集成 3 万名人才', '3 万名', 3, null, '万名', null, A, UN, null, LA],
      ['4000 台仪器', '4000 台', 4000, null, '台', null, A, UN, null, LA],
      ['3000 万元', '3000 万元', 3000, null, '万元', null, A, UN, null, LA],
      ['为 51 家企业', '51 家', 51, null, '家', null, A, PT, null, LA],
      ['提供 151 笔', '151 笔', 151, null, '笔', null, A, PT, null, LA],
      ['担保额达 5.25 亿元', '5.25 亿元', 5.25, null, '亿元', null, A, PT, null, LA],
      ['产业教授 20 位', '20 位', 20, null, '位', null, A, PT, null, LA],
      ['攻关项目 32 个', '32 个', 32, null, '个', null, A, PT, null, LA],
      ['科技项目 12 个', '12 个', 12, null, '个', null, A, PT, null, LA],
      ['科技创新政策12条', '12条', 12, null, '条', null, A, UN, null, LA],
      ['增值服务事项171项', '171项', 171, null, '项', null, A, UN, null, LA],
      ['申报200多次', '200多次', 200, null, '次', '多', A, MY, null, LA],
    ],
  },
];

const here = dirname(fileURLToPath(import.meta.url));
const bulletins = join(here, '../../../../data/bulletins');

function indexOfUnique(hay: string, needle: string, from: number, to: number, what: string): number {
  const first = hay.indexOf(needle, from);
  if (first < 0 || first + needle.length > to) throw new Error(`${what}: "${needle}" not found`);
  const second = hay.indexOf(needle, first + 1);
  if (second >= 0 && second + needle.length <= to) throw new Error(`${what}: "${needle}" is not unique`);
  return first;
}

/** The body heading: a line that is the title, possibly behind markdown markers (#, **). */
function headingStart(text: string, title: string): number {
  let at = text.indexOf(title);
  while (at >= 0) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (/^[#*\s]*$/.test(text.slice(lineStart, at))) return at;
    at = text.indexOf(title, at + 1);
  }
  throw new Error(`heading not found: ${title}`);
}

function build(seed: string, specs: ArticleSpec[]): Gold {
  const text = readFileSync(join(bulletins, seed), 'utf8').replace(/^\uFEFF/, '');
  const starts = specs.map((s) => headingStart(text, s.title));
  const articles: GoldArticle[] = [];
  const measures: GoldMeasure[] = [];
  const figures: GoldFigure[] = [];
  specs.forEach((spec, articleIndex) => {
    const from = starts[articleIndex]!;
    const to = starts[articleIndex + 1] ?? text.length;
    if (articleIndex > 0 && from <= starts[articleIndex - 1]!) throw new Error('articles out of order');
    articles.push({ title: spec.title, regionCode: spec.regionCode, regionName: spec.regionName, start: from });
    let last = from;
    spec.measures.forEach((head, i) => {
      const start = indexOfUnique(text, head, from, to, `${seed} measure`);
      if (start <= last) throw new Error(`${seed}: measure out of order: ${head}`);
      last = start;
      measures.push({ articleIndex, ordinal: i + 1, start, head: text.slice(start, start + 12) });
    });
    for (const [context, fig, value, valueMax, unit, qualifier, kind, periodType, indicatorId, axes] of spec.figures) {
      const c = indexOfUnique(text, context, from, to, `${seed} figure context`);
      const start = c + indexOfUnique(context, fig, 0, context.length, `${seed} figure in "${context}"`);
      const end = start + fig.length;
      if (text.slice(start, end) !== fig) throw new Error(`span mismatch for ${fig}`);
      const figure: GoldFigure = {
        articleIndex,
        text: fig,
        start,
        end,
        value,
        valueMax,
        unit,
        qualifier,
        kind,
        periodType,
      };
      if (indicatorId !== undefined) figure.indicatorId = checkIndicator(indicatorId, `${seed}: ${context}`);
      if (axes) {
        if (kindOfAxes(axes.measure, axes.status) !== kind)
          throw new Error(`${seed}: "${context}" kind disagrees with its axes`);
        figure.measure = axes.measure;
        figure.status = axes.status;
      }
      figures.push(figure);
    }
  });
  figures.sort((a, b) => a.start - b.start);
  for (let i = 1; i < figures.length; i++) {
    if (figures[i]!.start < figures[i - 1]!.end)
      throw new Error(`${seed}: overlapping figures at ${figures[i]!.start}`);
  }
  const sha256 = createHash('sha256')
    .update(readFileSync(join(bulletins, seed)))
    .digest('hex');
  return { seed, sha256, articles, measures, figures };
}

const check = process.argv.includes('--check');
let stale = false;
for (const [seed, specs] of [
  ['kejiqingbao-2023-07.txt', SEED_2023],
  ['kejiqingbao-2024-07.txt', SEED_2024],
] as const) {
  const gold = build(seed, specs);
  const out = join(here, seed.replace(/\.txt$/, '.gold.json'));
  const json = `${JSON.stringify(gold, null, 2)}\n`;
  if (check) {
    let current = '';
    try {
      current = readFileSync(out, 'utf8');
    } catch {}
    if (current !== json) {
      stale = true;
      console.error(`${out} is stale`);
    }
  } else writeFileSync(out, json);
  console.log(
    `${seed}: ${gold.articles.length} articles, ${gold.measures.length} measures, ${gold.figures.length} figures`,
  );
}
if (stale) process.exit(1);
