import { describe, expect, it } from 'vitest';
import { run } from './fixtures/run';

const BODY = '南京市推进科技金融\n\n今年以来，南京市发放科技贷款 120 亿元。过去一年，全市高企达到 9000 家。';

describe('the date a text speaks from', () => {
  it.each([
    ['a dateline with 年月日', `南京市推进科技金融\n——2025年1月15日在市人民代表大会上\n\n${BODY}`, '2025-01-15'],
    ['a source line with an ISO date', `南京市推进科技金融\n来源：南京市科技局 2025-04-18\n\n${BODY}`, '2025-04-18'],
    ['a signature date at the end', `南京市推进科技金融\n\n${BODY}\n\n南京市科学技术局\n2025年1月6日`, '2025-01-06'],
    ['no date at all', BODY, null],
  ])('from %s', (_name, text, date) => {
    expect(run(text, 'news.txt').source.date).toBe(date);
  });

  it('resolves 今年 and 过去一年 against a dateline', () => {
    const r = run(`南京市推进科技金融\n来源：南京市科技局 2025-04-18\n\n${BODY}`, 'news.txt');
    const periods = r.articles
      .flatMap((a) => a.indicators)
      .map((i) => [i.text, i.period.type, i.period.start, i.period.end]);
    expect(periods).toEqual([
      ['120 亿元', 'year_to_date', '2025-01-01', '2025-04-18'],
      // 过去一年 is 2024; a level reached in it is dated by that year (gold README: 达到 is no stock date).
      ['9000 家', 'full_year', '2024-01-01', '2024-12-31'],
    ]);
  });

  it('reads 全年, 年末 and year-less months of a look-back report as the year it reports on', () => {
    const text = `南京市2024年科技创新工作总结\n\n全年新认定高企 470 家。年末有效高企 3120 家，比上年末增加 210 家。截至12月底，在孵企业 830 家。\n\n南京市科学技术局\n2025年1月6日`;
    const periods = run(text, 'news.txt')
      .articles.flatMap((a) => a.indicators)
      .map((i) => [i.text, i.period.type, i.period.end]);
    expect(periods).toEqual([
      ['470 家', 'full_year', '2024-12-31'],
      ['3120 家', 'point', '2024-12-31'],
      // A change against last year-end is the year's flow, not a stock.
      ['210 家', 'full_year', '2024-12-31'],
      ['830 家', 'point', '2024-12-31'],
    ]);
  });
});
