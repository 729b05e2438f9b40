import { describe, expect, it } from 'vitest';
import { makeSeries, makeTarget } from '../test/builders';
import { applyMode, INDEX_UNIT, indexSeries, perCapitaSeries, rebaseTargets } from './transform-series';

const values = (s: { points: { year: number | null; value: number }[] }) => s.points.map((p) => [p.year, p.value]);

describe('indexSeries (first point = 100)', () => {
  it.each([
    {
      points: [
        [2020, 200],
        [2021, 250],
        [2022, 300],
      ] as const,
      expected: [
        [2020, 100],
        [2021, 125],
        [2022, 150],
      ],
    },
    { points: [[2021, 461]] as const, expected: [[2021, 100]] },
    {
      points: [
        [2019, 50],
        [2022, 25],
      ] as const,
      expected: [
        [2019, 100],
        [2022, 50],
      ],
    },
  ])('$points → $expected', ({ points, expected }) => {
    const { series, unit, notes } = indexSeries([makeSeries('150100', '家', points)], '家');
    expect(unit).toBe(INDEX_UNIT);
    expect(series[0]?.unit).toBe(INDEX_UNIT);
    expect(values(series[0]!)).toEqual(expected);
    expect(notes).toEqual([]);
  });

  it('indexes each series by its own first point, leaves out other units and targets', () => {
    const { series } = indexSeries(
      [
        makeSeries('150100', '家', [
          [2020, 100],
          [2022, 130],
        ]),
        makeSeries('320100', '家', [
          [2021, 8000],
          [2022, 10000],
        ]),
        makeSeries('320100', '%', [[2021, 3]]),
        makeSeries('321000', '家', [[2025, 3000]], 'target'),
      ],
      '家',
    );
    expect(series.map((s) => [s.regionCode, values(s)])).toEqual([
      [
        '150100',
        [
          [2020, 100],
          [2022, 130],
        ],
      ],
      [
        '320100',
        [
          [2021, 100],
          [2022, 125],
        ],
      ],
    ]);
  });

  it('cannot index a series that starts at 0, and says so', () => {
    const { series, notes } = indexSeries(
      [
        makeSeries('320100', '家', [
          [2020, 0],
          [2021, 5],
        ]),
      ],
      '家',
    );
    expect(series).toEqual([]);
    expect(notes).toEqual([{ regionCode: '320100', place: '南京', reason: 'zero_base', years: [2020] }]);
  });
});

describe('perCapitaSeries (÷ the same place’s population in the same year)', () => {
  const gdp = (code: string, points: ReadonlyArray<readonly [number | null, number]>) => makeSeries(code, '元', points);
  const pop = (code: string, points: ReadonlyArray<readonly [number | null, number]>, unit = '人') =>
    makeSeries(code, unit, points);

  it.each([
    {
      name: 'divides where the year matches',
      num: [
        gdp('150100', [
          [2022, 3.5e11],
          [2023, 3.8e11],
        ]),
      ],
      den: [
        pop('150100', [
          [2022, 3.5e6],
          [2023, 3.6e6],
        ]),
      ],
      expected: [
        [
          '150100',
          [
            [2022, 100000],
            [2023, 3.8e11 / 3.6e6],
          ],
        ],
      ],
      notes: [],
    },
    {
      name: 'never borrows a neighbouring year',
      num: [
        gdp('150100', [
          [2022, 3.5e11],
          [2023, 3.8e11],
        ]),
      ],
      den: [pop('150100', [[2022, 3.5e6]])],
      expected: [['150100', [[2022, 100000]]]],
      notes: [{ regionCode: '150100', place: '呼和浩特', reason: 'no_denominator', years: [2023] }],
    },
    {
      name: 'never borrows another place',
      num: [gdp('320100', [[2022, 1.7e12]])],
      den: [pop('150100', [[2022, 3.5e6]])],
      expected: [],
      notes: [{ regionCode: '320100', place: '南京', reason: 'no_denominator', years: [2022] }],
    },
    {
      name: 'refuses two different populations for one year',
      num: [gdp('150100', [[2022, 3.5e11]])],
      den: [pop('150100', [[2022, 3.5e6]]), makeSeries('150100', '人', [[2022, 3.6e6]])],
      expected: [],
      notes: [{ regionCode: '150100', place: '呼和浩特', reason: 'conflicting_denominator', years: [2022] }],
    },
    {
      name: 'refuses a population that is not in 人',
      num: [gdp('150100', [[2022, 3.5e11]])],
      den: [pop('150100', [[2022, 350]], '万人')],
      expected: [],
      notes: [{ regionCode: '150100', place: '呼和浩特', reason: 'denominator_unit', years: [2022] }],
    },
    {
      name: 'does not divide growth rates or figures without a year',
      num: [makeSeries('150100', '元', [[2022, 5]], 'growth'), gdp('320100', [[null, 1e12]])],
      den: [pop('150100', [[2022, 3.5e6]]), pop('320100', [[2022, 9e6]])],
      expected: [],
      notes: [
        { regionCode: '150100', place: '呼和浩特', reason: 'not_a_level', years: [] },
        { regionCode: '320100', place: '南京', reason: 'no_year', years: [] },
      ],
    },
  ])('$name', ({ num, den, expected, notes }) => {
    const result = perCapitaSeries(num, '元', den);
    expect(result.unit).toBe('元/人');
    expect(result.series.map((s) => [s.regionCode, values(s)])).toEqual(expected);
    expect(result.notes).toEqual(notes);
  });
});

describe('targets in the other views', () => {
  const series = [
    makeSeries('150100', '家', [
      [2020, 200],
      [2022, 461],
    ]),
  ];
  const target = makeTarget('150100', { value: 1000, deadlineYear: 2025 }, { latest: [2022, 460] });

  it('rebases a target on the first point of the same place (index)', () => {
    const [rebased] = rebaseTargets([target], series, '家');
    expect(rebased).toMatchObject({ value: 500, unit: INDEX_UNIT, latest: { value: 230, unit: INDEX_UNIT } });
    expect(rebaseTargets([makeTarget('320100', { value: 1, deadlineYear: 2025 })], series, '家')).toEqual([]);
  });

  it.each([
    { mode: 'absolute' as const, targets: 1 },
    { mode: 'indexed' as const, targets: 1 },
    { mode: 'per_capita' as const, targets: 0 },
  ])('applyMode($mode) keeps $targets target(s) on the chart', ({ mode, targets }) => {
    expect(applyMode(mode, { series, unit: '家', targets: [target], denominator: [] }).targets).toHaveLength(targets);
  });
});
