/**
 * Measures with their full text, themes and citation, for the views that read what a measure says
 * (timeline markers, the ladder's stage links, instrument programmes, the digest). Places roll up as
 * in Compare: 宁波市 includes the measures of 宁波市江北区, reported under the place asked for.
 */
import type { Citation, MeasureBrief } from '@ipb/domain';
import type { Db } from '../engine/db';
import { DIALECT, type Dialect } from '../engine/dialect';
import { type Query, query } from '../engine/query';
import { jsonList } from '../prepared';
import { LEAD_END, type MeasureCitationRow, measureCitation } from './citation';

export interface MeasureText {
  id: number;
  /** The place asked for (the root of the roll-up). */
  regionCode: string;
  /** The place the measure is of (a district of `regionCode`, or the same). */
  ownRegionCode: string;
  /** That place when it is a sub-place of `regionCode` (shown as "宁波（江北区）"), else null. */
  subPlace: { code: string; name: string; nameEn: string } | null;
  title: string;
  text: string;
  programs: string[];
  themes: string[];
  sourceDate: string | null;
  sourceYear: number | null;
  /** The measure's span of the source's raw text (its offsets are `citation.start`). */
  raw: string;
  citation: Citation;
}

interface Row extends MeasureCitationRow {
  id: number;
  root: string;
  region_code: string;
  programs: string;
  themes: string | null;
  source_date: string | null;
  raw: string;
  own_name: string;
  own_name_en: string;
}

export interface MeasureTextFilter {
  /** Places (with their sub-places); empty = every place as itself. */
  regionCodes: readonly string[];
  themeIds?: readonly string[];
  sourceIds?: readonly number[];
  /** Only these measures (the instrument lists' page, read from measure_instruments). */
  measureIds?: readonly number[];
  /** false: leave `raw` empty, for a reader that does not show it (the import's digest): cutting it reads the source's whole text per measure. */
  raw?: boolean;
}

function measureSql(filter: MeasureTextFilter, d: Dialect): { text: string; params: unknown[] } {
  const where = ["m.review_status <> 'rejected'", 'm.region_code IS NOT NULL'];
  const params: unknown[] = [];
  // Every place as itself when none is named; otherwise each named place with its sub-places.
  const sub = filter.regionCodes.length
    ? `SELECT code, code FROM regions WHERE code IN (${d.list})
      UNION SELECT sub.root, r.code FROM regions r JOIN sub ON r.parent_code = sub.code`
    : 'SELECT code, code FROM regions';
  if (filter.regionCodes.length) params.push(jsonList(filter.regionCodes));
  if (filter.themeIds?.length) {
    where.push(`m.id IN (SELECT measure_id FROM measure_themes WHERE theme_id IN (${d.list}))`);
    params.push(jsonList(filter.themeIds));
  }
  if (filter.sourceIds) {
    where.push(`m.source_id IN (${d.ids})`);
    params.push(jsonList(filter.sourceIds));
  }
  if (filter.measureIds) {
    where.push(`m.id IN (${d.ids})`);
    params.push(jsonList(filter.measureIds));
  }
  const text = `
    WITH RECURSIVE sub(root, code) AS (${sub})
    SELECT m.id, sub.root, m.region_code, m.title, m.text, ${d.json('m.programs')} AS programs, m.start, m."end",
      ${d.jsonArray('SELECT theme_id AS value FROM measure_themes WHERE measure_id = m.id ORDER BY theme_id')} AS themes,
      s.id AS source_id, s.type AS source_type, s.authority AS source_authority, s.title AS source_title,
      s.year, s.issue_number, s.url, s.date AS source_date, a.title AS article_title,
      ${filter.raw === false ? "''" : 'substr(st.raw_text, m.start + 1, m."end" - m.start)'} AS raw, own.name AS own_name, own.name_en AS own_name_en,
      ${LEAD_END}
    FROM measures m JOIN sub ON m.region_code = sub.code JOIN regions own ON own.code = m.region_code
    JOIN sources s ON s.id = m.source_id JOIN source_texts st ON st.source_id = s.id
    JOIN articles a ON a.id = m.article_id
    WHERE ${where.join(' AND ')}
    ORDER BY m.source_id, m.article_id, m.ordinal`;
  return { text, params };
}

const queries = new Map<string, Query>();

export async function measureTexts(db: Db, filter: MeasureTextFilter): Promise<MeasureText[]> {
  const { text, params } = measureSql(filter, DIALECT.sqlite);
  let q = queries.get(text);
  if (!q) {
    q = query({ sqlite: text, postgres: measureSql(filter, DIALECT.postgres).text });
    queries.set(text, q);
  }
  const rows = await db.all<Row>(q, params);
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.root,
    ownRegionCode: r.region_code,
    subPlace: r.region_code === r.root ? null : { code: r.region_code, name: r.own_name, nameEn: r.own_name_en },
    title: r.title,
    text: r.text,
    programs: JSON.parse(r.programs) as string[],
    themes: r.themes ? (JSON.parse(r.themes) as string[]) : [],
    sourceDate: r.source_date,
    sourceYear: r.year,
    raw: r.raw,
    citation: measureCitation(r),
  }));
}

/** The card a view shows for a measure (Compare's shape: whole text, district note, citation). */
export function measureBriefOf(m: MeasureText): MeasureBrief {
  const { id, regionCode, title, text, programs, subPlace, citation } = m;
  return { id, regionCode, title, text, programs, subPlace, citation };
}
