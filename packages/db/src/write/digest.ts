/**
 * The digest hook of the import path: called inside the transaction of every import (bulletins,
 * uploads, reference data, the bureau's CSV and form entries), after the new rows are written. It
 * records what the import changed for 呼和浩特:
 * - new measures of other places in themes where 呼和浩特 has none (a measure already reported —
 *   same place, title and opening words — is not news again when a new version replaces its issue);
 * - new or changed figures of the indicators 呼和浩特 tracks (any place: a new 南京 高企 count
 *   matters to the comparison), decided on the preferred value of each period (period-groups.ts);
 * - targets of 呼和浩特 whose progress status changed (or that are new).
 * Only what the import touched is recomputed, so an import costs little more than before.
 */
import { BENCHMARK_REGION_CODE, type DigestItem } from '@ipb/domain';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { observationCitation } from '../queries/citation';
import { measureTexts } from '../queries/measure-texts';
import { type ObservationRow, observationRows } from '../queries/observation-rows';
import { agree, groupByPeriod, loadSettlements } from '../queries/period-groups';
import { listTargets } from '../queries/targets';
import { digestFigures, digestItems, digestSeenMeasures, digests, indicators, observations, regions } from '../schema';
import { getMeta, setMeta } from './replace-source';

export interface DigestTrigger {
  kind: string;
  title: string;
  sourceId: number | null;
}

type Item = Omit<DigestItem, 'id' | 'digestId'>;
const blank = { programs: [], indicatorId: null, change: null, period: null, value: null, previousValue: null };
const blankStatus = { unit: null, statusBefore: null, statusAfter: null, flags: [], authority: null };

function benchmarkPlaces(db: Drizzle): string[] {
  return db
    .all<{ code: string }>(sql`WITH RECURSIVE sub(code) AS (SELECT ${BENCHMARK_REGION_CODE}
      UNION SELECT r.code FROM regions r JOIN sub ON r.parent_code = sub.code) SELECT code FROM sub`)
    .map((r) => r.code);
}

/**
 * The themes of 呼和浩特's measures (its districts' too), as measureTexts would list them. Only the
 * theme ids, read in SQL: reading every one of its measures' texts at each import made a long
 * import's cost grow with the square of its length. CROSS JOIN keeps SQLite's join order from the
 * place's measures (its planner otherwise scans the themes of every measure).
 */
function benchmarkThemes(db: Drizzle): Set<string> {
  const rows = db.all<{ theme_id: string }>(sql`WITH RECURSIVE sub(code) AS (SELECT ${BENCHMARK_REGION_CODE}
      UNION SELECT r.code FROM regions r JOIN sub ON r.parent_code = sub.code)
    SELECT DISTINCT mt.theme_id FROM sub CROSS JOIN measures m ON m.region_code = sub.code
    CROSS JOIN measure_themes mt ON mt.measure_id = m.id
    JOIN regions own ON own.code = m.region_code JOIN sources s ON s.id = m.source_id
    JOIN source_texts st ON st.source_id = s.id JOIN articles a ON a.id = m.article_id
    WHERE m.review_status <> 'rejected'`);
  return new Set(rows.map((r) => r.theme_id));
}

function newMeasures(db: Drizzle, sourceIds: number[], nameOf: NameOf): Item[] {
  const own = new Set(benchmarkPlaces(db));
  const covered = benchmarkThemes(db);
  const items: Item[] = [];
  for (const m of measureTexts(db, { regionCodes: [], sourceIds })) {
    const print = `${m.ownRegionCode}|${m.title}|${m.text.slice(0, 60)}`;
    const fresh = db.insert(digestSeenMeasures).values({ fingerprint: print }).onConflictDoNothing().run().changes > 0;
    const themes = m.themes.filter((t) => !covered.has(t));
    if (!fresh || own.has(m.ownRegionCode) || !themes.length) continue;
    items.push({
      ...blank,
      ...blankStatus,
      type: 'new_measure',
      regionCode: m.ownRegionCode,
      regionName: nameOf(m.ownRegionCode),
      title: m.title,
      themes,
      programs: m.programs,
      authority: m.citation.authority,
      citation: m.citation,
    });
  }
  return items;
}

/** The period as a reader knows it: a point in time by its date, a year by its year, a span by both ends. */
function figureKey(o: ObservationRow['o']): string {
  const period =
    o.periodType === 'point'
      ? o.periodEnd
      : o.periodType === 'full_year'
        ? String(o.year)
        : `${o.periodStart}..${o.periodEnd}`;
  const complete =
    o.periodType === 'point' || o.periodType === 'full_year' ? period !== null : !!(o.periodStart && o.periodEnd);
  return [o.regionCode, o.indicatorId, o.kind, o.periodType, o.unit, complete ? period : `#${o.id}`].join('|');
}

function changedFigures(db: Drizzle, sourceIds: number[], nameOf: NameOf): Item[] {
  if (!sourceIds.length) return [];
  const kinds = inArray(observations.kind, ['actual', 'share']);
  // What the import brought (by source), kept where 呼和浩特 has a figure of the indicator (by series index).
  const touched = db
    .selectDistinct({
      region: observations.regionCode,
      indicator: observations.indicatorId,
      periodEnd: observations.periodEnd,
    })
    .from(observations)
    .where(and(inArray(observations.sourceId, sourceIds), isNotNull(observations.indicatorId), kinds))
    .all()
    .filter(({ indicator }) =>
      db
        .select({ id: observations.id })
        .from(observations)
        .where(
          and(
            eq(observations.indicatorId, indicator as string),
            eq(observations.regionCode, BENCHMARK_REGION_CODE),
            kinds,
          ),
        )
        .limit(1)
        .get(),
    );
  if (!touched.length) return [];
  const settlements = loadSettlements(db);
  const theme = new Map(
    db
      .select({ id: indicators.id, theme: indicators.themeId, name: indicators.nameZh })
      .from(indicators)
      .all()
      .map((i) => [i.id, i]),
  );
  const items: Item[] = [];
  for (const { region, indicator, periodEnd } of touched) {
    // Only the periods the import touched: the work stays the size of the import, not of the history.
    const rows = observationRows(db, {
      regionCodes: [region],
      indicatorIds: [indicator as string],
      kinds: ['actual', 'share'],
      periodEnds: periodEnd === null ? undefined : [periodEnd],
      order: 'period',
    }).filter((r) => periodEnd !== null || r.o.periodEnd === null);
    for (const g of groupByPeriod(rows, settlements)) {
      if (!g.rows.some((r) => sourceIds.includes(r.s.id))) continue;
      const { o } = g.preferred;
      const key = figureKey(o);
      const before = db.select().from(digestFigures).where(eq(digestFigures.key, key)).get();
      const seen = { value: o.value, valueAsWritten: o.valueAsWritten, flags: o.flags };
      if (before && agree({ ...o, ...before }, o)) continue;
      db.insert(digestFigures)
        .values({ key, ...seen })
        .onConflictDoUpdate({ target: digestFigures.key, set: seen })
        .run();
      const info = theme.get(indicator as string);
      items.push({
        ...blank,
        ...blankStatus,
        type: 'figure',
        regionCode: region,
        regionName: nameOf(region),
        title: info?.name ?? (indicator as string),
        themes: info ? [info.theme] : [],
        indicatorId: indicator,
        change: before ? 'changed' : 'new',
        period: o.periodType === 'full_year' ? String(o.year ?? '') : (o.periodEnd ?? o.periodText),
        value: o.value,
        previousValue: before?.value ?? null,
        unit: o.unit,
        flags: o.flags,
        authority: g.preferred.s.authority,
        citation: observationCitation(g.preferred),
      });
    }
  }
  return items;
}

function targetChanges(db: Drizzle, sourceIds: number[]): Item[] {
  if (!sourceIds.length) return [];
  // A status moves only with a 呼和浩特 target or a 呼和浩特 figure of a target's indicator.
  const touches = db.get<{ one: number }>(sql`SELECT 1 AS one FROM observations o
    WHERE o.source_id IN (${sql.join(
      sourceIds.map((id) => sql`${id}`),
      sql`, `,
    )}) AND o.region_code = ${BENCHMARK_REGION_CODE}
      AND (o.kind = 'target' OR o.indicator_id IN (SELECT t.indicator_id FROM observations t
        WHERE t.region_code = ${BENCHMARK_REGION_CODE} AND t.kind = 'target'))
    LIMIT 1`);
  if (!touches) return [];
  const before = JSON.parse(getMeta(db, 'digest_targets') ?? '{}') as Record<string, string | null>;
  const now: Record<string, string | null> = {};
  const items: Item[] = [];
  for (const t of listTargets(db, { regionCodes: [BENCHMARK_REGION_CODE] })) {
    const print = `${t.indicatorId ?? t.subject}|${t.value}|${t.deadline}|${t.citation.sourceTitle}`;
    now[print] = t.status;
    if (print in before && before[print] === t.status) continue;
    items.push({
      ...blank,
      type: 'target_status',
      regionCode: t.regionCode,
      regionName: t.regionName,
      title: t.indicatorName ?? t.subject ?? '',
      themes: [],
      indicatorId: t.indicatorId,
      period: t.deadline,
      value: t.value,
      unit: t.unit,
      statusBefore: (before[print] ?? null) as Item['statusBefore'],
      statusAfter: t.status,
      flags: t.flags,
      authority: t.authority,
      citation: t.citation,
    });
  }
  setMeta(db, 'digest_targets', JSON.stringify({ ...before, ...now }));
  return items;
}

/** Names of places, read as needed (an import names a handful of the gazetteer's thousands). */
type NameOf = (code: string) => string;

function placeNames(db: Drizzle): NameOf {
  const known = new Map<string, string>();
  return (code) => {
    let name = known.get(code);
    if (name === undefined) {
      name = db.select({ name: regions.name }).from(regions).where(eq(regions.code, code)).get()?.name ?? code;
      known.set(code, name);
    }
    return name;
  };
}

/** Record the digest of the import that wrote `sourceIds`. Call inside the import's transaction. */
export function recordDigest(db: Drizzle, trigger: DigestTrigger, sourceIds: number[]): void {
  const baseline = !db.select({ id: digests.id }).from(digests).limit(1).get();
  const nameOf = placeNames(db);
  const measures = newMeasures(db, sourceIds, nameOf);
  const figures = changedFigures(db, sourceIds, nameOf);
  const targets = targetChanges(db, sourceIds);
  const { id } = db
    .insert(digests)
    .values({
      at: new Date().toISOString(),
      triggerKind: trigger.kind,
      triggerTitle: trigger.title,
      sourceId: trigger.sourceId,
      baseline,
      counts: { newMeasures: measures.length, figures: figures.length, targets: targets.length },
    })
    .returning({ id: digests.id })
    .get();
  const rows = [...measures, ...figures, ...targets].map((payload) => ({ digestId: id, type: payload.type, payload }));
  for (let i = 0; i < rows.length; i += 200)
    db.insert(digestItems)
      .values(rows.slice(i, i + 200))
      .run();
}
