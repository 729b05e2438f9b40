/**
 * Held-out set 15's period, status and link causes, on invented sentences: the base a goal starts
 * from is reported (and the same fact as the result it restates), a named year's end without 到 is a
 * goal's date, 仍有/共有 is a stock standing at the period's end, and one kind of patent is a part
 * of the patent count, and 完成 after a total's name leaves it that total (real catalogue).
 */
import { describe, expect, it } from 'vitest';
import { extract, loadIngestContext } from '../src/index';
import { DATA_DIR } from './eval/gold';
import { article, figures } from './fixtures/run';

const row = (f: { text: string; status: string; period: { type: string; end: string | null } }) => [
  f.text,
  f.status,
  f.period.type,
  f.period.end,
];

describe('periods and status of a plan part', () => {
  const text = [
    '县科技局2024年工作总结和2025年工作打算',
    '2024年，县科技局聚焦企业培育，各项工作取得积极成效。现将有关情况报告如下。',
    '一、2024年主要工作完成情况',
    '1.科技型企业培育成效明显。\n2024年，全县科技型中小企业达到236家，同比增长12.4%。',
    '二、2025年工作打算',
    '① 实施企业倍增行动，做大创新主体规模。\n在2024年全县科技型中小企业达到236家的基础上，力争2025年底突破300家。',
    '② 提升平台能级。\n新建孵化器2家以上。',
    '县科技局\n2024年12月18日',
  ].join('\n\n');
  const found = figures(text, 'summary.txt');

  it('reads the base a goal starts from as the result it restates: one fact, reported', () => {
    const base = found.filter((f) => f.value === 236);
    expect(base.map(row)).toEqual([['236家', 'actual', 'full_year', '2024-12-31']]);
    expect(base[0]!.repeats).toHaveLength(1);
  });

  it('reads a named year end without 到 as the goal’s date', () => {
    expect(found.filter((f) => f.value === 300).map(row)).toEqual([['300家', 'target', 'deadline', '2025-12-31']]);
  });

  it('reads a comparison with an earlier year end as no date of the figure', () => {
    const net = figures(article('截至6月底，全市孵化器达到58家，较2023年底净增6家。')).find((f) => f.value === 6);
    expect(net?.period.type).toBe('year_to_date');
  });
});

describe('stocks', () => {
  it('reads 仍有 as what stands at the end of the months so far', () => {
    const found = figures(article('1—6月，全市新增孵化器5家；全市仍有12个乡镇没有科技特派员。'));
    expect(found.filter((f) => f.value === 12).map(row)).toEqual([['12个', 'actual', 'point', '2024-06-30']]);
    expect(found.find((f) => f.value === 5)?.period.type).toBe('year_to_date');
  });
});

describe('links', () => {
  it('leaves one kind of patent, and its growth, off the patent count', async () => {
    const ctx = await loadIngestContext(DATA_DIR);
    const s = '全年专利授权量2310件，增长5.1%；其中，实用新型专利授权量1620件，下降3.4%。';
    const res = extract(`南京市推进科技创新\n\n${s}\n`, { ...ctx, fileName: 'bulletin-2024-07.txt' });
    const linkOf = (t: string) => res.articles.flatMap((a) => a.indicators).find((i) => i.text === t)?.indicator;
    expect(linkOf('2310件')).toBe('patents_granted');
    expect(linkOf('1620件')).toBeNull();
    expect(linkOf('3.4%')).toBeNull();
  });

  it('reads a total said with 完成 after its name as that total', async () => {
    const ctx = await loadIngestContext(DATA_DIR);
    const s = '1—9月，全市技术合同成交额完成42.7亿元，同比增长13.5%。';
    const res = extract(`南京市推进科技创新\n\n${s}\n`, { ...ctx, fileName: 'bulletin-2024-10.txt' });
    const linked = res.articles.flatMap((a) => a.indicators).map((i) => [i.text, i.indicator]);
    expect(linked).toEqual([
      ['42.7亿元', 'tech_contract_turnover'],
      ['13.5%', 'tech_contract_turnover'],
    ]);
  });
});
