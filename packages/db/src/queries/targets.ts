/**
 * Targets with their baseline (the latest actual figure no later than the year the target was
 * published) and latest actual, like-for-like (same place, indicator and unit), assessed by the
 * CAGR method in @ipb/domain.
 */
import { assessProgress, type Target } from '@ipb/domain';
import { eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { indicators, observations } from '../schema';
import { latestValueOf } from './citation';
import { citationOf, selectObservationRows } from './series';

export function listTargets(db: Drizzle, filter: { regionCodes: string[]; indicatorId?: string }): Target[] {
  const where: SQL[] = [eq(observations.kind, 'target')];
  if (filter.regionCodes.length) where.push(inArray(observations.regionCode, filter.regionCodes));
  if (filter.indicatorId) where.push(eq(observations.indicatorId, filter.indicatorId));
  const targets = selectObservationRows(db, where);
  const indicatorIds = [...new Set(targets.flatMap((t) => (t.o.indicatorId ? [t.o.indicatorId] : [])))];
  const actuals = indicatorIds.length
    ? selectObservationRows(db, [
        inArray(observations.indicatorId, indicatorIds),
        eq(observations.kind, 'actual'),
        inArray(observations.periodType, ['point', 'full_year']),
        isNotNull(observations.year),
      ])
    : [];
  const catalogue = new Map(
    db
      .select()
      .from(indicators)
      .all()
      .map((i) => [i.id, i]),
  );
  return targets.map((row) => {
    const { o, s, r } = row;
    const indicator = o.indicatorId ? catalogue.get(o.indicatorId) : undefined;
    const same = actuals.filter(
      (a) => a.o.indicatorId === o.indicatorId && a.o.regionCode === o.regionCode && a.o.unit === o.unit,
    );
    const setYear = s.year ?? (o.periodStart ? Number(o.periodStart.slice(0, 4)) : null);
    const before = same.filter((a) => setYear !== null && (a.o.year ?? 0) <= setYear);
    const baseline = before.at(-1) ?? null;
    const latest = same.at(-1) ?? null;
    const deadlineYear = o.periodEnd ? Number(o.periodEnd.slice(0, 4)) : null;
    const progress =
      deadlineYear === null
        ? { status: null, reason: 'the target has no deadline', observedCagr: null, requiredCagr: null }
        : assessProgress({
            baseline: baseline && baseline.o.year !== null ? { year: baseline.o.year, value: baseline.o.value } : null,
            latest: latest && latest.o.year !== null ? { year: latest.o.year, value: latest.o.value } : null,
            target: { year: deadlineYear, value: o.value },
            higherIsBetter: indicator?.higherIsBetter ?? true,
          });
    return {
      observationId: o.id,
      regionCode: r.code,
      regionName: r.name,
      indicatorId: o.indicatorId,
      indicatorName: indicator?.nameZh ?? null,
      subject: o.subject,
      value: o.value,
      valueMax: o.valueMax,
      unit: o.unit,
      qualifier: o.qualifier,
      deadline: o.periodEnd,
      deadlineYear,
      citation: citationOf(row),
      baseline: baseline ? latestValueOf(baseline) : null,
      latest: latest ? latestValueOf(latest) : null,
      status: progress.status,
      statusReason: progress.reason,
      observedCagr: progress.observedCagr,
      requiredCagr: progress.requiredCagr,
    };
  });
}
