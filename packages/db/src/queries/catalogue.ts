/** Read queries for the reference lists: places, themes, indicators, sources. */
import type { Authority, Indicator, Region, SourceDetail, SourceSummary, Theme } from '@ipb/domain';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { articles, indicators, observations, regions, sources, themes } from '../schema';

const REGION_HAS_DATA = sql`(${regions.code} IN (SELECT region_code FROM observations WHERE review_status <> 'rejected')
  OR ${regions.code} IN (SELECT region_code FROM articles WHERE region_code IS NOT NULL))`;

export function listRegions(db: Drizzle, opts: { withData?: boolean } = {}): Region[] {
  const q = db.select().from(regions);
  return (opts.withData ? q.where(REGION_HAS_DATA) : q).orderBy(asc(regions.code)).all();
}

export function listThemes(db: Drizzle): Theme[] {
  return db
    .select()
    .from(themes)
    .orderBy(asc(themes.position))
    .all()
    .map(({ position: _position, id, ...t }) => ({ ...t, id: id as Theme['id'] }));
}

function toIndicator(row: typeof indicators.$inferSelect): Indicator {
  const { themeId, ...rest } = row;
  return { ...rest, theme: themeId as Indicator['theme'] };
}

export function listIndicators(db: Drizzle, opts: { withData?: boolean } = {}): Indicator[] {
  const q = db.select().from(indicators);
  const filtered = opts.withData
    ? q.where(sql`${indicators.id} IN (SELECT indicator_id FROM observations WHERE review_status <> 'rejected')`)
    : q;
  return filtered.orderBy(asc(indicators.id)).all().map(toIndicator);
}

export function getIndicator(db: Drizzle, id: string): Indicator | undefined {
  const row = db.select().from(indicators).where(eq(indicators.id, id)).get();
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

/** Every source, bulletins first; `authority` keeps only those classes. */
export function listSources(db: Drizzle, authority: Authority[] | null = null): SourceSummary[] {
  return db
    .select(sourceSummaryColumns)
    .from(sources)
    .where(authority ? inArray(sources.authority, authority.length ? authority : ['__none__' as Authority]) : undefined)
    .orderBy(sql`${sources.type} = 'bulletin' DESC`, desc(sources.year), desc(sources.issueNumber), asc(sources.id))
    .all();
}

export function getSourceSummary(db: Drizzle, id: number): SourceSummary | undefined {
  return db.select(sourceSummaryColumns).from(sources).where(eq(sources.id, id)).get();
}

export function getSource(db: Drizzle, id: number): SourceDetail | undefined {
  return db
    .select({ ...sourceSummaryColumns, rawText: sources.rawText })
    .from(sources)
    .where(eq(sources.id, id))
    .get();
}

export function countRows(db: Drizzle): { sources: number; observations: number; articles: number } {
  const count = (table: typeof sources | typeof observations | typeof articles) =>
    db.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0;
  return { sources: count(sources), observations: count(observations), articles: count(articles) };
}

/** Sources that speak about a place: an article about it or a figure for it. */
export function sourcesForRegion(db: Drizzle, code: string, authority: Authority[] | null = null): SourceSummary[] {
  return db
    .select(sourceSummaryColumns)
    .from(sources)
    .where(
      and(
        sql`${sources.id} IN (SELECT source_id FROM articles WHERE region_code = ${code}
        UNION SELECT source_id FROM observations WHERE region_code = ${code} AND review_status <> 'rejected')`,
        authority ? inArray(sources.authority, authority.length ? authority : ['__none__' as Authority]) : undefined,
      ),
    )
    .orderBy(desc(sources.year), asc(sources.id))
    .all();
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
