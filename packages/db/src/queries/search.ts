/** One search box across places' figures, programmes and sources (measures use listMeasures). */
import { and, desc, eq, ne, or, sql } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { articles, observations, regions, sources } from '../schema';
import { sourceSummaryColumns } from './catalogue';
import { citationOf } from './series';

const escapeLike = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function searchFigures(db: Drizzle, q: string, limit: number) {
  const pattern = escapeLike(q);
  return db
    .select({ o: observations, s: sources, a: { title: articles.title }, r: regions })
    .from(observations)
    .innerJoin(sources, eq(sources.id, observations.sourceId))
    .innerJoin(regions, eq(regions.code, observations.regionCode))
    .leftJoin(articles, eq(articles.id, observations.articleId))
    .where(
      and(
        ne(observations.reviewStatus, 'rejected'),
        or(
          sql`${observations.subject} LIKE ${pattern} ESCAPE '\\'`,
          sql`${observations.quote} LIKE ${pattern} ESCAPE '\\'`,
        ),
      ),
    )
    .orderBy(desc(observations.year), observations.id)
    .limit(limit)
    .all()
    .map((row) => ({
      observationId: row.o.id,
      regionCode: row.r.code,
      regionName: row.r.name,
      indicatorId: row.o.indicatorId,
      subject: row.o.subject,
      value: row.o.value,
      unit: row.o.unit,
      year: row.o.year,
      flags: row.o.flags,
      citation: citationOf(row),
    }));
}

export function searchPrograms(db: Drizzle, q: string, limit: number): Array<{ name: string; count: number }> {
  return db.all<{ name: string; count: number }>(sql`
    SELECT p.value AS name, count(*) AS count FROM measures m JOIN json_each(m.programs) p
    WHERE m.review_status <> 'rejected' AND instr(p.value, ${q}) > 0
    GROUP BY p.value ORDER BY count DESC, p.value LIMIT ${limit}`);
}

export function searchSources(db: Drizzle, q: string, limit: number) {
  return db
    .select(sourceSummaryColumns)
    .from(sources)
    .where(or(sql`${sources.title} LIKE ${escapeLike(q)} ESCAPE '\\'`, sql`instr(${sources.rawText}, ${q}) > 0`))
    .orderBy(desc(sources.year), sources.id)
    .limit(limit)
    .all();
}
