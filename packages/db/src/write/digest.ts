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
import type { Db } from '../engine/db';
import { type Dialect, perEngine } from '../engine/dialect';
import { query } from '../engine/query';
import { jsonList } from '../prepared';
import { observationCitation } from '../queries/citation';
import { measureTexts } from '../queries/measure-texts';
import { type ObservationRow, readObservationRows } from '../queries/observation-rows';
import { agree, groupByPeriod, type RankedRow, readSettlements } from '../queries/period-groups';
import { readRankedRows } from '../queries/ranked-rows';
import { listTargets } from '../queries/targets';
import { flag, insertRows } from './insert-rows';
import { getMeta, setMeta } from './replace-source';

export interface DigestTrigger {
  kind: string;
  title: string;
  sourceId: number | null;
}

type Item = Omit<DigestItem, 'id' | 'digestId'>;
const blank = { programs: [], indicatorId: null, change: null, period: null, value: null, previousValue: null };
const blankStatus = { unit: null, statusBefore: null, statusAfter: null, flags: [], authority: null };

/** 呼和浩特 and its districts (the anchor reads the place's row, so both engines type the code alike). */
const SUB = `WITH RECURSIVE sub(code) AS (SELECT code FROM regions WHERE code = ?
  UNION SELECT r.code FROM regions r JOIN sub ON r.parent_code = sub.code)`;
const PLACES = query(`${SUB} SELECT code FROM sub`);

async function benchmarkPlaces(db: Db): Promise<string[]> {
  return (await db.all<{ code: string }>(PLACES, [BENCHMARK_REGION_CODE])).map((r) => r.code);
}

/**
 * The themes of 呼和浩特's measures (its districts' too), as measureTexts would list them: the kept
 * count per place and theme (theme_counts, migration 0017: shown measures, kept by triggers on every
 * write). Reading the place's measures and their themes at each import grew with its history, and it
 * was the digest's largest cost on a long import.
 */
const THEMES = query(`${SUB} SELECT DISTINCT tc.theme_id FROM sub JOIN theme_counts tc ON tc.region_code = sub.code
  WHERE tc.measures > 0`);

async function benchmarkThemes(db: Db): Promise<Set<string>> {
  return new Set((await db.all<{ theme_id: string }>(THEMES, [BENCHMARK_REGION_CODE])).map((r) => r.theme_id));
}

const SEEN = query('INSERT INTO digest_seen_measures (fingerprint) VALUES (?) ON CONFLICT DO NOTHING');

async function newMeasures(db: Db, sourceIds: number[], nameOf: NameOf): Promise<Item[]> {
  const own = new Set(await benchmarkPlaces(db));
  const covered = await benchmarkThemes(db);
  const items: Item[] = [];
  for (const m of await measureTexts(db, { regionCodes: [], sourceIds, raw: false })) {
    const print = `${m.ownRegionCode}|${m.title}|${m.text.slice(0, 60)}`;
    const fresh = (await db.run(SEEN, [print])).changes > 0;
    const themes = m.themes.filter((t) => !covered.has(t));
    if (!fresh || own.has(m.ownRegionCode) || !themes.length) continue;
    items.push({
      ...blank,
      ...blankStatus,
      type: 'new_measure',
      regionCode: m.ownRegionCode,
      regionName: await nameOf(m.ownRegionCode),
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
function figureKey(o: RankedRow['o']): string {
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

const nullsFirst = (d: Dialect, column: string) => (d.greatest === 'greatest' ? `${column} NULLS FIRST` : column);
const TOUCHED = perEngine(
  (d) => `SELECT DISTINCT region_code, indicator_id, period_end FROM observations
    WHERE source_id IN (${d.ids}) AND indicator_id IS NOT NULL AND kind IN ('actual', 'share')
    ORDER BY region_code, indicator_id, ${nullsFirst(d, 'period_end')}`,
);
const BENCHMARK_HAS = query(`SELECT 1 AS one FROM observations
  WHERE indicator_id = ? AND region_code = ? AND kind IN ('actual', 'share') LIMIT 1`);
const INDICATORS = query('SELECT id, theme_id, name_zh FROM indicators');
const SEEN_FIGURE = perEngine(
  (d) => `SELECT value, value_as_written, ${d.json('flags')} AS flags FROM digest_figures WHERE key = ?`,
);
const SAVE_FIGURE = query(`INSERT INTO digest_figures (key, value, value_as_written, flags) VALUES (?, ?, ?, ?)
  ON CONFLICT (key) DO UPDATE SET value = excluded.value, value_as_written = excluded.value_as_written,
    flags = excluded.flags`);

interface Touched {
  region_code: string;
  indicator_id: string;
  period_end: string | null;
}

/** What the import brought (by source), kept where 呼和浩特 has a figure of the indicator (by series index). */
async function touchedSeries(db: Db, sourceIds: number[]): Promise<Touched[]> {
  const touched: Touched[] = [];
  for (const t of await db.all<Touched>(TOUCHED, [jsonList(sourceIds)]))
    if (await db.get(BENCHMARK_HAS, [t.indicator_id, BENCHMARK_REGION_CODE])) touched.push(t);
  return touched;
}

async function changedFigures(db: Db, sourceIds: number[], nameOf: NameOf): Promise<Item[]> {
  if (!sourceIds.length) return [];
  const touched = await touchedSeries(db, sourceIds);
  if (!touched.length) return [];
  const settlements = await readSettlements(db);
  const rows = await db.all<{ id: string; theme_id: string; name_zh: string }>(INDICATORS);
  const theme = new Map(rows.map((i) => [i.id, { theme: i.theme_id, name: i.name_zh }]));
  const items: Item[] = [];
  for (const { region_code: region, indicator_id: indicator, period_end: periodEnd } of touched) {
    // Only the periods the import touched: the work stays the size of the import, not of the history.
    // Grouped on the columns the rule reads; the preferred figure is read whole only when it is news.
    const rows = (
      await readRankedRows(db, {
        regionCodes: [region],
        indicatorIds: [indicator],
        kinds: ['actual', 'share'],
        periodEnds: periodEnd === null ? undefined : [periodEnd],
      })
    ).filter((r) => periodEnd !== null || r.o.periodEnd === null);
    for (const g of groupByPeriod(rows, settlements)) {
      if (!g.rows.some((r) => sourceIds.includes(r.o.sourceId))) continue;
      const { o } = g.preferred;
      const key = figureKey(o);
      const stored = await db.get<{ value: number; value_as_written: number; flags: string }>(SEEN_FIGURE, [key]);
      const before = stored && {
        value: stored.value,
        valueAsWritten: stored.value_as_written,
        flags: JSON.parse(stored.flags) as string[],
      };
      if (before && agree({ ...o, ...before }, o)) continue;
      // The figure grouped above, in this transaction: it is there.
      const [preferred] = (await readObservationRows(db, { ids: [o.id], order: 'id' })) as [ObservationRow];
      await db.run(SAVE_FIGURE, [key, o.value, o.valueAsWritten, JSON.stringify(o.flags)]);
      const info = theme.get(indicator);
      items.push({
        ...blank,
        ...blankStatus,
        type: 'figure',
        regionCode: region,
        regionName: await nameOf(region),
        title: info?.name ?? indicator,
        themes: info ? [info.theme] : [],
        indicatorId: indicator,
        change: before ? 'changed' : 'new',
        period: o.periodType === 'full_year' ? String(o.year ?? '') : (o.periodEnd ?? preferred.o.periodText),
        value: o.value,
        previousValue: before?.value ?? null,
        unit: o.unit,
        flags: o.flags,
        authority: g.preferred.s.authority,
        citation: observationCitation(preferred),
      });
    }
  }
  return items;
}

/** A status moves only with a 呼和浩特 target or a 呼和浩特 figure of a target's indicator. */
const TARGET_TOUCHED = perEngine(
  (d) => `SELECT 1 AS one FROM observations o
    WHERE o.source_id IN (${d.ids}) AND o.region_code = ?
      AND (o.kind = 'target' OR o.indicator_id IN (SELECT t.indicator_id FROM observations t
        WHERE t.region_code = ? AND t.kind = 'target'))
    LIMIT 1`,
);

async function targetChanges(db: Db, sourceIds: number[]): Promise<Item[]> {
  if (!sourceIds.length) return [];
  const touches = await db.get(TARGET_TOUCHED, [jsonList(sourceIds), BENCHMARK_REGION_CODE, BENCHMARK_REGION_CODE]);
  if (!touches) return [];
  const before = JSON.parse((await getMeta(db, 'digest_targets')) ?? '{}') as Record<string, string | null>;
  const now: Record<string, string | null> = {};
  const items: Item[] = [];
  for (const t of await listTargets(db, { regionCodes: [BENCHMARK_REGION_CODE] })) {
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
  await setMeta(db, 'digest_targets', JSON.stringify({ ...before, ...now }));
  return items;
}

/** Names of places, read as needed (an import names a handful of the gazetteer's thousands). */
type NameOf = (code: string) => Promise<string>;

const NAME = query('SELECT name FROM regions WHERE code = ?');

function placeNames(db: Db): NameOf {
  const known = new Map<string, string>();
  return async (code) => {
    let name = known.get(code);
    if (name === undefined) {
      name = (await db.get<{ name: string }>(NAME, [code]))?.name ?? code;
      known.set(code, name);
    }
    return name;
  };
}

const ANY_DIGEST = query('SELECT id FROM digests LIMIT 1');
const INSERT_DIGEST = query(`INSERT INTO digests (at, trigger_kind, trigger_title, source_id, baseline, counts)
  VALUES (?, ?, ?, ?, ?, ?) RETURNING id`);
const ITEM = { table: 'digest_items', columns: ['digest_id', 'type', 'payload'] };

/** Record the digest of the import that wrote `sourceIds`. Call inside the import's transaction. */
export async function recordDigest(db: Db, trigger: DigestTrigger, sourceIds: number[]): Promise<void> {
  const baseline = !(await db.get(ANY_DIGEST));
  const nameOf = placeNames(db);
  const measures = await newMeasures(db, sourceIds, nameOf);
  const figures = await changedFigures(db, sourceIds, nameOf);
  const targets = await targetChanges(db, sourceIds);
  const counts = { newMeasures: measures.length, figures: figures.length, targets: targets.length };
  const row = await db.get<{ id: number }>(INSERT_DIGEST, [
    new Date().toISOString(),
    trigger.kind,
    trigger.title,
    trigger.sourceId,
    flag(db, baseline),
    JSON.stringify(counts),
  ]);
  const id = (row as { id: number }).id;
  const items = [...measures, ...figures, ...targets].map((payload) => [id, payload.type, JSON.stringify(payload)]);
  await insertRows(db, ITEM, items);
}
