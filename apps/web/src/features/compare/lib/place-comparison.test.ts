import type { ComparedPlace, NormalisedView } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { SERIES } from '@/test/fixtures';
import { latestOf } from '../test/compare-fixtures';
import { benchmarkNormalised, normalisedCell, normalisedUnit, placeComparison, rowNumbers } from './place-comparison';

const hohhot = latestOf(SERIES.hohhotHighTech.points[0]!);
const nanjing = latestOf(SERIES.nanjingHighTech.points[0]!);
const nanjing2023 = { ...nanjing, year: 2023, periodEnd: '2023-12-31' };
const population = { ...hohhot, observationId: 77, value: 949.11e4, unit: '人' };

const place = (p: Partial<ComparedPlace>): ComparedPlace => ({
  regionCode: '320100',
  basis: 'common_period',
  period: '2022',
  latest: nanjing,
  benchmarkValue: hohhot,
  difference: 8339,
  relative: 8339 / 461,
  periodsDiffer: false,
  normalised: [],
  history: [],
  ...p,
});

const perCapita = (v: Partial<NormalisedView>): NormalisedView => ({
  view: 'per_capita',
  unit: '家/万人',
  place: 9.27,
  benchmark: 1.5,
  difference: 7.77,
  relative: 5.18,
  placeDenominator: population,
  benchmarkDenominator: population,
  ...v,
});

describe('placeComparison', () => {
  it.each([
    { name: 'a common period keeps its difference', p: place({}), kind: 'common_period', difference: 8339 },
    {
      name: 'different periods never carry a difference, even if one arrives',
      p: place({ basis: 'different_periods', period: null, latest: nanjing2023, periodsDiffer: true }),
      kind: 'different_periods',
      difference: undefined,
    },
    {
      name: 'a common period flagged as differing periods is treated as different',
      p: place({ periodsDiffer: true }),
      kind: 'different_periods',
      difference: undefined,
    },
    {
      name: 'a common period without a period name is not trusted as common',
      p: place({ period: null }),
      kind: 'different_periods',
      difference: undefined,
    },
    { name: 'no place value', p: place({ basis: 'missing', latest: null }), kind: 'missing', difference: undefined },
    {
      name: 'no benchmark value',
      p: place({ basis: 'missing', benchmarkValue: null }),
      kind: 'missing',
      difference: undefined,
    },
    {
      name: 'a "common" basis with a side missing is missing',
      p: place({ latest: null }),
      kind: 'missing',
      difference: undefined,
    },
  ])('$name', ({ p, kind, difference }) => {
    const c = placeComparison(p);
    expect(c.kind).toBe(kind);
    expect('difference' in c ? c.difference : undefined).toBe(difference);
  });
});

describe('normalisedCell', () => {
  it.each([
    {
      name: 'both denominators: values and the difference',
      p: place({ normalised: [perCapita({})] }),
      expected: { kind: 'value', place: 9.27, benchmarkReason: null, showDifference: true },
    },
    {
      name: 'no per-capita view at all: the place denominator is missing',
      p: place({ normalised: [] }),
      expected: { kind: 'unavailable', reason: 'place_denominator' },
    },
    {
      name: 'no place population for the year',
      p: place({ normalised: [perCapita({ place: null, placeDenominator: null, difference: null })] }),
      expected: { kind: 'unavailable', reason: 'place_denominator' },
    },
    {
      name: 'no benchmark population for the year: the place value, no difference',
      p: place({ normalised: [perCapita({ benchmark: null, benchmarkDenominator: null, difference: null })] }),
      expected: { kind: 'value', place: 9.27, benchmarkReason: 'benchmark_denominator', showDifference: false },
    },
    {
      name: 'different periods: normalised values, never a difference',
      p: place({ basis: 'different_periods', period: null, periodsDiffer: true, normalised: [perCapita({})] }),
      expected: { kind: 'value', place: 9.27, benchmarkReason: null, showDifference: false },
    },
    {
      name: 'no place value',
      p: place({ basis: 'missing', latest: null, normalised: [perCapita({})] }),
      expected: { kind: 'unavailable', reason: 'no_value' },
    },
    {
      name: 'no benchmark value (not a denominator problem)',
      p: place({ basis: 'missing', benchmarkValue: null, normalised: [perCapita({ benchmark: null })] }),
      expected: { kind: 'value', place: 9.27, benchmarkReason: 'no_value', showDifference: false },
    },
  ])('$name', ({ p, expected }) => {
    expect(normalisedCell(p, 'per_capita')).toMatchObject(expected);
  });

  it('looks only at the requested view', () => {
    expect(normalisedCell(place({ normalised: [perCapita({})] }), 'per_gdp')).toEqual({
      kind: 'unavailable',
      reason: 'place_denominator',
    });
  });
});

describe('benchmarkNormalised', () => {
  it.each([
    { name: 'one benchmark figure for every place', places: [place({ normalised: [perCapita({})] })], kind: 'one' },
    {
      name: 'places compared with different benchmark figures',
      places: [place({ normalised: [perCapita({})] }), place({ normalised: [perCapita({ benchmark: 2 })] })],
      kind: 'varies',
    },
    { name: 'no benchmark figure', places: [place({ normalised: [perCapita({ benchmark: null })] })], kind: 'none' },
    { name: 'no place', places: [], kind: 'none' },
  ])('$name → $kind', ({ places, kind }) => {
    expect(benchmarkNormalised(places, 'per_capita').kind).toBe(kind);
  });
});

describe('row scale inputs', () => {
  it('takes every value shown in the view, and the normalised unit', () => {
    const p = place({ normalised: [perCapita({ benchmark: null })] });
    expect(rowNumbers(hohhot, [p], 'absolute')).toEqual([461, 8800, 461]);
    expect(rowNumbers(hohhot, [p], 'per_capita')).toEqual([9.27]);
    expect(normalisedUnit([p], 'per_capita')).toBe('家/万人');
    expect(normalisedUnit([p], 'per_gdp')).toBeNull();
  });
});
