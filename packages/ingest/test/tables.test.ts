import { describe, expect, it } from 'vitest';
import { article, figures } from './fixtures/run';

const cells = (body: string) =>
  figures(article(body)).map((f) => [f.text, f.unit, f.kind, f.period.type, f.period.start, f.subject]);

describe('figures in tables converted from Word', () => {
  it('reads | rows: unit from the row label, period from the column header, growth column', () => {
    const body = [
      '表1 一季度主要科技指标',
      '指标 | 2024年一季度 | 2025年一季度 | 增长',
      '技术合同成交额（亿元） | 18.6 | 23.4 | 25.8%',
      '发明专利授权量（件） | 642 | 751 | 17.0%',
      '注：2025年数据为快报数。',
    ].join('\n');
    expect(cells(body)).toEqual([
      ['18.6', '亿元', 'actual', 'year_to_date', '2024-01-01', '技术合同成交额'],
      ['23.4', '亿元', 'actual', 'year_to_date', '2025-01-01', '技术合同成交额'],
      ['25.8%', '%', 'growth', 'year_to_date', '2025-01-01', '技术合同成交额'],
      ['642', '件', 'actual', 'year_to_date', '2024-01-01', '发明专利授权量'],
      ['751', '件', 'actual', 'year_to_date', '2025-01-01', '发明专利授权量'],
      ['17.0%', '%', 'growth', 'year_to_date', '2025-01-01', '发明专利授权量'],
    ]);
  });

  it('reads a unit column and a goal column: a goal cell is a target due at its year end; — is missing', () => {
    const body = [
      '表3 规划指标进展',
      '指标\t单位\t2021年\t2027年目标\t2024年',
      '孵化器\t家\t41\t70\t—',
      '研发投入强度\t%\t2.05\t2.8\t待核实',
    ].join('\n');
    const found = figures(article(body)).map((f) => [
      f.text,
      f.unit,
      f.kind,
      f.measure,
      f.status,
      f.period.type,
      f.period.end,
    ]);
    expect(found).toEqual([
      ['41', '家', 'actual', 'level', 'actual', 'full_year', '2021-12-31'],
      ['70', '家', 'target', 'level', 'target', 'deadline', '2027-12-31'],
      ['2.05', '%', 'share', 'share', 'actual', 'full_year', '2021-12-31'],
      ['2.8', '%', 'target', 'share', 'target', 'deadline', '2027-12-31'],
    ]);
  });

  it('reads tab rows: unit from the column header, period from the caption, share column', () => {
    const body = [
      '表2 重点领域企业分布（截至3月底）',
      '领域\t企业数（家）\t占全区比重',
      '金融科技\t538\t19.7%',
      '医疗健康\t297\t10.9%',
    ].join('\n');
    expect(cells(body)).toEqual([
      ['538', '家', 'actual', 'point', '2024-03-31', '金融科技企业数'],
      ['19.7%', '%', 'share', 'point', '2024-03-31', '金融科技'],
      ['297', '家', 'actual', 'point', '2024-03-31', '医疗健康企业数'],
      ['10.9%', '%', 'share', 'point', '2024-03-31', '医疗健康'],
    ]);
  });

  it('reads a cell of words as text of its own: rules dated only by themselves', () => {
    const body = [
      '今年以来，全市推进科技创新。',
      '补助类型\t适用对象\t补助标准\t单户补助上限',
      '增量补助\t研发费用较上年增长的企业\t按增量部分的10%给予补助\t最高200万元',
      '首次申报补助\t首次纳入规上统计的工业企业\t一次性补助5万元\t—',
    ].join('\n');
    expect(figures(article(body)).map((f) => [f.text, f.measure, f.status, f.period.type])).toEqual([
      ['10%', 'share', 'actual', 'unknown'],
      ['200万元', 'level', 'actual', 'unknown'],
      ['5万元', 'level', 'actual', 'unknown'],
    ]);
  });

  it('does not join a table row with the next line, nor take a row for prose', () => {
    const body = [
      '指标 | 2023年 | 2024年',
      '高新技术企业数量达到很高的水平（家） | 280 | 312',
      '全市继续推进科技创新工作，成效明显。',
    ].join('\n');
    expect(figures(article(body)).map((f) => f.text)).toEqual(['280', '312']);
  });

  it("reads a tiered rule's bands (以下, a range, 以上) with the unit of their column header", () => {
    const body = [
      '按上年度研发投入分档给予奖励：',
      '档次\t上年度研发投入（万元）\t奖励（万元）',
      '一档\t300以下\t5',
      '二档\t300-1000\t12',
      '三档\t1000以上\t25',
    ].join('\n');
    const found = figures(article(body), 'bulletin-2025-03.txt');
    const band = (text: string) => found.find((f) => f.text === text);
    expect(band('300')).toMatchObject({ value: 300, qualifier: '以下', unit: '万元', period: { type: 'full_year' } });
    expect(band('300-1000')).toMatchObject({ value: 300, valueMax: 1000, unit: '万元' });
    expect(band('1000')).toMatchObject({ value: 1000, qualifier: '以上' });
    // The rewards' column names no date, and the caption's 上年度 is the bands' (their header's).
    expect(band('25')).toMatchObject({ unit: '万元', period: { type: 'unknown' } });
  });

  it("reads a year's column as the months so far when a note by the table says so", () => {
    const body = [
      '近两年主要指标如下（2024年为1-9月数据）：',
      '指标\t2023年\t2024年',
      '技术合同成交额（亿元）\t75.2\t68.9',
      '',
      '1-9月，全市技术合同成交额68.9亿元。',
    ].join('\n');
    const found = figures(article(body), 'bulletin-2024-10.txt');
    expect(found.find((f) => f.text === '75.2')?.period.type).toBe('full_year');
    const partial = found.filter((f) => f.value === 68.9);
    expect(partial).toHaveLength(1);
    expect(partial[0]).toMatchObject({ period: { type: 'year_to_date', end: '2024-09-30' } });
    expect(partial[0]!.repeats).toHaveLength(1);
  });

  it("reads bands that label the rows as thresholds in the first header's unit, dated by no cell", () => {
    const body = [
      '补助标准如下：',
      '| 上年度技术性收入（万元） | 补助比例（%） | 最高补助（万元） |',
      '| --- | --- | --- |',
      '| 300以下 | 5 | 20 |',
      '| 300—1000 | 4 | 60 |',
      '| 1000以上 | 3 | 150 |',
    ].join('\n');
    const found = figures(article(body), 'bulletin-2025-03.txt');
    const band = (text: string) => found.find((f) => f.text === text);
    expect(band('300—1000')).toMatchObject({ value: 300, valueMax: 1000, unit: '万元', period: { type: 'unknown' } });
    expect(band('1000')).toMatchObject({ qualifier: '以上', unit: '万元', period: { type: 'unknown' } });
    // The label column's 上年度 dates what the bands measure, not the rates beside them.
    expect(band('4')).toMatchObject({ unit: '%', period: { type: 'unknown' } });
  });

  it("dates the columns a note under the table names: a year's quota, a stock due at a date", () => {
    const body = [
      '各县培育任务如下：',
      '地区\t新增目标（家）\t总数目标（家）\t奖励上限（万元）',
      '甲县\t12\t70\t30',
      '乙县\t8\t45\t25',
      '全市合计\t20\t115\t55',
      '注：“新增目标”为2025年度任务数；“总数目标”为截至2025年12月31日应达到的数量。',
      '',
      '全市2025年新增科技型企业目标为20家，到年底总数达到115家。',
    ].join('\n');
    const found = figures(article(body), 'bulletin-2025-03.txt');
    const at = (text: string) => found.find((f) => f.text === text);
    expect(at('12')).toMatchObject({ status: 'target', period: { type: 'full_year', start: '2025-01-01' } });
    expect(at('70')).toMatchObject({ status: 'target', period: { type: 'deadline', end: '2025-12-31' } });
    expect(at('30')?.period.type).toBe('unknown');
    // The whole area's row restates what the text says below: one observation each, two spans.
    for (const value of [20, 115]) {
      const facts = found.filter((f) => f.value === value);
      expect(facts).toHaveLength(1);
      expect(facts[0]!.repeats).toHaveLength(1);
    }
  });
});
