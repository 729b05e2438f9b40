/**
 * Periods of texts nobody tuned for (issue 9): a level reached in a dated year, a table column
 * dated by a note, a table's cells dated by their own column. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { article, figures } from './fixtures/run';

const typeOf = (found: ReturnType<typeof figures>, text: string) => found.find((f) => f.text === text)?.period.type;

describe('a level reached in a dated year', () => {
  it('keeps the year (达到 and 突破 are not a date of a moment)', () => {
    const found = figures(article('2023年，全市高新技术企业达到2650家，科技型中小企业突破4100家。'));
    expect(typeOf(found, '2650家')).toBe('full_year');
    expect(typeOf(found, '4100家')).toBe('full_year');
  });

  it('keeps 今年以来 for a level reached since the start of the year', () => {
    const found = figures(article('今年以来，全市新建省级工程研究中心5个，省级以上创新平台达到212个。'));
    expect(typeOf(found, '212个')).toBe('year_to_date');
  });

  it('reads 新增在孵企业 as additions in the year the clause names, not a stock at a moment', () => {
    const found = figures(article('截至2023年底，全区在孵企业900家，2023年新增在孵企业150家，毕业企业40家。'));
    expect(typeOf(found, '900家')).toBe('point');
    expect(typeOf(found, '150家')).toBe('full_year');
    expect(typeOf(found, '40家')).toBe('full_year');
  });

  it('reads 40名入驻 as the stationing done, not a stock standing at a moment', () => {
    const found = figures(article('今年以来，全市选派科技特派员40名入驻企业，开展技术服务200余次。'));
    expect(typeOf(found, '200余次')).toBe('year_to_date');
  });

  it('still dates a stock at a moment when the text names one', () => {
    const found = figures(article('截至6月底，全市高新技术企业达到2650家。'));
    expect(typeOf(found, '2650家')).toBe('point');
  });
});

describe('an intro framing a look-back', () => {
  it('does not date the plans after a lead-in (今年以来 frames what happened)', () => {
    const text = [
      '某市科技局2024年工作总结和2025年工作打算',
      '今年以来，我局围绕创新驱动发展，各项工作取得积极成效。',
      '一、主要工作',
      '（一）培育创新主体。新认定高新技术企业120家。',
      '（二）建设创新平台。新建省级工程研究中心6个。',
      '二、2025年工作打算',
      '2025年，我局将重点抓好以下工作：',
      '1.壮大企业梯队。力争高新技术企业总数突破800家。',
      '2.提升平台能级。新建省级以上研发平台10个。',
    ].join('\n\n');
    const found = figures(text, 'bulletin-2024-12.txt');
    expect(typeOf(found, '120家')).toBe('year_to_date');
    expect(typeOf(found, '800家')).toBe('unknown');
    expect(typeOf(found, '10个')).toBe('unknown');
  });
});

describe('a goal with a yearly quota in one of its clauses', () => {
  it('dates the quota yearly and the clauses after it by the goal’s deadline', () => {
    const found = figures(
      article('到2027年，全市科技型企业力争突破5000家，年均新增科技型中小企业300家以上，企业研发机构覆盖率达到45%。'),
    );
    expect(typeOf(found, '300家')).toBe('full_year');
    expect(found.find((f) => f.text === '45%')?.period).toMatchObject({ type: 'deadline', end: '2027-12-31' });
  });
});

describe('a plan period’s first years', () => {
  it('reads “十四五”前两年 as a span of years, not one year', () => {
    const found = figures(article('“十四五”前两年，全市技术合同成交额年均增长12.4%。'), 'bulletin-2023-06.txt');
    expect(typeOf(found, '12.4%')).toBe('multi_year');
  });
});

describe('an intro framing a look-back, in the intro', () => {
  it('dates the intro’s later paragraphs by it too, not only the measures', () => {
    const text = [
      '某市科技局2024年工作总结',
      '今年以来，我局围绕创新驱动发展，各项工作取得积极成效。',
      '主要指标完成情况如下。其中，全市技术合同成交额完成全年目标任务的88.5%，高新技术企业净增64家。',
      '一、培育创新主体。新认定高新技术企业120家。',
      '二、建设创新平台。新建省级工程研究中心6个。',
    ].join('\n\n');
    const found = figures(text, 'bulletin-2024-12.txt');
    expect(typeOf(found, '88.5%')).toBe('year_to_date');
    expect(typeOf(found, '120家')).toBe('year_to_date');
  });
});
