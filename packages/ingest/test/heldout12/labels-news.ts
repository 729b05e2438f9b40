/**
 * Labels of held-out set 12's WeChat 推文: a 喜报 from an account that names no place (我区, 区科技局
 * only; region unknown, the extractor must flag it), with emoji, half-width punctuation, a 划重点
 * line repeating the headline's fact and three 亮点 sub-headings. The district's own figures stay
 * linked (the place is unknown, not another place). Decided by reading the text and ../gold/README.md.
 */
import { A, type ArticleSpec, CA, DL, G, LA, LT, PT, RA, S, SA, T, YTD } from '../eval/held-out-labels';

export const tuiwen: ArticleSpec[] = [
  {
    title: '🎉喜报!我区今年又有32家企业通过高企认定',
    regionCode: null,
    regionName: null,
    measures: ['亮点一:专精特新加速成长', '亮点二:研发投入持续加大', '亮点三:金融活水精准滴灌'],
    figures: [
      [
        '又有32家企业',
        '32家',
        32,
        null,
        '家',
        null,
        A,
        YTD,
        'new_high_tech_enterprises_recognized',
        { ...LA, also: ['新认定高新技术企业32家'] },
      ],
      ['同比增长28%', '28%', 28, null, '%', null, G, YTD, 'new_high_tech_enterprises_recognized', RA],
      ['总数达到247家', '247家', 247, null, '家', null, A, PT, 'high_tech_enterprises', LA],
      ['净增21家', '21家', 21, null, '家', null, G, YTD, 'new_national_high_tech_enterprises_added', CA],
      ['中小企业9家', '9家', 9, null, '家', null, A, YTD, null, LA],
      ['总数达到58家', '58家', 58, null, '家', null, A, YTD, 'specialized_sme', LA],
      [';2家企业获评', '2家', 2, null, '家', null, A, YTD, null, LA],
      [
        '达到6.8亿元',
        '6.8亿元',
        6.8,
        null,
        '亿元',
        null,
        A,
        YTD,
        'rd_expenditure_industrial_enterprises_above_scale',
        LA,
      ],
      [
        '同比增长19.3%',
        '19.3%',
        19.3,
        null,
        '%',
        null,
        G,
        YTD,
        'rd_expenditure_industrial_enterprises_above_scale',
        RA,
      ],
      ['比重达到3.1%', '3.1%', 3.1, null, '%', null, S, YTD, null, SA],
      // One product's loans (科创积分贷): not the district's total.
      ['为126家企业', '126家', 126, null, '家', null, A, PT, null, LA],
      ['贷款4.2亿元', '4.2亿元', 4.2, null, '亿元', null, A, PT, null, LA],
      ['突破300家', '300家', 300, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
    ],
  },
];
