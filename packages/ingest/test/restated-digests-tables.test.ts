/**
 * Facts restated by a digest or a table (issue 9, held-out set 15's causes): a 公众号's arrow-bulleted
 * digest, a digest line naming its fact by label or by the row its other figures restate, a county's
 * row in a province's table, a 合计 row, a quota column and a note dating a column. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { article, figures } from './fixtures/run';

const spans = (f: { repeats?: unknown[] }) => 1 + (f.repeats?.length ?? 0);

describe('facts restated by a digest', () => {
  it('reads an arrow-bulleted digest under its head as the body again; its label picks the fact', () => {
    const text = [
      '我市孵化器数量再创新高',
      '截至今年6月底，我市科技企业孵化器达到146家，较上年底净增45家。',
      '今年以来，市科技局为45家企业发放研发补助，兑付金额830万元。',
      '划重点',
      '▶ 孵化器总数：146家',
      '▶ 净增：45家',
      '▶ 兑付金额：830万元',
    ].join('\n\n');
    const found = figures(text);
    expect(found.filter((f) => f.value === 146)).toHaveLength(1);
    expect(spans(found.find((f) => f.value === 146)!)).toBe(2);
    expect(found.filter((f) => f.value === 830)).toHaveLength(1);
    // Two facts of 45家: the digest's 净增 is the change, not the recipients.
    const fortyFive = found.filter((f) => f.value === 45);
    expect(fortyFive).toHaveLength(2);
    expect(fortyFive.map((f) => [f.measure, spans(f)])).toEqual([
      ['change', 2],
      ['level', 1],
    ]);
  });

  it("joins a digest line to the table row its other figures restate, among several rules' caps", () => {
    const body = [
      '一、奖励标准是什么？',
      '答：按营业收入增量分档给予奖励，单个企业每年奖励最高200万元。',
      '表1 奖励标准',
      '| 档次 | 营业收入增量（万元） | 奖励比例 | 奖励上限（万元） |',
      '| 第一档 | 500以下 | 3% | 20 |',
      '| 第二档 | 2000以上 | 6% | 200 |',
      '划重点：营业收入增量2000万元以上的企业，按增量的6%给予奖励，最高200万元。',
      '二、对孵化器有什么支持？',
      '答：对新认定的孵化器，按建设投入的25%给予补助，最高200万元。',
    ].join('\n');
    const caps = figures(article(body)).filter((f) => f.normalized?.value === 2_000_000);
    expect(caps).toHaveLength(3);
    const row = caps.find((f) => f.text === '200')!;
    expect(row.repeats?.map((r) => r.text)).toEqual(['200万元']);
  });
});

describe('a figure pointed back at', () => {
  it('is the figure said before, written another way, whatever words follow it', () => {
    const text = [
      '某市科技局新闻发布会',
      '主持人：请市科技局局长介绍情况。',
      '局长：今年以来，全市引进各类人才8000人，发放人才补贴0.9亿元。',
      '记者：今年引进人才0.8万人，主要集中在哪些领域？',
      '局长：刚才提到的0.8万人中，数字经济领域人才占比超过三成。',
    ].join('\n\n');
    const found = figures(text).filter((f) => f.normalized?.value === 8000);
    expect(found.map((f) => f.text)).toEqual(['8000人']);
    const pointed = text.indexOf('0.8万人中');
    expect(found[0]!.repeats?.map((r) => r.start)).toContain(pointed);
  });
});

describe('facts restated by a table', () => {
  const text = [
    '江苏省科学技术厅关于上半年县域科技工作进展情况的通报',
    '1—6月，全省技术合同成交额52.4亿元，同比增长11.8%。',
    '高邮市技术合同成交额2.36亿元，完成全年任务的61%，新认定高新技术企业8家；仪征市技术合同成交额1.12亿元。',
    '表1 部分县（市）1—6月重点指标进展',
    '| 县（市） | 技术合同成交额（亿元） | 完成全年任务（%） | 新认定高企（家） |',
    '| 高邮市 | 2.36 | 61.0 | 8 |',
    '| 仪征市 | 1.12 | 38.5 | 3 |',
  ].join('\n\n');
  const found = figures(text, 'notice-2025-07.txt');

  it("leaves a county's row in a province's table unlinked: its figures are the county's", () => {
    const rows = found.filter((f) => ['2.36', '1.12', '8', '3'].includes(f.text));
    expect(rows.length).toBeGreaterThan(0);
    expect(found.filter((f) => f.indicator !== null).map((f) => f.text)).toEqual(['52.4亿元', '11.8%']);
  });

  it("joins a county's row to the clause naming that county, cell by cell", () => {
    for (const v of [2.36, 61, 8, 1.12]) {
      const same = found.filter((f) => f.value === v);
      expect(same, String(v)).toHaveLength(1);
      expect(spans(same[0]!), String(v)).toBe(2);
    }
    // Cells the text does not state stay figures of their own.
    expect(found.filter((f) => f.value === 38.5)).toHaveLength(1);
  });

  it('joins a 合计 row opening on an empty cell to the total the text states', () => {
    const body = [
      '答：截至2025年9月底，全区共有孵化器61家。2026年全区计划新增孵化器12家。',
      '表2 各街道孵化器培育任务',
      '| 街道 | 现有孵化器（家） | 2026年新增任务（家） |',
      '| 东城街道 | 40 | 7 |',
      '| 西城街道 | 21 | 5 |',
      '| | 合计 | 61 | 12 |',
      '注：“现有孵化器”为截至2025年9月底数据。',
    ].join('\n');
    const found = figures(article(body), 'qa-2025-11.txt');
    const total = found.filter((f) => f.value === 61);
    expect(total).toHaveLength(1);
    expect(spans(total[0]!)).toBe(2);
    expect(found.filter((f) => f.value === 12)).toHaveLength(1);
  });
});

describe('table columns', () => {
  const body = [
    '表1 2026年各街道培育任务',
    '| 街道 | 现有企业数（家） | 2026年新增任务（家） | 完成上年任务（%） |',
    '| 东城街道 | 40 | 7 | 96.5 |',
    '| 西城街道 | 21 | 5 | 102.0 |',
    '注：“现有企业数”为截至2025年9月底数据。',
  ].join('\n');
  const cells = figures(article(body), 'qa-2025-11.txt').map((f) => [f.text, f.status, f.period.type, f.period.end]);

  it("reads a quota column's cells as goals for the column's year, a flow over it", () => {
    expect(cells.filter((c) => c[0] === '7' || c[0] === '5')).toEqual([
      ['7', 'target', 'full_year', '2026-12-31'],
      ['5', 'target', 'full_year', '2026-12-31'],
    ]);
  });

  it('reads a completion column as actual progress, not a quota', () => {
    expect(cells.filter((c) => c[0] === '96.5')[0]?.[1]).toBe('actual');
  });

  it('dates a column by the note under the table that names it', () => {
    expect(cells.filter((c) => c[0] === '40')).toEqual([['40', 'actual', 'point', '2025-09-30']]);
  });

  it("reads a goal column a note dates by a year as that year's goal, not a stock due at its end", () => {
    const goals = [
      '地区\t新增目标（家）\t总数目标（家）',
      '东城区\t12\t80',
      '西城区\t9\t64',
      '注：“新增目标”为2026年度任务数。',
    ].join('\n');
    const found = figures(article(goals), 'qa-2026-03.txt').map((f) => [f.text, f.status, f.period.type]);
    expect(found.filter((c) => c[0] === '12')).toEqual([['12', 'target', 'full_year']]);
  });
});
