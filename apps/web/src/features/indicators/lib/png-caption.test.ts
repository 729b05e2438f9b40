import { describe, expect, it } from 'vitest';
import { translator } from '@/i18n';
import { SERIES } from '@/test/fixtures';
import { makeTarget } from '../test/builders';
import { buildPngCaption } from './png-caption';

describe('buildPngCaption', () => {
  it('names the indicator and places, then every distinct source with its authority, issue and URL', () => {
    const target = makeTarget('321000', { value: 3000, deadlineYear: 2025 });
    const caption = buildPngCaption({
      indicatorName: '高新技术企业数',
      modeLabel: null,
      places: ['呼和浩特', '南京', '扬州'],
      series: [SERIES.hohhotHighTech, SERIES.nanjingHighTech, SERIES.hohhotHighTech],
      targets: [target, target],
      t: translator('zh'),
    });
    expect(caption.map((p) => p.text)).toEqual([
      '高新技术企业数',
      '地区：呼和浩特、南京、扬州',
      '来源：',
      '1. 【新闻转载】呼和浩特、包头入选国家创新型城市创新能力评价报告2022 (草原全媒·北方新报 转载) https://fensifuwu.com/economics/909ba8f9a27460a17f89289230b598ef.html',
      '2. 【新闻转载】南京GDP五年跨越五个千亿级台阶 挺进全国大中城市十强 (中新网 2023-01-10 转载) http://que.zunyiyoushi.com/20220501/frieszhuo.html',
      '3. 【科技情报参考】科技情报参考（2024年第7期）',
    ]);
  });

  it.each([
    {
      lang: 'zh' as const,
      note: '注：1 个数据的来源不一致，图中为按规则采用的值，其他来源的数值见页面“来源不一致”说明。',
      source: '1. 【新闻转载】呼和浩特市、包头市上榜',
    },
    {
      lang: 'en' as const,
      note: 'Note: sources disagree on 1 figures; the chart shows the value chosen by the rule, the others are listed on the page.',
      source: '1. [News reprint] 呼和浩特市、包头市上榜',
    },
  ])('says that sources disagree on a drawn figure ($lang)', ({ lang, note, source }) => {
    const caption = buildPngCaption({
      indicatorName: '研发经费投入',
      modeLabel: null,
      places: ['呼和浩特'],
      series: [SERIES.hohhotRd],
      targets: [],
      t: translator(lang),
    }).map((p) => p.text);
    expect(caption.at(-2)).toMatch(new RegExp(`^${source.replace(/[[\]]/g, '\\$&')}`));
    expect(caption.at(-1)).toBe(note);
  });

  it('says how the values are shown, in English too', () => {
    const caption = buildPngCaption({
      indicatorName: 'GDP',
      modeLabel: 'Per capita',
      places: ['Hohhot'],
      series: [],
      targets: [],
      t: translator('en'),
    });
    expect(caption.map((p) => p.text)).toEqual(['GDP', 'Shown as: Per capita', 'Places: Hohhot', 'Sources: ']);
  });
});
