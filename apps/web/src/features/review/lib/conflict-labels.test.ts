import { describe, expect, it } from 'vitest';
import { translator } from '@/i18n';
import { CONFLICT } from '../test/conflict-fixtures';
import { citationHref, conflictPeriod, conflictValue } from './conflict-labels';

const zh = translator('zh');
const en = translator('en');

describe('conflictPeriod', () => {
  it.each([
    [
      'a full year',
      { year: 2022, periodType: 'full_year', periodStart: null, periodEnd: null },
      '2022年 · 全年',
      '2022 · full year',
    ],
    [
      'a span without a year',
      { year: null, periodType: 'multi_year', periodStart: '2021-01-01', periodEnd: '2023-12-31' },
      '2021-01-01–2023-12-31 · 多年累计',
      '2021-01-01–2023-12-31 · multi-year total',
    ],
    [
      'nothing known',
      { year: null, periodType: 'unknown', periodStart: null, periodEnd: null },
      '期间未明',
      'period unknown',
    ],
  ] as const)('%s', (_name, period, inZh, inEn) => {
    expect(conflictPeriod(period, zh, 'zh')).toBe(inZh);
    expect(conflictPeriod(period, en, 'en')).toBe(inEn);
  });
});

describe('conflictValue', () => {
  it.each([
    [{ value: 44.5, valueMax: null, unit: '亿元', qualifier: null }, '44.5 亿元'],
    [{ value: 52.4, valueMax: null, unit: '亿元', qualifier: '达到' }, '达到52.4 亿元'],
    [{ value: 1, valueMax: 2, unit: '个', qualifier: null }, '1–2 个'],
    [{ value: 0.1 + 0.2, valueMax: null, unit: '%', qualifier: null }, '0.3 %'],
    [{ value: 8824, valueMax: null, unit: '笔', qualifier: '超过' }, '超过8,824 笔'],
  ])('%o → %s', (v, expected) => {
    expect(conflictValue(v, 'zh')).toBe(expected);
  });
});

describe('citationHref', () => {
  it('links the reader, with the span when the citation has one', () => {
    const citation = CONFLICT.values[0]!.citation;
    expect(citationHref(citation)).toBe('/sources/21');
    expect(citationHref({ ...citation, start: 120, end: 168 })).toBe('/sources/21#120-168');
  });
});
