/**
 * Targets with their baseline and latest actual, assessed by Open SDG's CAGR method (@ipb/domain).
 * - A target is a place's only when its subject is the place's aggregate: figures flagged
 *   `not_place_aggregate` (a company's or a project's goal) are not listed.
 * - Its deadline is the period the text states (到2025年 → 2025-12-31); without one it has none,
 *   and the status says so.
 * - Actuals are of the same place, indicator (whose id carries its scope) and unit, from any
 *   source, one preferred value per year (period-groups.ts); the baseline is the latest actual
 *   before the year the target was set when a later one exists, else the earliest actual; the
 *   latest is the most recent after it.
 * - A target that is a change (issue 9: 增长 1 倍, 翻一番, 新增 300 家 on a stock) is drawn as the
 *   level it implies from the place's latest actual at or before the year it was set, and says so
 *   (`written`); a percentage rate is not (年均增长 15% and 增长 15% read alike once dated), and a
 *   change without such an actual keeps its written value and cannot be assessed.
 * - "Cannot assess" always says what is missing.
 */
import { type Authority, assessProgress, type LatestValue, type Progress, type Target, targetAimOf } from '@ipb/domain';
import type { Db } from '../engine/db';
import { perEngine } from '../engine/dialect';
import { type ObservationRow, readObservationRows } from './observation-rows';
import { groupByPeriod, preferredValue, readSettlements } from './period-groups';
import { citationOf } from './series';

export interface TargetFilter {
  regionCodes: string[];
  indicatorId?: string;
  authority?: Authority[] | null;
}

type ActualsByKey = Map<string, LatestValue[]>;

/** One value per place, indicator, unit and year: the preferred one, year-end before full-year. */
async function actualsByKey(db: Db, indicatorIds: string[], authority: Authority[] | null): Promise<ActualsByKey> {
  if (!indicatorIds.length) return new Map<string, LatestValue[]>();
  const rows = await readObservationRows(db, {
    indicatorIds,
    kinds: ['actual', 'share'],
    periodTypes: ['point', 'full_year'],
    withYear: true,
    authority,
    order: 'period',
  });
  const byKey = new Map<string, Map<number, LatestValue>>();
  for (const g of groupByPeriod(rows, await readSettlements(db))) {
    const v = preferredValue(g);
    const { o } = g.preferred;
    const key = `${o.regionCode}|${o.indicatorId}|${o.unit}`;
    const years = byKey.get(key) ?? new Map<number, LatestValue>();
    const current = years.get(v.year as number);
    if (!current || (v.periodEnd ?? '') > (current.periodEnd ?? '')) years.set(v.year as number, v);
    byKey.set(key, years);
  }
  return new Map(
    [...byKey].map(([k, years]) => [k, [...years.values()].sort((a, b) => (a.year ?? 0) - (b.year ?? 0))]),
  );
}

function setYearOf(row: ObservationRow): number | null {
  const { s, o } = row;
  const date = s.date ?? null;
  if (s.year) return s.year;
  if (date) return Number(date.slice(0, 4));
  return o.periodStart ? Number(o.periodStart.slice(0, 4)) : null;
}

/**
 * The latest actual before the target was set, when a later actual exists to measure progress
 * against; otherwise the earliest actual (Open SDG's fixed baseline), so two actuals from before
 * the target still show the trend it needs to beat.
 */
function baselineOf(actuals: LatestValue[], setYear: number | null): LatestValue | null {
  const before = setYear === null ? [] : actuals.filter((a) => (a.year ?? 0) < setYear);
  const last = before.at(-1);
  if (last && actuals.some((a) => (a.year ?? 0) > (last.year ?? 0))) return last;
  if (actuals.length >= 2) return actuals[0] ?? null;
  return last ?? null;
}

/** The level a change implies from the level it starts at: ×2 for 增长 1 倍, ×2^n for 翻 n 番, + n for 新增 n. */
function impliedLevel(o: ObservationRow['o'], from: LatestValue): number | null {
  if (o.measure === 'rate' && o.unit === '倍') return from.value * (1 + o.value);
  if (o.measure === 'rate' && o.unit === '番') return from.value * 2 ** o.value;
  if (o.measure === 'change' && o.unit === from.unit) return from.value + o.value;
  return null;
}

interface Goal {
  value: number;
  unit: string;
  written: Target['written'];
  /** The actuals of the level the goal is measured on. */
  actuals: LatestValue[];
}

/** The goal as a level: as written, or implied by a change from the latest actual when it was set. */
function goalOf(
  row: ObservationRow,
  actuals: ActualsByKey,
  levelUnit: string | undefined,
  setYear: number | null,
): Goal {
  const { o } = row;
  const same = actuals.get(`${o.regionCode}|${o.indicatorId}|${o.unit}`) ?? [];
  const asWritten: Goal = { value: o.value, unit: o.unit, written: null, actuals: same };
  if (targetAimOf(o.measure) !== 'change' || !levelUnit) return asWritten;
  const levels = actuals.get(`${o.regionCode}|${o.indicatorId}|${levelUnit}`) ?? [];
  const from = levels.filter((a) => setYear === null || (a.year ?? 0) <= setYear).at(-1);
  const implied = from ? impliedLevel(o, from) : null;
  if (!from || implied === null) return asWritten;
  return {
    value: implied,
    unit: from.unit,
    written: { value: o.value, unit: o.unit, baselineYear: from.year },
    actuals: levels,
  };
}

function cannot(reason: string): Progress {
  return { status: null, reason, observedCagr: null, requiredCagr: null };
}

interface CatalogueRow {
  id: string;
  unit: string;
  name_zh: string;
  higher: number;
}
const CATALOGUE = perEngine(
  (d) =>
    `SELECT id, unit, name_zh, CASE WHEN ${d.isTrue('higher_is_better')} THEN 1 ELSE 0 END AS higher FROM indicators`,
);

export async function listTargets(db: Db, filter: TargetFilter): Promise<Target[]> {
  const authority = filter.authority ?? null;
  const targets = (
    await readObservationRows(db, {
      kinds: ['target'],
      regionCodes: filter.regionCodes,
      indicatorIds: filter.indicatorId ? [filter.indicatorId] : undefined,
      authority,
      order: 'period',
    })
  ).filter((t) => !t.o.flags.includes('not_place_aggregate'));
  const indicatorIds = [...new Set(targets.flatMap((t) => (t.o.indicatorId ? [t.o.indicatorId] : [])))];
  const actuals = await actualsByKey(db, indicatorIds, authority);
  const catalogue = new Map(
    (await db.all<CatalogueRow>(CATALOGUE)).map((i) => [
      i.id,
      { unit: i.unit, nameZh: i.name_zh, higherIsBetter: i.higher === 1 },
    ]),
  );
  return targets.map((row) => {
    const { o, s, r } = row;
    const indicator = o.indicatorId ? catalogue.get(o.indicatorId) : undefined;
    const setYear = setYearOf(row);
    const goal = goalOf(row, actuals, indicator?.unit, setYear);
    const same = goal.actuals;
    // A goal for a year (全年…, 今后五年新增…) is due at the end of that year or window.
    const deadline = ['deadline', 'full_year', 'multi_year'].includes(o.periodType) ? o.periodEnd : null;
    const deadlineYear = deadline ? Number(deadline.slice(0, 4)) : null;
    const baseline = baselineOf(same, setYear);
    const latest = baseline
      ? (same.filter((a) => (a.year ?? 0) > (baseline.year ?? 0)).at(-1) ?? null)
      : (same.at(-1) ?? null);
    const name = indicator?.nameZh ?? o.subject ?? '?';
    const progress: Progress = !indicator
      ? cannot('cannot assess: the target is not linked to a catalogue indicator')
      : deadlineYear === null
        ? cannot('the target has no deadline: cannot assess')
        : latest && !baseline && (indicator.higherIsBetter ? latest.value >= o.value : latest.value <= o.value)
          ? { status: 'achieved', reason: 'the latest figure meets the target', observedCagr: null, requiredCagr: null }
          : !baseline
            ? cannot(`no baseline: no actual figure of ${name} for ${r.name} before ${setYear ?? 'the target was set'}`)
            : assessProgress({
                baseline: { year: baseline.year as number, value: baseline.value },
                latest: latest ? { year: latest.year as number, value: latest.value } : null,
                target: { year: deadlineYear, value: goal.value },
                higherIsBetter: indicator.higherIsBetter,
              });
    return {
      observationId: o.id,
      regionCode: r.code,
      regionName: r.name,
      indicatorId: o.indicatorId,
      indicatorName: indicator?.nameZh ?? null,
      subject: o.subject,
      value: goal.value,
      valueMax: goal.written ? null : o.valueMax,
      unit: goal.unit,
      qualifier: o.qualifier,
      aim: targetAimOf(o.measure),
      written: goal.written,
      deadline,
      deadlineYear,
      flags: o.flags,
      authority: s.authority,
      citation: citationOf(row),
      baseline,
      latest,
      status: progress.status,
      statusReason: progress.reason,
      observedCagr: progress.observedCagr,
      requiredCagr: progress.requiredCagr,
    };
  });
}
