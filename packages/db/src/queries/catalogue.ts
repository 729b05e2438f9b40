/** Read queries for the reference lists: places, themes, indicators, sources. */
import type { Authority, Indicator, Region, SourceDetail, SourceSummary, Theme } from '@ipb/domain';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { prepared } from '../prepared';
import { articles, observations, regions, sources, sourceTexts } from '../schema';

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

/** The columns of a SourceSummary: one list, so every source list answers the same shape. */
export const sourceSummaryColumns = {
  id: sources.id,
  type: sources.type,
  title: sources.title,
  year: sources.year,
  issueNumber: sources.issueNumber,
  publisher: sources.publisher,
  url: sources.url,
  sha256: sources.sha256,
  importedAt: sources.importedAt,
  authority: sources.authority,
  authorityReason: sources.authorityReason,
};

/** Sources, bulletins first and newest first, a page at a time; `authority` keeps only those classes. */
export function listSources(
  db: Drizzle,
  authority: Authority[] | null,
  page: { limit: number; offset: number },
): { items: SourceSummary[]; total: number } {
  const where = authority
    ? inArray(sources.authority, authority.length ? authority : ['__none__' as Authority])
    : undefined;
  const total = db.select({ n: sql<number>`count(*)` }).from(sources).where(where).get()?.n ?? 0;
  const items = db
    .select(sourceSummaryColumns)
    .from(sources)
    .where(where)
    .orderBy(sql`${sources.type} = 'bulletin' DESC`, desc(sources.year), desc(sources.issueNumber), asc(sources.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
  return { items, total };
}

export function getSourceSummary(db: Drizzle, id: number): SourceSummary | undefined {
  return db.select(sourceSummaryColumns).from(sources).where(eq(sources.id, id)).get();
}

export function getSource(db: Drizzle, id: number): SourceDetail | undefined {
  return db
    .select({ ...sourceSummaryColumns, rawText: sourceTexts.rawText })
    .from(sources)
    .innerJoin(sourceTexts, eq(sourceTexts.sourceId, sources.id))
    .where(eq(sources.id, id))
    .get();
}

export function countRows(db: Drizzle): { sources: number; observations: number; articles: number } {
  const count = (table: typeof sources | typeof observations | typeof articles) =>
    db.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0;
  return { sources: count(sources), observations: count(observations), articles: count(articles) };
}

/** Sources that speak about a place (an article about it or a figure for it): the latest `limit`, and how many. */
export function sourcesForRegion(
  db: Drizzle,
  code: string,
  authority: Authority[] | null,
  limit: number,
): { items: SourceSummary[]; total: number } {
  const where = and(
    sql`${sources.id} IN (SELECT source_id FROM articles WHERE region_code = ${code}
        UNION SELECT source_id FROM observations WHERE region_code = ${code} AND review_status <> 'rejected')`,
    authority ? inArray(sources.authority, authority.length ? authority : ['__none__' as Authority]) : undefined,
  );
  const total = db.select({ n: sql<number>`count(*)` }).from(sources).where(where).get()?.n ?? 0;
  const items = db
    .select(sourceSummaryColumns)
    .from(sources)
    .where(where)
    .orderBy(desc(sources.year), asc(sources.id))
    .limit(limit)
    .all();
  return { items, total };
}

/** Measures and figures extracted from one source, in text order, with their spans. */
export function sourceRecords(db: Drizzle, sourceId: number) {
  const measureRows = db.all<{
    id: number;
    article_title: string;
    region_code: string | null;
    ordinal: number;
    title: string;
    start: number;
    end: number;
    themes: string;
    programs: string;
    confidence: number;
    review_status: 'extracted';
  }>(sql`SELECT m.id, a.title AS article_title, m.region_code, m.ordinal, m.title, m.start, m."end", m.programs,
      m.confidence, m.review_status,
      (SELECT json_group_array(theme_id) FROM measure_themes WHERE measure_id = m.id) AS themes
    FROM measures m JOIN articles a ON a.id = m.article_id WHERE m.source_id = ${sourceId} ORDER BY m.start`);
  const measures = measureRows.map((m) => ({
    id: m.id,
    articleTitle: m.article_title,
    regionCode: m.region_code,
    ordinal: m.ordinal,
    title: m.title,
    start: m.start,
    end: m.end,
    themes: JSON.parse(m.themes) as string[],
    programs: JSON.parse(m.programs) as string[],
    confidence: m.confidence,
    reviewStatus: m.review_status,
  }));
  const observationRows = db
    .select()
    .from(observations)
    .where(sql`${observations.sourceId} = ${sourceId} AND ${observations.start} IS NOT NULL`)
    .orderBy(asc(observations.start))
    .all();
  return {
    measures,
    observations: observationRows.map((o) => ({
      id: o.id,
      measureId: o.measureId,
      regionCode: o.regionCode,
      start: o.start ?? 0,
      end: o.end ?? 0,
      subject: o.subject,
      indicatorId: o.indicatorId,
      value: o.value,
      unit: o.unit,
      valueAsWritten: o.valueAsWritten,
      valueMaxAsWritten: o.valueMaxAsWritten,
      unitAsWritten: o.unitAsWritten,
      kind: o.kind,
      measure: o.measure,
      status: o.status,
      qualifier: o.qualifier,
      periodType: o.periodType,
      periodText: o.periodText,
      confidence: o.confidence,
      reviewStatus: o.reviewStatus,
      repeats: o.repeats,
    })),
  };
}
