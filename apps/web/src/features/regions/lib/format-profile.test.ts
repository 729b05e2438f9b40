import { describe, expect, it } from 'vitest';
import { formatValue, reasonKey, statusKey } from './format-profile';

describe('place profile formatting', () => {
  it.each([
    { value: 461, unit: '家', lang: 'zh', expected: '461 家' },
    { value: 4850.21e8, unit: '元', lang: 'zh', expected: '4,850.21 亿元' },
    { value: 3.5e6, unit: '元', lang: 'en', expected: '350 10k yuan' },
    { value: 2.3, unit: '%', lang: 'en', expected: '2.3 %' },
  ] as const)('$value $unit → $expected', ({ value, unit, lang, expected }) => {
    expect(formatValue(value, unit, lang)).toBe(expected);
  });

  it.each([
    { reason: 'no baseline: no actual figure before the target was set', key: 'regions.reason.noBaseline' },
    { reason: 'only one actual figure: progress cannot be measured yet', key: 'regions.reason.oneActual' },
    { reason: 'growth rates need positive values', key: 'regions.reason.positive' },
    { reason: 'something new', key: null },
  ])('translates "$reason"', ({ reason, key }) => {
    expect(reasonKey(reason)).toBe(key);
  });

  it.each([
    { status: 'on_track', key: 'regions.status.on_track' },
    { status: null, key: 'regions.status.none' },
  ] as const)('labels status $status', ({ status, key }) => {
    expect(statusKey(status)).toBe(key);
  });
});
