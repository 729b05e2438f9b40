/**
 * The absolute / indexed / per-capita views of the charted series (pure, no React).
 * - indexed: every series divided by its own first point × 100 (first year = 100), so places of
 *   very different size can be compared by growth. A series whose first point is 0 cannot be indexed.
 * - per capita: each figure divided by the same place's population for the same year. When that
 *   population is absent, in another unit, or reported twice with different values, the point is
 *   left out and a note says why — never a neighbouring year, never an estimate.
 * Targets are not transformed point by point: they are drawn separately (see rebaseTargets).
 */
import type { Series, SeriesPoint, Target } from '@ipb/domain';
import type { Mode } from './indicators-search';

export const INDEX_UNIT = 'index';
/** Unit of the denominator after normalisation (population, 人). */
export const PERSON_UNIT = '人';

export type ModeNoteReason =
  | 'zero_base'
  | 'no_denominator'
  | 'conflicting_denominator'
  | 'denominator_unit'
  | 'not_a_level'
  | 'no_year';

export interface ModeNote {
  regionCode: string;
  place: string;
  reason: ModeNoteReason;
  /** Years of the points left out (empty when the whole series is). */
  years: number[];
}

export interface TransformedSeries {
  series: Series[];
  /** Canonical unit of the transformed values: the input unit, INDEX_UNIT or `元/人`. */
  unit: string;
  notes: ModeNote[];
}

export const perCapitaUnit = (unit: string) => `${unit}/${PERSON_UNIT}`;

function note(notes: ModeNote[], s: Series, reason: ModeNoteReason, year: number | null) {
  const found = notes.find((n) => n.regionCode === s.regionCode && n.reason === reason);
  const years = year === null ? [] : [year];
  if (found) found.years = [...new Set([...found.years, ...years])].sort((a, b) => a - b);
  else notes.push({ regionCode: s.regionCode, place: s.regionShortName, reason, years });
}

function scalePoint(point: SeriesPoint, divisor: number, multiplier = 1): SeriesPoint {
  return {
    ...point,
    value: (point.value * multiplier) / divisor,
    valueMax: point.valueMax === null ? null : (point.valueMax * multiplier) / divisor,
  };
}

/** First point = 100. Targets (a single future value) are left to rebaseTargets. */
export function indexSeries(series: readonly Series[], unit: string): TransformedSeries {
  const notes: ModeNote[] = [];
  const out: Series[] = [];
  for (const s of series) {
    if (s.unit !== unit || s.kind === 'target') continue;
    const first = s.points[0];
    if (!first) continue;
    if (first.value === 0) {
      note(notes, s, 'zero_base', first.year);
      continue;
    }
    out.push({ ...s, unit: INDEX_UNIT, points: s.points.map((p) => scalePoint(p, first.value, 100)) });
  }
  return { series: out, unit: INDEX_UNIT, notes };
}

/** Population by place and year; `null` marks a year reported with two different values. */
export function denominatorIndex(denominator: readonly Series[]): Map<string, number | null> {
  const index = new Map<string, number | null>();
  for (const s of denominator) {
    if (s.kind !== 'actual' || s.unit !== PERSON_UNIT) continue;
    for (const p of s.points) {
      if (p.year === null || p.valueMax !== null || p.value <= 0) continue;
      const key = `${s.regionCode}|${p.year}`;
      const seen = index.get(key);
      index.set(key, seen === undefined || seen === p.value ? p.value : null);
    }
  }
  return index;
}

/** Levels (actual figures) divided by the same place's population in the same year. */
export function perCapitaSeries(
  series: readonly Series[],
  unit: string,
  denominator: readonly Series[],
): TransformedSeries {
  const notes: ModeNote[] = [];
  const out: Series[] = [];
  const population = denominatorIndex(denominator);
  const otherUnit = denominator.some((d) => d.kind === 'actual' && d.unit !== PERSON_UNIT);
  for (const s of series) {
    if (s.unit !== unit || s.kind === 'target') continue;
    if (s.kind !== 'actual') {
      note(notes, s, 'not_a_level', null);
      continue;
    }
    const points = s.points.flatMap((p) => {
      if (p.year === null) {
        note(notes, s, 'no_year', null);
        return [];
      }
      const pop = population.get(`${s.regionCode}|${p.year}`);
      if (pop === undefined) {
        const unitProblem = otherUnit && denominator.some((d) => d.regionCode === s.regionCode);
        note(notes, s, unitProblem ? 'denominator_unit' : 'no_denominator', p.year);
        return [];
      }
      if (pop === null) {
        note(notes, s, 'conflicting_denominator', p.year);
        return [];
      }
      return [scalePoint(p, pop)];
    });
    if (points.length) out.push({ ...s, unit: perCapitaUnit(unit), points });
  }
  return { series: out, unit: perCapitaUnit(unit), notes };
}

/**
 * Targets in the indexed view: divided by the first actual point of the same place (the base of
 * its indexed line). Without such a base the target cannot be placed on the index and is dropped.
 */
export function rebaseTargets(targets: readonly Target[], series: readonly Series[], unit: string): Target[] {
  return targets.flatMap((target) => {
    const base = series.find((s) => s.regionCode === target.regionCode && s.unit === unit && s.kind === 'actual')
      ?.points[0]?.value;
    if (!base || target.unit !== unit) return [];
    const rebase = <V extends { value: number; unit: string }>(v: V): V => ({
      ...v,
      value: (v.value * 100) / base,
      unit: INDEX_UNIT,
    });
    return [
      {
        ...rebase(target),
        valueMax: target.valueMax === null ? null : (target.valueMax * 100) / base,
        latest: target.latest && target.latest.unit === unit ? rebase(target.latest) : null,
        baseline: target.baseline && target.baseline.unit === unit ? rebase(target.baseline) : null,
      },
    ];
  });
}

/** The series, unit and targets that the chart and the table draw in a given mode. */
export function applyMode(
  mode: Mode,
  input: { series: readonly Series[]; unit: string; targets: readonly Target[]; denominator: readonly Series[] },
): TransformedSeries & { targets: Target[] } {
  const { series, unit, targets, denominator } = input;
  if (mode === 'indexed') return { ...indexSeries(series, unit), targets: rebaseTargets(targets, series, unit) };
  if (mode === 'per_capita') return { ...perCapitaSeries(series, unit, denominator), targets: [] };
  return { series: [...series], unit, notes: [], targets: targets.filter((t) => t.unit === unit) };
}
