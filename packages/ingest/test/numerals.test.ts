import { describe, expect, it } from 'vitest';
import { parseChineseFraction, parseChineseInteger } from '../src/chinese-numerals';

describe('parseChineseInteger', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['三千五百', 3500],
    ['一万二千', 12000],
    ['十五万', 150000],
    ['三亿', 3e8],
    ['二〇二三', 2023],
    ['九', 9],
    // Read code by code (tables by char code): a leading zero digit by digit, zero inside a section.
    ['零五', 5],
    ['一千零一十', 1010],
  ])('%s → %d', (written, value) => {
    expect(parseChineseInteger(written)).toBe(value);
  });

  // A character of neither table, also one outside the BMP (two code units) and a Latin letter.
  it.each(['', '百二十三四', '三三十', '三𠀀', '十a', '五十五五'])('rejects %j', (written) => {
    expect(parseChineseInteger(written)).toBeNull();
  });
});

describe('parseChineseFraction', () => {
  it.each([
    ['三分之一', 1 / 3, false],
    ['四分之三', 0.75, false],
    ['一半', 0.5, false],
    ['百分之三十', 30, true],
  ])('%s → %d', (written, value, percent) => {
    expect(parseChineseFraction(written)).toEqual({ value, percent });
  });

  it('rejects a zero denominator', () => {
    expect(parseChineseFraction('零分之一')).toBeNull();
  });
});
