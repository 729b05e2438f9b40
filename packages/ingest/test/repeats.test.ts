/** A fact stated again in one source is one observation with several spans (issue 9). */
import { describe, expect, it } from 'vitest';
import { run } from './fixtures/run';

const spansOf = (f: { start: number; end: number; repeats?: { start: number; end: number }[] }) => [
  [f.start, f.end],
  ...(f.repeats ?? []).map((r) => [r.start, r.end]),
];

describe('repeated facts', () => {
  const text = [
    '南京市高新技术企业突破3000家',
    '截至目前，全市高新技术企业达到3000家，同比增长12.5%。',
    '一是强化企业培育。今年以来，新增科技型中小企业300家，新增孵化器企业300家。',
    '二是完善服务体系。截至目前，全市高新技术企业达到3000家。',
  ].join('\n\n');
  const result = run(text);
  const figures = result.articles.flatMap((a) => a.indicators);

  it('keeps one observation for a headline, a lede and a repeated sentence, holding every span', () => {
    const stock = figures.filter((f) => f.value === 3000);
    expect(stock).toHaveLength(1);
    const spans = spansOf(stock[0]!);
    expect(spans).toHaveLength(3);
    for (const [s, e] of spans) expect(text.slice(s, e)).toBe('3000家');
    expect(stock[0]!.repeats!.every((r) => text.slice(r.start, r.end) === r.text)).toBe(true);
  });

  it('keeps the same number about different things, or twice in one sentence, apart', () => {
    expect(figures.filter((f) => f.value === 300)).toHaveLength(2);
  });

  it('keeps two caps of the same amount apart: undated rules are not one fact', () => {
    const caps = run(
      '某市支持科技创新\n\n一是对新认定的企业给予最高300万元奖励。\n\n二是对中试基地按投入的20%给予补助，最高300万元。',
    ).articles.flatMap((a) => a.indicators);
    expect(caps.filter((f) => f.value === 300)).toHaveLength(2);
  });

  it('joins a bilingual highlights line to the body when the value is precise and the period the same', () => {
    const bilingual = [
      '南京市一季度经济运行情况',
      'Q1 highlights: GDP +7.4%, exports down 4.2%.',
      '1-3月，全市地区生产总值同比增长7.4%；出口总额同比下降4.2%。另有企业同比增长30%。',
      '今年一季度，全市新增企业同比增长30%。',
    ].join('\n\n');
    const found = run(bilingual, 'bulletin-2025-04.txt').articles.flatMap((a) => a.indicators);
    expect(found.filter((f) => f.value === 7.4)).toHaveLength(1);
    expect(found.filter((f) => f.value === -4.2)).toHaveLength(1);
    expect(found.find((f) => f.value === 7.4)?.repeats).toHaveLength(1);
    // 30% is not precise enough to be the same fact by its value alone.
    expect(found.filter((f) => f.value === 30)).toHaveLength(2);
  });
});
