import type { SeriesPoint } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { translator } from '@/i18n';
import { makeSeries } from '../test/builders';
import { buildTableRows, previousPeriodPoint } from './build-table-rows';

const t = translator('zh');

/** Points of one series, by year; the same year twice is two sources for one period. */
function changes(years: Array<[number, number]>) {
  const series = makeSeries('150100', '家', years);
  return buildTableRows([series], [], t, 'zh').map((r) => r.change);
}

describe('buildTableRows', () => {
  it.each([
    { name: 'one point: no change', years: [[2022, 461]], expected: [null] },
    {
      name: 'consecutive periods',
      years: [
        [2021, 370],
        [2022, 461],
      ],
      expected: [null, 91],
    },
    {
      name: 'two values of one period are a conflict, never a change',
      years: [
        [2022, 461],
        [2022, 470],
      ],
      expected: [null, null],
    },
    {
      name: 'a period after a conflicting one has no single base',
      years: [
        [2021, 370],
        [2021, 380],
        [2022, 461],
      ],
      expected: [null, null, null],
    },
    {
      name: 'a period before a conflicting one keeps its change; the conflicting pair gets none',
      years: [
        [2020, 300],
        [2021, 370],
        [2022, 461],
        [2022, 470],
      ],
      expected: [null, 70, null, null],
    },
  ] as Array<{ name: string; years: Array<[number, number]>; expected: Array<number | null> }>)(
    '$name',
    ({ years, expected }) => {
      expect(changes(years)).toEqual(expected);
    },
  );

  it('tells year-to-date periods of one year apart by their dates', () => {
    const base = makeSeries('150100', '家', [
      [2024, 100],
      [2024, 150],
    ]);
    const points: SeriesPoint[] = base.points.map((p, i) => ({
      ...p,
      periodStart: '2024-01-01',
      periodEnd: i === 0 ? '2024-06-30' : '2024-09-30',
    }));
    expect(previousPeriodPoint(points, 1)).toBe(points[0]);
  });

  it('gives the percentage change on the previous period', () => {
    const series = makeSeries('150100', '家', [
      [2021, 370],
      [2022, 461],
    ]);
    expect(buildTableRows([series], [], t, 'zh')[1]?.changePct).toBeCloseTo(24.59, 2);
  });
});
