/**
 * What one place's cell of the indicator table may say, decided once and unit-tested: like with
 * like only. A difference is shown for a common period and never otherwise (even if a number
 * arrives), different years show both values with their years, and a missing side says so.
 * The normalised views say which denominator is missing instead of showing nothing.
 */
import type { ComparedPlace, LatestValue, NormalisedView } from '@ipb/domain';

export type PlaceComparison =
  | {
      kind: 'common_period';
      period: string;
      place: LatestValue;
      benchmark: LatestValue;
      difference: number | null;
      relative: number | null;
    }
  | { kind: 'different_periods'; place: LatestValue; benchmark: LatestValue }
  | { kind: 'missing'; place: LatestValue | null; benchmark: LatestValue | null };

export function placeComparison(p: ComparedPlace): PlaceComparison {
  const { latest: place, benchmarkValue: benchmark } = p;
  if (!place || !benchmark || p.basis === 'missing') return { kind: 'missing', place, benchmark };
  if (p.basis === 'common_period' && p.period !== null && !p.periodsDiffer) {
    return {
      kind: 'common_period',
      period: p.period,
      place,
      benchmark,
      difference: p.difference,
      relative: p.relative,
    };
  }
  return { kind: 'different_periods', place, benchmark };
}

export type NormalisedViewId = NormalisedView['view'];

/** Why a normalised value cannot be shown. */
export type MissingReason = 'no_value' | 'place_denominator' | 'benchmark_denominator';

export type NormalisedCellModel =
  | { kind: 'unavailable'; reason: MissingReason }
  | {
      kind: 'value';
      view: NormalisedView;
      /** The place's normalised value (never null here: a missing one is `unavailable`). */
      place: number;
      /** Why there is no benchmark value to compare with, when there is none. */
      benchmarkReason: MissingReason | null;
      /** Only for a common period, like the absolute view. */
      showDifference: boolean;
    };

export function normalisedCell(p: ComparedPlace, view: NormalisedViewId): NormalisedCellModel {
  const n = p.normalised.find((v) => v.view === view);
  if (!p.latest) return { kind: 'unavailable', reason: 'no_value' };
  if (!n || n.place === null) {
    return { kind: 'unavailable', reason: n?.placeDenominator ? 'no_value' : 'place_denominator' };
  }
  const benchmarkReason: MissingReason | null =
    n.benchmark !== null ? null : n.benchmarkDenominator || !p.benchmarkValue ? 'no_value' : 'benchmark_denominator';
  const comparable = placeComparison(p).kind === 'common_period';
  return {
    kind: 'value',
    view: n,
    place: n.place,
    benchmarkReason,
    showDifference: comparable && benchmarkReason === null && n.difference !== null,
  };
}

/**
 * The benchmark column in a normalised view: one value when every place is compared with the same
 * benchmark figure, else a pointer to the place columns (each names its own pair).
 */
export type BenchmarkNormalised =
  | { kind: 'one'; value: number; unit: string; numerator: LatestValue | null; denominator: LatestValue | null }
  | { kind: 'none' }
  | { kind: 'varies' };

export function benchmarkNormalised(places: readonly ComparedPlace[], view: NormalisedViewId): BenchmarkNormalised {
  const found = places.flatMap((p) => {
    const n = p.normalised.find((v) => v.view === view);
    return n && n.benchmark !== null
      ? [{ value: n.benchmark, unit: n.unit, numerator: p.benchmarkValue, denominator: n.benchmarkDenominator }]
      : [];
  });
  const first = found[0];
  if (!first) return { kind: 'none' };
  return found.every((f) => f.value === first.value) ? { kind: 'one', ...first } : { kind: 'varies' };
}

/** The normalised unit of a row in a view (家/万人, 元/人 …), when any place has one. */
export function normalisedUnit(places: readonly ComparedPlace[], view: NormalisedViewId): string | null {
  for (const p of places) {
    const n = p.normalised.find((v) => v.view === view);
    if (n) return n.unit;
  }
  return null;
}

/** Every number a row shows in a view, to pick one display scale for the whole row. */
export function rowNumbers(
  benchmark: LatestValue | null,
  places: readonly ComparedPlace[],
  view: NormalisedViewId | 'absolute',
): number[] {
  if (view === 'absolute') {
    return [benchmark, ...places.flatMap((p) => [p.latest, p.benchmarkValue])].flatMap((v) => (v ? [v.value] : []));
  }
  return places.flatMap((p) => {
    const n = p.normalised.find((v) => v.view === view);
    return n ? [n.place, n.benchmark].flatMap((v) => (v === null ? [] : [v])) : [];
  });
}
