/**
 * Held-out set 15, the 顺德 政策解读 (GB18030): a Q&A with a subsidy band table, a 划重点 line restating
 * one band, and a quota table with a 合计 row and a note dating a column. Labelled by reading the
 * text against ../gold/README.md; calls explained in README.md.
 */
import { A, type ArticleSpec, type FigureSpec, FY, LA, LT, PT, S, SA, T, UN } from '../eval/held-out-labels';

/** 表2's rows: 镇街 inside 顺德 (other places: unlinked); stocks dated by the note, tasks by the header. */
const townRows: [string, number, number][] = [
  ['大良街道', 265, 62],
  ['容桂街道', 498, 110],
  ['伦教街道', 156, 38],
  ['勒流街道', 173, 41],
  ['陈村镇', 182, 45],
  ['北滘镇', 412, 96],
  ['乐从镇', 208, 50],
  ['龙江镇', 236, 57],
  ['杏坛镇', 147, 35],
  ['均安镇', 241, 66],
];
const townFigures: FigureSpec[] = townRows.flatMap(([town, stock, task]): FigureSpec[] => [
  [`| ${town} | ${stock}`, `${stock}`, stock, null, '家', null, A, PT, null, LA],
  [`| ${stock} | ${task} |`, `${task}`, task, null, '家', null, T, FY, null, LT],
]);

/** 2026-11-25. Table cells: the number alone is the span, the unit is the column header's. */
export const shunde: ArticleSpec[] = [
  {
    title: '《顺德区促进企业研发投入和高新技术企业培育若干措施》政策解读',
    regionCode: '440606',
    regionName: '顺德区',
    placeEvidence: 'named',
    measures: ['一、《若干措施》出台', '二、企业研发费用补助', '三、对新认定', '四、各镇街', '五、企业如何申报'],
    figures: [
      [
        '高新技术企业达到2518家',
        '2518家',
        2518,
        null,
        '家',
        null,
        A,
        PT,
        'high_tech_enterprises',
        { ...LA, also: [['| 合计 | 2518', '2518']] },
      ],
      ['研发机构覆盖率达到52%', '52%', 52, null, '%', null, S, PT, null, SA],
      ['比重仅为1.8%', '1.8%', 1.8, null, '%', null, S, PT, null, SA],
      ['每年安排不少于3亿元', '3亿元', 3, null, '亿元', '不少于', A, FY, null, LA],
      // The yearly cap over all bands (dated by 每年) is not 第三档's cap (dated by nothing).
      ['单个企业每年补助最高300万元', '300万元', 300, null, '万元', '最高', A, FY, null, LA],
      ['| 第一档 | 200以下', '200', 200, null, '万元', '以下', A, UN, null, LA],
      ['| 200以下 | 5%', '5%', 5, null, '%', null, S, UN, null, SA],
      ['| 5% | 10 |', '10', 10, null, '万元', null, A, UN, null, LA],
      ['| 第二档 | 200—1000', '200—1000', 200, 1000, '万元', null, A, UN, null, LA],
      ['| 8% |', '8%', 8, null, '%', null, S, UN, null, SA],
      ['| 8% | 80 |', '80', 80, null, '万元', null, A, UN, null, LA],
      // 第三档 restated by the 划重点 line: one rule, two spans each.
      [
        '| 第三档 | 1000以上',
        '1000',
        1000,
        null,
        '万元',
        '以上',
        A,
        UN,
        null,
        { ...LA, also: [['增量1000万元以上的企业', '1000万元']] },
      ],
      ['| 1000以上 | 10%', '10%', 10, null, '%', null, S, UN, null, { ...SA, also: ['按增量的10%给予补助'] }],
      [
        '| 10% | 300 |',
        '300',
        300,
        null,
        '万元',
        null,
        A,
        UN,
        null,
        { ...LA, also: [['10%给予补助，最高300万元', '300万元']] },
      ],
      ['一次性给予20万元奖励', '20万元', 20, null, '万元', null, A, UN, null, LA],
      ['一次性给予10万元奖励', '10万元', 10, null, '万元', null, A, UN, null, LA],
      ['投入的30%给予补助', '30%', 30, null, '%', null, S, UN, null, SA],
      ['30%给予补助，最高300万元', '300万元', 300, null, '万元', '最高', A, UN, null, LA],
      [
        '全区计划新增高新技术企业600家',
        '600家',
        600,
        null,
        '家',
        null,
        T,
        FY,
        'new_national_high_tech_enterprises_added',
        { ...LT, also: [['| 2518 | 600 |', '600']] },
      ],
      ...townFigures,
    ],
  },
];
