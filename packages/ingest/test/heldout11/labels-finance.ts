/**
 * Labels of held-out set 11's two money texts: a 人大 budget-execution report (四平, place from the
 * hints only) and an enterprise-facing 申报通知 with thresholds and subsidy rates (泉州). Decided by
 * reading the texts and ../gold/README.md; the README's "Labelling calls" explain the choices.
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
  RE,
  RT,
  S,
  SA,
  SE,
  ST,
  T,
  UN,
} from '../eval/held-out-labels';

const FISCAL = 'fiscal_sci_tech_expenditure';
const BUDGET = 'fiscal_sci_tech_budget';
const RD_ABOVE_SCALE = 'rd_expenditure_industrial_enterprises_above_scale';

export const siping: ArticleSpec[] = [
  {
    title: '关于2025年全市和市本级预算执行情况与2026年全市和市本级预算草案的报告（摘要）',
    regionCode: '220300',
    regionName: '四平市',
    placeEvidence: 'metadata',
    measures: [
      '（一）科技投入保障情况',
      '（二）支持企业创新情况',
      '（三）科技金融情况',
      '（一）加大关键技术攻关投入',
      '（二）完善科技成果转化支持政策',
      '（三）落实企业研发投入后补助',
    ],
    figures: [
      // Part 一's opening paragraph (an introduction): 预计 makes the year's totals estimates.
      ['预计完成61.8亿元', '61.8亿元', 61.8, null, '亿元', null, A, FY, null, LE],
      ['同比增长3.2%', '3.2%', 3.2, null, '%', null, G, FY, null, RE],
      ['预计完成268.4亿元', '268.4亿元', 268.4, null, '亿元', null, A, FY, null, LE],
      ['增长1.9%', '1.9%', 1.9, null, '%', null, G, FY, null, RE],
      [
        '科学技术支出预计完成5.36亿元',
        '5.36亿元',
        5.36,
        null,
        '亿元',
        null,
        A,
        FY,
        FISCAL,
        { ...LE, also: ['占全市科学技术支出5.36亿元'] },
      ],
      ['比上年增长11.4%', '11.4%', 11.4, null, '%', null, G, FY, FISCAL, RE],
      ['占一般公共预算支出的2.0%', '2.0%', 2, null, '%', null, S, FY, null, SE],
      // （一）: 市本级 is one level of government, not the city's total.
      ['支出完成2.14亿元', '2.14亿元', 2.14, null, '亿元', null, A, FY, null, LA],
      ['为调整预算的97.6%', '97.6%', 97.6, null, '%', null, S, FY, null, SA],
      ['的39.9%', '39.9%', 39.9, null, '%', null, S, FY, null, SA],
      ['转移支付资金1.05亿元', '1.05亿元', 1.05, null, '亿元', null, A, FY, null, LA],
      ['已拨付1.68亿元', '1.68亿元', 1.68, null, '亿元', null, A, PT, null, LA],
      ['拨付进度为93.5%', '93.5%', 93.5, null, '%', null, S, PT, null, SA],
      // （二）
      ['补助资金4120万元', '4120万元', 4120, null, '万元', null, A, FY, null, LA],
      ['惠及企业236家', '236家', 236, null, '家', null, A, FY, null, LA],
      ['研发费用增长14.7%', '14.7%', 14.7, null, '%', null, G, FY, RD_ABOVE_SCALE, RA],
      ['每家奖励10万元', '10万元', 10, null, '万元', null, A, UN, null, LA],
      ['新认定高新技术企业58家', '58家', 58, null, '家', null, A, FY, 'new_high_tech_enterprises_recognized', LA],
      ['达到412家', '412家', 412, null, '家', null, A, FY, 'high_tech_enterprises', LA],
      // （三）: one fund's and one pool's attributes; the city's loans; the province's growth.
      ['总规模5亿元', '5亿元', 5, null, '亿元', null, A, UN, null, LA],
      ['首期到位1.5亿元', '1.5亿元', 1.5, null, '亿元', null, A, UN, null, LA],
      ['扩大到8000万元', '8000万元', 8000, null, '万元', null, A, UN, null, LA],
      ['科技贷款21.3亿元', '21.3亿元', 21.3, null, '亿元', null, A, FY, 'tech_loans', LA],
      ['同比增长26.8%', '26.8%', 26.8, null, '%', null, G, FY, 'tech_loans', RA],
      ['增长8.9%', '8.9%', 8.9, null, '%', null, G, FY, null, RA],
      // Part 三's opening paragraph: the 2026 budget of 市本级 is what fiscal_sci_tech_budget counts.
      ['预期增长3%左右', '3%', 3, null, '%', '左右', T, FY, null, RT],
      ['预算安排2.35亿元', '2.35亿元', 2.35, null, '亿元', null, A, FY, BUDGET, LA],
      ['增加0.21亿元', '0.21亿元', 0.21, null, '亿元', null, G, FY, null, CA],
      ['增长9.8%', '9.8%', 9.8, null, '%', null, G, FY, BUDGET, RA],
      // Part 三's items: budget lines and rules with no period of their own.
      ['项目资金6000万元', '6000万元', 6000, null, '万元', null, A, UN, null, LA],
      ['转化资金3000万元', '3000万元', 3000, null, '万元', null, A, UN, null, LA],
      ['超过500万元', '500万元', 500, null, '万元', '超过', A, UN, null, LA],
      ['成交额的3%', '3%', 3, null, '%', null, S, UN, null, SA],
      ['最高50万元', '50万元', 50, null, '万元', '最高', A, UN, null, LA],
      ['安排资金4500万元', '4500万元', 4500, null, '万元', null, A, UN, null, LA],
      ['达到1.35%', '1.35%', 1.35, null, '%', null, T, FY, 'rd_intensity', ST],
      ['突破450家', '450家', 450, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
    ],
  },
];

export const quanzhou: ArticleSpec[] = [
  {
    title: '泉州市科学技术局关于组织申报2026年度企业研发费用分段补助的通知',
    regionCode: '350500',
    regionName: '泉州市',
    placeEvidence: 'named',
    measures: ['一、支持对象', '二、申报条件', '三、补助标准', '四、申报材料', '五、申报时间'],
    figures: [
      // The notice's introduction: the programme's last year, the city's stock, the 十四五 total.
      ['全市1126家企业', '1126家', 1126, null, '家', null, A, FY, null, LA],
      ['补助金额合计2.18亿元', '2.18亿元', 2.18, null, '亿元', null, A, FY, null, LA],
      ['研发费用增长15.6%', '15.6%', 15.6, null, '%', null, G, FY, RD_ABOVE_SCALE, RA],
      ['达到3280家', '3280家', 3280, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      ['补助9.6亿元', '9.6亿元', 9.6, null, '亿元', null, A, MY, null, LA],
      ['惠及企业4300余家次', '4300余家次', 4300, null, '家次', '余', A, MY, null, LA],
      // 二、: thresholds, dated by 上年度 in their own ;-item.
      ['不低于200万元', '200万元', 200, null, '万元', '不低于', A, FY, null, LA],
      ['比例不低于3%', '3%', 3, null, '%', '不低于', S, FY, null, SA],
      ['增长10%以上', '10%', 10, null, '%', '以上', G, FY, null, RA],
      // 三、: the first ;-item names 上年度, the next ones do not.
      ['超过200万元', '200万元', 200, null, '万元', '超过', A, FY, null, LA],
      ['不超过1000万元的部分', '1000万元', 1000, null, '万元', '不超过', A, FY, null, LA],
      ['按5%给予补助', '5%', 5, null, '%', null, S, FY, null, SA],
      [';超过1000万元的部分', '1000万元', 1000, null, '万元', '超过', A, UN, null, LA],
      ['按8%给予补助', '8%', 8, null, '%', null, S, UN, null, SA],
      [
        '单个企业最高补助300万元。对',
        '300万元',
        300,
        null,
        '万元',
        '最高',
        A,
        UN,
        null,
        { ...LA, also: ['温馨提示：单个企业最高补助300万元'] },
      ],
      ['上浮2个百分点', '2个百分点', 2, null, '个百分点', null, G, UN, null, CA],
    ],
  },
];
