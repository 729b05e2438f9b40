/**
 * Labels of held-out set 11's two planning texts: a county's 工作要点 for the next year (涞水, place
 * from its signature only) and a province's 县域 ranking notice naming several counties (湖南: the
 * counties' figures are theirs, not the province's). Decided by reading the texts and
 * ../gold/README.md; the README's "Labelling calls" explain the choices.
 */
import { A, type ArticleSpec, CA, DL, FY, G, LA, LT, MY, RA, RT, S, SA, ST, T, UN } from '../eval/held-out-labels';

const HTE = 'high_tech_enterprises';

export const laishui: ArticleSpec[] = [
  {
    title: '2026年全县科技创新工作要点',
    regionCode: '130623',
    regionName: '涞水县',
    placeEvidence: 'institution',
    measures: [
      '1. 实施高新技术企业倍增计划',
      '2. 推动科技型中小企业应评尽评',
      '3. 培育专精特新企业',
      '1. 加快建设县科技创新服务中心',
      '2. 支持企业建设研发机构',
      '1. 深化京津冀协同创新',
      '2. 办好科技成果对接会',
      '1. 落实财政科技投入稳定增长机制',
    ],
    figures: [
      // The goals paragraph: 2026年 (the source's year) dates them; flows full_year, stocks deadline.
      ['投入增长12%以上', '12%', 12, null, '%', '以上', T, FY, 'rd_expenditure', RT],
      ['强度达到1.1%', '1.1%', 1.1, null, '%', null, T, FY, 'rd_intensity', ST],
      [
        '总数达到60家，新认定',
        '60家',
        60,
        null,
        '家',
        null,
        T,
        DL,
        HTE,
        { ...LT, also: ['确保年底高新技术企业总数达到60家'] },
      ],
      ['新认定高新技术企业12家以上', '12家', 12, null, '家', '以上', T, FY, 'new_high_tech_enterprises_recognized', LT],
      ['评价入库130家以上', '130家', 130, null, '家', '以上', T, FY, 'tech_smes', LT],
      ['突破3亿元', '3亿元', 3, null, '亿元', '突破', T, FY, 'tech_contract_turnover', LT],
      // The look-back at 十四五: completed years; 五年间 spans the window.
      ['2020年的17家', '17家', 17, null, '家', null, A, FY, HTE, LA],
      ['2025年的48家', '48家', 48, null, '家', null, A, FY, HTE, LA],
      ['年均增长21%', '21%', 21, null, '%', null, G, MY, 'tech_smes', RA],
      ['累计登记技术合同216项', '216项', 216, null, '项', null, A, MY, null, LA],
      // Plan items: undated unless their sentence says 全年/年内/年底/每年.
      ['保持在80家左右', '80家', 80, null, '家', '左右', T, UN, null, LT],
      ['一次性奖励15万元', '15万元', 15, null, '万元', null, A, UN, null, LA],
      ['不少于6场', '6场', 6, null, '场', '不少于', T, FY, null, LT],
      ['新增入库企业40家', '40家', 40, null, '家', null, T, FY, 'new_national_tech_smes', LT],
      ['专精特新中小企业8家', '8家', 8, null, '家', null, T, UN, null, LT],
      ['全县总数达到35家', '35家', 35, null, '家', null, T, UN, 'specialized_sme', LT],
      ['建筑面积1.2万平方米', '1.2万平方米', 1.2, null, '万平方米', null, A, UN, null, LA],
      ['研发平台5个', '5个', 5, null, '个', null, T, UN, null, LT],
      ['给予50万元支持', '50万元', 50, null, '万元', null, A, UN, null, LA],
      ['中试基地2个', '2个', 2, null, '个', null, T, UN, null, LT],
      ['技术合同成交额1.5亿元以上', '1.5亿元', 1.5, null, '亿元', '以上', T, FY, null, LT],
      ['对接活动10场', '10场', 10, null, '场', null, T, FY, null, LT],
      ['合作项目30项', '30项', 30, null, '项', null, T, FY, null, LT],
      ['不低于2000万元', '2000万元', 2000, null, '万元', '不低于', A, FY, null, LA],
      ['增长不低于10%', '10%', 10, null, '%', '不低于', T, FY, 'fiscal_sci_tech_expenditure', RT],
    ],
  },
];

/** A score cell of the ranking table: the unit is the header's (分), the period 2024年度 of its lead line. */
const score = (county: string, value: string): [string, string, number, null, string, null, 'actual', 'full_year'] => [
  `${county}\t${value}`,
  value,
  Number(value),
  null,
  '分',
  null,
  A,
  FY,
];

export const hunan: ArticleSpec[] = [
  {
    title: '湖南省科学技术厅关于2024年度县域科技创新能力监测评价结果的通报',
    regionCode: '430000',
    regionName: '湖南省',
    placeEvidence: 'named',
    measures: ['一是加大县域研发投入', '二是对评价结果靠后的县', '三是支持县域建设'],
    figures: [
      // The notice's introduction: attributes of the evaluation itself.
      ['全省122个县', '122个', 122, null, '个', null, A, UN, null, LA],
      ['设置23项指标', '23项', 23, null, '项', null, A, UN, null, LA],
      // 一、: 县域 sums and averages are narrower than the province; 全省高新技术企业 is the province's.
      ['合计286.5亿元', '286.5亿元', 286.5, null, '亿元', null, A, FY, null, LA],
      ['比上年增长13.2%', '13.2%', 13.2, null, '%', null, G, FY, null, RA],
      ['平均为1.86%', '1.86%', 1.86, null, '%', null, S, FY, null, SA],
      ['提高0.12个百分点', '0.12个百分点', 0.12, null, '个百分点', null, G, FY, null, CA],
      ['全省高新技术企业达到16400家', '16400家', 16400, null, '家', null, A, FY, HTE, LA],
      ['县域高新技术企业7850家', '7850家', 7850, null, '家', null, A, FY, null, LA],
      ['占全省的47.9%', '47.9%', 47.9, null, '%', null, S, FY, null, SA],
      // 二、: each county's score and figures belong to that county.
      [...score('长沙县', '91.36'), null, { ...LA, also: [['综合得分91.36分', '91.36分']] }],
      [...score('浏阳市', '88.74'), null, LA],
      [...score('宁乡市', '86.05'), null, LA],
      [...score('醴陵市', '82.17'), null, LA],
      [...score('湘乡市', '79.93'), null, LA],
      ['强度达到4.12%', '4.12%', 4.12, null, '%', null, S, FY, null, SA],
      ['总数达到436家', '436家', 436, null, '家', null, A, FY, null, LA],
      ['比上年末增加52家', '52家', 52, null, '家', null, G, FY, null, CA],
      ['增长1.3倍', '1.3倍', 1.3, null, '倍', null, G, FY, null, RA],
      ['达到9.7亿元', '9.7亿元', 9.7, null, '亿元', null, A, FY, null, LA],
      // 三、: goals for 县域 averages and a programme's count, by 2027.
      ['平均达到2.2%', '2.2%', 2.2, null, '%', null, T, DL, null, ST],
      ['示范县20个', '20个', 20, null, '个', null, T, DL, null, LT],
    ],
  },
];
