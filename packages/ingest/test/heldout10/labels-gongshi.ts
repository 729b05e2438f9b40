/**
 * Labels of held-out set 10's 区 subsidy 公示 (proposed grants with amounts), made by reading it;
 * ./label.ts turns them into a gold file. Calls: ./README.md.
 */
import { A, type ArticleSpec, FY, LA, S, SA, UN } from '../eval/held-out-labels';

/** A 公示 of proposed grants (拟): the amounts are decided, not estimated; each row is one company's. */
export const yuci: ArticleSpec[] = [
  {
    title: '关于2026年度区级科技创新奖补资金拟支持项目的公示',
    regionCode: '140702',
    regionName: '榆次区',
    placeEvidence: 'institution',
    measures: ['一、高新技术企业认定奖励', '二、研发费用后补助', '三、科技创新平台建设奖励', '四、科技成果转化奖励'],
    figures: [
      ['以下14个项目', '14个', 14, null, '个', null, A, UN, null, { ...LA, also: ['合计：14个项目'] }],
      ['共计349.5万元', '349.5万元', 349.5, null, '万元', null, A, UN, null, { ...LA, also: ['资金349.5万元'] }],
      ['（5项，', '5项', 5, null, '项', null, A, UN, null, LA],
      ['计80万元', '80万元', 80, null, '万元', null, A, UN, null, LA],
      ['每家奖励20万元', '20万元', 20, null, '万元', null, A, FY, null, LA],
      ['每家奖励10万元', '10万元', 10, null, '万元', null, A, FY, null, LA],
      ['晋达精密机械有限公司\t首次认定\t20万元', '20万元', 20, null, '万元', null, A, UN, null, LA],
      ['华拓新材料科技有限公司\t首次认定\t20万元', '20万元', 20, null, '万元', null, A, UN, null, LA],
      ['恒瑞通信息技术有限公司\t首次认定\t20万元', '20万元', 20, null, '万元', null, A, UN, null, LA],
      ['德胜液压科技有限公司\t重新认定\t10万元', '10万元', 10, null, '万元', null, A, UN, null, LA],
      ['鼎新生物工程有限公司\t重新认定\t10万元', '10万元', 10, null, '万元', null, A, UN, null, LA],
      ['(4项,', '4项', 4, null, '项', null, A, UN, null, LA],
      ['计126.5万元', '126.5万元', 126.5, null, '万元', null, A, UN, null, LA],
      ['增量的10%', '10%', 10, null, '%', null, S, UN, null, SA],
      ['最高不超过50万元', '50万元', 50, null, '万元', '最高不超过', A, UN, null, LA],
      ['\t412万元', '412万元', 412, null, '万元', null, A, UN, null, LA],
      ['\t41.2万元', '41.2万元', 41.2, null, '万元', null, A, UN, null, LA],
      ['\t286万元', '286万元', 286, null, '万元', null, A, UN, null, LA],
      ['\t28.6万元', '28.6万元', 28.6, null, '万元', null, A, UN, null, LA],
      ['\t600万元', '600万元', 600, null, '万元', null, A, UN, null, LA],
      ['600万元\t50万元', '50万元', 50, null, '万元', null, A, UN, null, LA],
      ['\t67万元', '67万元', 67, null, '万元', null, A, UN, null, LA],
      ['\t6.7万元', '6.7万元', 6.7, null, '万元', null, A, UN, null, LA],
      ['（3项，', '3项', 3, null, '项', null, A, UN, null, LA],
      ['计110万元', '110万元', 110, null, '万元', null, A, UN, null, LA],
      ['每个奖励50万元', '50万元', 50, null, '万元', null, A, UN, null, LA],
      ['每个奖励10万元', '10万元', 10, null, '万元', null, A, UN, null, LA],
      ['省级重点实验室\t50万元', '50万元', 50, null, '万元', null, A, UN, null, LA],
      ['省级技术创新中心\t50万元', '50万元', 50, null, '万元', null, A, UN, null, LA],
      ['市级技术创新中心\t10万元', '10万元', 10, null, '万元', null, A, UN, null, LA],
      ['（2项，', '2项', 2, null, '项', null, A, UN, null, LA],
      ['计33万元', '33万元', 33, null, '万元', null, A, UN, null, LA],
      ['成交额300万元以上', '300万元', 300, null, '万元', '以上', A, UN, null, LA],
      ['成交额的2%', '2%', 2, null, '%', null, S, UN, null, SA],
      ['最高20万元', '20万元', 20, null, '万元', '最高', A, UN, null, LA],
      ['\t650万元', '650万元', 650, null, '万元', null, A, UN, null, LA],
      ['\t13万元', '13万元', 13, null, '万元', null, A, UN, null, LA],
      ['\t1200万元', '1200万元', 1200, null, '万元', null, A, UN, null, LA],
      ['1200万元\t20万元', '20万元', 20, null, '万元', null, A, UN, null, LA],
    ],
  },
];
