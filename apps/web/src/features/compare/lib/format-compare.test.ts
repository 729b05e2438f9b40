import { describe, expect, it } from 'vitest';
import { formatDenominator, formatLatest, formatRelative, formatSigned, rowScale } from './format-compare';

describe('format-compare', () => {
  it.each([
    { unit: '元', values: [52.4e8, 3e7], lang: 'zh' as const, expected: { factor: 1e8, unit: '亿元' } },
    { unit: '元', values: [5e5], lang: 'zh' as const, expected: { factor: 1e4, unit: '万元' } },
    { unit: '元', values: [52.4e8], lang: 'en' as const, expected: { factor: 1e8, unit: '100m yuan' } },
    { unit: '家', values: [8800], lang: 'zh' as const, expected: { factor: 1, unit: '家' } },
    { unit: '家/万人', values: [9.27], lang: 'zh' as const, expected: { factor: 1, unit: '家/万人' } },
  ])('one scale per row: $unit $values ($lang)', ({ unit, values, lang, expected }) => {
    expect(rowScale(unit, values, lang)).toEqual(expected);
  });

  it.each([
    { value: { value: 8800, qualifier: '以上' }, expected: '8,800以上' },
    { value: { value: 3000, qualifier: '约' }, expected: '约3,000' },
    { value: { value: 461, qualifier: null }, expected: '461' },
  ])('keeps the qualifier: $expected', ({ value, expected }) => {
    expect(formatLatest(value, { factor: 1, unit: '家' }, 'zh')).toBe(expected);
  });

  it.each([
    { value: 8339, expected: '+8,339' },
    { value: -12.5, expected: '−12.5' },
    { value: 0, expected: '0' },
  ])('signs differences: $value', ({ value, expected }) => {
    expect(formatSigned(value, { factor: 1, unit: '家' }, 'zh')).toBe(expected);
  });

  it('shows relative differences as signed percentages', () => {
    expect(formatRelative(8339 / 461, 'zh')).toBe('+1,808.9%');
    expect(formatRelative(-0.25, 'en')).toBe('−25%');
  });

  it.each([
    { value: { value: 949.11e4, unit: '人', qualifier: null }, lang: 'zh' as const, expected: '949.11 万人' },
    { value: { value: 949.11e4, unit: '人', qualifier: null }, lang: 'en' as const, expected: '949.11 10k persons' },
    { value: { value: 3121.4e8, unit: '元', qualifier: null }, lang: 'zh' as const, expected: '3,121.4 亿元' },
    { value: { value: 800, unit: '人', qualifier: null }, lang: 'zh' as const, expected: '800 人' },
  ])('formats a denominator: $expected', ({ value, lang, expected }) => {
    expect(formatDenominator(value, lang)).toBe(expected);
  });
});
