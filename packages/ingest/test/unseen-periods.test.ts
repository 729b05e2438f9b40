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

  it('still dates a stock at a moment when the text names one', () => {
    const found = figures(article('截至6月底，全市高新技术企业达到2650家。'));
    expect(typeOf(found, '2650家')).toBe('point');
  });
});
