import { describe, expect, it } from 'vitest';
import { displayScale, hasUnitLabel, unitLabel } from '../src/unit-display';
import { knownUnits, normaliseUnit } from '../src/units';

describe('unitLabel', () => {
  it.each([
    ['家', 'zh', '家'],
    ['家', 'en', 'organisations'],
    ['元', 'en', 'yuan'],
    ['pp', 'zh', '个百分点'],
    ['pp', 'en', 'percentage points'],
    ['家/万人', 'en', 'organisations per 10k persons'],
    ['元/人', 'en', 'yuan per person'],
    ['家/万人', 'zh', '家/万人'],
    ['奇怪单位', 'en', '奇怪单位'],
  ] as const)('%s in %s is %s', (unit, lang, label) => {
    expect(unitLabel(unit, lang)).toBe(label);
  });

  it('has an English word for every canonical unit the normaliser produces', () => {
    const canonical = new Set(knownUnits().map((u) => normaliseUnit(u)?.unit ?? u));
    expect([...canonical].filter((u) => !hasUnitLabel(u))).toEqual([]);
  });
});

describe('displayScale', () => {
  it.each([
    ['元', 3.1e11, 'zh', 1e8, '亿元'],
    ['元', 3.1e11, 'en', 1e8, '100m yuan'],
    ['元', 52_000, 'en', 1e4, '10k yuan'],
    ['元', 800, 'zh', 1, '元'],
    ['家', 3e5, 'en', 1, 'organisations'],
  ] as const)('%s up to %d in %s: ÷%d %s', (unit, max, lang, factor, label) => {
    expect(displayScale(unit, max, lang)).toEqual({ factor, unit: label });
  });
});
