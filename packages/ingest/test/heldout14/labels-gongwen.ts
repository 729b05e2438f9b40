/**
 * Held-out set 14, the 公文: a 通知 of 通州区's 科信局 (2026-04-20) with a background paragraph of
 * 2025 figures, numbered parts 一、–五、 (the measures; the （一）–（三） rules stay inside 三、) and a
 * goal paragraph. Labelled blind by reading the text and ../gold/README.md.
 */
import { A, type ArticleSpec, CA, DL, FY, G, LA, LT, PT, T, UN } from '../eval/held-out-labels';

export const tongzhou: ArticleSpec[] = [
  {
    title: '北京市通州区科学技术和信息化局关于开展2026年度科技企业孵化器绩效评价和奖励工作的通知',
    regionCode: '110112',
    regionName: '通州区',
    placeEvidence: 'named',
    measures: ['一、评价对象', '二、评价内容', '三、奖励标准', '四、工作目标', '五、申报时间'],
    figures: [
      // 市级以上 (in 北京, the provincial level and above) is not the all-levels incubator line.
      ['市级以上科技企业孵化器28家', '28家', 28, null, '家', null, A, PT, null, LA],
      ['国家级孵化器6家', '6家', 6, null, '家', null, A, PT, null, LA],
      ['在孵企业1460家', '1460家', 1460, null, '家', null, A, PT, null, LA],
      ['新增在孵企业312家', '312家', 312, null, '家', null, A, FY, null, LA],
      ['毕业企业87家', '87家', 87, null, '家', null, A, FY, null, LA],
      ['较2024年底净增3家', '3家', 3, null, '家', null, G, FY, null, CA],
      // Eligibility thresholds and rewards: policy parameters.
      ['不少于3000平方米', '3000平方米', 3000, null, '平方米', '不少于', A, UN, null, LA],
      ['在孵企业不少于30家', '30家', 30, null, '家', '不少于', A, UN, null, LA],
      ['优秀的，给予一次性奖励50万元', '50万元', 50, null, '万元', null, A, UN, null, LA],
      ['良好的，给予30万元', '30万元', 30, null, '万元', null, A, UN, null, LA],
      ['国家级孵化器的，给予一次性奖励100万元', '100万元', 100, null, '万元', null, A, UN, null, LA],
      // Two rules of the same amount are two figures.
      ['市级孵化器的，给予50万元', '50万元', 50, null, '万元', null, A, UN, null, LA],
      // 每年 in the sentence dates both amounts of the rule.
      ['每家奖励孵化器5万元', '5万元', 5, null, '万元', null, A, FY, null, LA],
      ['每年最高100万元', '100万元', 100, null, '万元', null, A, FY, null, LA],
      ['力争达到35家', '35家', 35, null, '家', null, T, DL, null, LT],
      ['在孵企业突破2000家', '2000家', 2000, null, '家', '突破', T, DL, null, LT],
      ['国家级孵化器1—2家', '1—2家', 1, 2, '家', null, T, FY, null, LT],
    ],
  },
];
