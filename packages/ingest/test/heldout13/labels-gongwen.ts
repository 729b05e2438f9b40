/**
 * Labels of held-out set 13's official documents: a 科技局 通知 with a 文号 above its title, a lead-in,
 * numbered paragraphs, 附件 lines and a 落款 (柳州), and a 政策解读 whose questions are numbered lines
 * ending in ？ (长治). Decided by reading the texts and ../gold/README.md; the calls are in README.md.
 */
import { A, type ArticleSpec, DL, FY, G, LA, LT, RA, RT, S, SA, ST, T, UN } from '../eval/held-out-labels';

export const liuzhou: ArticleSpec[] = [
  {
    title: '柳州市科学技术局关于做好2026年度科技成果转化工作的通知',
    regionCode: '450200',
    regionName: '柳州市',
    placeEvidence: 'institution',
    measures: ['一、摸清成果底数', '二、建设转化载体', '三、培育技术经理人', '四、强化考核评价'],
    figures: [
      ['科技成果412项', '412项', 412, null, '项', null, A, FY, 'tech_achievements', LA],
      ['成交额47.3亿元', '47.3亿元', 47.3, null, '亿元', null, A, FY, 'tech_contract_turnover', LA],
      // Tasks the notice sets for its own year (年内, 全年): targets for the whole year.
      ['不少于300项', '300项', 300, null, '项', '不少于', T, FY, null, LT],
      ['最高100万元', '100万元', 100, null, '万元', '最高', A, UN, null, LA],
      ['中试基地15个以上', '15个', 15, null, '个', '以上', T, DL, null, LT],
      ['技术经理人200人次', '200人次', 200, null, '人次', null, T, FY, null, LT],
      ['达到55亿元', '55亿元', 55, null, '亿元', null, T, FY, 'tech_contract_turnover', LT],
      ['16%以上', '16%', 16, null, '%', '以上', T, FY, 'tech_contract_turnover', RT],
    ],
  },
];

export const changzhi: ArticleSpec[] = [
  {
    title: '《长治市支持企业加大研发投入若干措施》政策解读',
    regionCode: '140400',
    regionName: '长治市',
    placeEvidence: 'named',
    measures: [
      '1.《措施》的目标是什么',
      '2.研发费用补助怎么算',
      '3.新认定的研发平台',
      '4.科技贷款贴息政策',
      '5.政策什么时候开始执行',
    ],
    figures: [
      [
        '达到48.6亿元',
        '48.6亿元',
        48.6,
        null,
        '亿元',
        null,
        A,
        FY,
        'rd_expenditure_industrial_enterprises_above_scale',
        LA,
      ],
      ['同比增长13.2%', '13.2%', 13.2, null, '%', null, G, FY, 'rd_expenditure_industrial_enterprises_above_scale', RA],
      ['仅为39%', '39%', 39, null, '%', null, S, FY, null, SA],
      ['强度达到2.2%', '2.2%', 2.2, null, '%', null, T, DL, 'rd_intensity', ST],
      ['占比达到50%以上', '50%', 50, null, '%', '以上', T, DL, null, ST],
      // Policy parameters dated by 上年度 / 每年 in their own sentence (decision 010).
      ['超过10%', '10%', 10, null, '%', '超过', G, FY, null, RA],
      ['部分的8%', '8%', 8, null, '%', null, S, FY, null, SA],
      ['每年最高200万元', '200万元', 200, null, '万元', '最高', A, FY, null, LA],
      ['分别给予100万元', '100万元', 100, null, '万元', null, A, UN, null, LA],
      ['30万元奖励', '30万元', 30, null, '万元', null, A, UN, null, LA],
      // Three different facts with the number 50: a target share, a subsidy rate and a cap.
      ['利率的50%', '50%', 50, null, '%', null, S, FY, null, SA],
      ['每年最高50万元', '50万元', 50, null, '万元', '最高', A, FY, null, LA],
    ],
  },
];
