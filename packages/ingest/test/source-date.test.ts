import { describe, expect, it } from 'vitest';
import { run } from './fixtures/run';

const BODY = '南京市推进科技金融\n\n今年以来，南京市发放科技贷款 120 亿元。过去一年，全市高企达到 9000 家。';

describe('the date a text speaks from', () => {
  it.each([
    ['a dateline with 年月日', `南京市推进科技金融\n——2025年1月15日在市人民代表大会上\n\n${BODY}`, '2025-01-15'],
    ['a source line with an ISO date', `南京市推进科技金融\n来源：南京市科技局 2025-04-18\n\n${BODY}`, '2025-04-18'],
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
      ['9000 家', 'full_year', '2024-01-01', '2024-12-31'],
    ]);
  });
});
