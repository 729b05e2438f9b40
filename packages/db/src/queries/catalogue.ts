/** Read queries for the reference lists: places, themes, indicators (sources: sources.ts). */
import type { Indicator, Region, SourceSummary, Theme } from '@ipb/domain';
import { asc, sql } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { prepared } from '../prepared';
import { articles, observations, regions, sources } from '../schema';
import { SUMMARY_COLUMNS } from './sources';

const REGION_HAS_DATA = sql`(${regions.code} IN (SELECT region_code FROM observations WHERE review_status <> 'rejected')
  OR ${regions.code} IN (SELECT region_code FROM articles WHERE region_code IS NOT NULL))`;

export function listRegions(db: Drizzle, opts: { withData?: boolean } = {}): Region[] {
  const q = db.select().from(regions);
  return (opts.withData ? q.where(REGION_HAS_DATA) : q).orderBy(asc(regions.code)).all();
}

interface ThemeRow {
  id: Theme['id'];
  name_zh: string;
  name_en: string;
  description: string;
  stip: string;
  lexicon: string;
}

export function listThemes(db: Drizzle): Theme[] {
  const rows = prepared(
    db,
    'SELECT id, name_zh, name_en, description, stip, lexicon FROM themes ORDER BY position',
  ).all() as ThemeRow[];
  return rows.map((r) => ({
    id: r.id,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    description: r.description,
    stip: JSON.parse(r.stip) as Theme['stip'],
    lexicon: JSON.parse(r.lexicon) as Theme['lexicon'],
  }));
}

interface IndicatorRow {
  id: string;
  name_zh: string;
  name_en: string;
  synonyms: string;
  unit: string;
  quantity_type: Indicator['quantityType'];
  theme_id: Indicator['theme'];
  higher_is_better: number;
  definition_note: string;
  per_capita_denominator: string | null;
  scope: string;
  new_of: string | null;
  ratio: string | null;
}

const parsed = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

/** The catalogue; `withData` keeps the indicators with a shown figure (one index seek each). */
export function listIndicators(db: Drizzle, opts: { withData?: boolean } = {}): Indicator[] {
  const where = opts.withData
    ? `WHERE EXISTS (SELECT 1 FROM observations o WHERE o.indicator_id = i.id AND o.review_status <> 'rejected')`
    : '';
  const rows = prepared(db, `SELECT i.* FROM indicators i ${where} ORDER BY i.id`).all() as IndicatorRow[];
  return rows.map(toIndicator);
}

function toIndicator(r: IndicatorRow): Indicator {
  return {
    id: r.id,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    synonyms: JSON.parse(r.synonyms) as string[],
    unit: r.unit,
    quantityType: r.quantity_type,
    theme: r.theme_id,
    higherIsBetter: r.higher_is_better === 1,
    definitionNote: r.definition_note,
    perCapitaDenominator: r.per_capita_denominator,
    scope: JSON.parse(r.scope) as Indicator['scope'],
    newOf: parsed<Indicator['newOf']>(r.new_of),
    ratio: parsed<Indicator['ratio']>(r.ratio),
  };
}

export function getIndicator(db: Drizzle, id: string): Indicator | undefined {
  const row = prepared(db, 'SELECT * FROM indicators WHERE id = ?').get(id) as IndicatorRow | undefined;
  return row ? toIndicator(row) : undefined;
}

/** For the write path (source-authority.ts), which is still synchronous: the summary the lists answer. */
export function getSourceSummary(db: Drizzle, id: number): SourceSummary | undefined {
  return prepared(db, `SELECT ${SUMMARY_COLUMNS} FROM sources s WHERE s.id = ?`).get(id) as SourceSummary | undefined;
}

export function countRows(db: Drizzle): { sources: number; observations: number; articles: number } {
  const count = (table: typeof sources | typeof observations | typeof articles) =>
    db.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0;
  return { sources: count(sources), observations: count(observations), articles: count(articles) };
}
