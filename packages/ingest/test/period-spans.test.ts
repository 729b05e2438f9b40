/**
 * Periods a look-back or a news item names without a calendar year (issue 9, held-out 11's failure
 * classes): a span of years (五年间), a later part of the year (下半年以来, 三季度), 今年 in a text whose
 * date is unknown, a stock gathered so far (已集聚), and 预期 as a goal. Sentences invented here.
 */
import { describe, expect, it } from 'vitest';
import { classifyAxes } from '../src/classify-kind';
import { article, figures } from './fixtures/run';

const find = (body: string, text: string, fileName?: string) =>
  figures(article(body), fileName).find((f) => f.text === text);

describe('periods without a calendar year', () => {
  it.each([
    // 五年间 looks back over the span; a yearly average in its sentence is the span's, and so is a total.
    ['三年间，全市孵化器数量年均增长 15%，累计孵化企业 420 家。', '15%', 'multi_year'],
    ['三年间，全市孵化器数量年均增长 15%，累计孵化企业 420 家。', '420 家', 'multi_year'],
    // A later part of the year is neither the year so far nor a whole year, and hides 今年 before it.
    ['今年全市新增孵化器 3 家。下半年以来，新增众创空间 5 家。', '5 家', 'unknown'],
    ['今年全市新增孵化器 3 家。三季度新增众创空间 4 家。', '4 家', 'unknown'],
    ['今年全市新增孵化器 3 家。三季度新增众创空间 4 家。', '3 家', 'year_to_date'],
    // A stock gathered so far stands today.
    ['该研究院已集聚研发人员 260 名。', '260 名', 'point'],
  ])('%s → %s is %s', (body, text, type) => {
    expect(find(body, text)?.period.type).toBe(type);
  });

  it('reads 今年 as the year so far when the source date is not known', () => {
    const f = find('公司今年研发投入达到 3200 万元。', '3200 万元', 'no-date.txt');
    expect(f?.period).toMatchObject({ type: 'year_to_date', start: null });
  });

  it('dates a span of years (五年间) that a look-back names with no calendar year', () => {
    expect(find('五年间，全市累计登记技术合同 860 项。', '860 项')?.period.type).toBe('multi_year');
  });
});

describe('预期 sets a goal', () => {
  it.each([
    ['2025年，全市一般公共预算收入预期增长 4% 左右。', '4%', { measure: 'rate', status: 'target' }],
    ['预计全年技术合同成交额增长 12%。', '12%', { measure: 'rate', status: 'estimate' }],
  ])('%s → %s', (body, text, axes) => {
    expect(find(body, text)).toMatchObject(axes);
  });

  it('does not read 预期寿命 (a statistic named with 预期) as a goal', () => {
    const before = '全市人均预期寿命达到';
    const input = { unit: '岁', fraction: false, before, clauseBefore: before, periodType: 'unknown' as const };
    expect(classifyAxes(input, 'actual')).toEqual({ measure: 'level', status: 'actual' });
  });
});
