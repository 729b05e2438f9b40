/**
 * The corpus tables on PostgreSQL: the same tables, columns, keys and indexes as ../schema.ts, whose
 * comments say what each holds (schema-lockstep.test.ts compares them column by column). Only the
 * search differs: jieba words in a `simple` tsvector with a GIN index where SQLite has an FTS5
 * table, and pg_trgm indexes for substrings (docs/decisions/016).
 */
import {
  AUTHORITY_CLASSES,
  type Indicator,
  type IndicatorScope,
  QUANTITY_TYPES,
  REGION_LEVELS,
  REVIEW_STATUSES,
  SOURCE_TYPES,
  THEME_IDS,
} from '@ipb/domain';
import { type SQL, sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { bytea, json, serialId, tsvector } from './columns';

export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    official: boolean('official').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    level: text('level', { enum: REGION_LEVELS }).notNull(),
    parentCode: text('parent_code'),
    aliases: json<string[]>('aliases').notNull(),
    nameEn: text('name_en').notNull(),
    pinyin: text('pinyin').notNull().default(''),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);

export const themes = pgTable('themes', {
  id: text('id', { enum: THEME_IDS }).primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  description: text('description').notNull(),
  stip: json<{ themes: { code: string; label: string }[]; instruments: { code: string; label: string }[] }>(
    'stip',
  ).notNull(),
  lexicon: json<{ term: string; weight: number }[]>('lexicon').notNull(),
  position: integer('position').notNull(),
});

export const indicators = pgTable('indicators', {
  id: text('id').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  synonyms: json<string[]>('synonyms').notNull(),
  unit: text('unit').notNull(),
  quantityType: text('quantity_type', { enum: QUANTITY_TYPES }).notNull(),
  themeId: text('theme_id', { enum: THEME_IDS })
    .notNull()
    .references(() => themes.id),
  higherIsBetter: boolean('higher_is_better').notNull(),
  definitionNote: text('definition_note').notNull(),
  /** The same note in English, for the English interface. */
  definitionNoteEn: text('definition_note_en').notNull().default(''),
  perCapitaDenominator: text('per_capita_denominator'),
  scope: json<IndicatorScope>('scope').notNull().default({}),
  newOf: json<Indicator['newOf']>('new_of'),
  ratio: json<Indicator['ratio']>('ratio'),
});

export const sources = pgTable(
  'sources',
  {
    id: serialId('id'),
    key: text('key').notNull(),
    type: text('type', { enum: SOURCE_TYPES }).notNull(),
    title: text('title').notNull(),
    year: integer('year'),
    issueNumber: integer('issue_number'),
    publisher: text('publisher'),
    url: text('url'),
    /** A policy or statistical document's number (文号), cited with bureau entries. */
    documentNumber: text('document_number'),
    description: text('description'),
    date: text('date'),
    authority: text('authority', { enum: AUTHORITY_CLASSES }).notNull().default('news_reprint'),
    authorityReason: text('authority_reason').notNull().default(''),
    authorityOverridden: boolean('authority_overridden').notNull().default(false),
    sha256: text('sha256').notNull(),
    fileName: text('file_name'),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [
    uniqueIndex('sources_key_idx').on(t.key),
    index('sources_sha_idx').on(t.sha256),
    index('sources_authority_idx').on(t.authority),
    // Titles containing the query: SQLite scans them (instr); here trigrams find them.
    index('sources_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
  ],
);

export const sourceTexts = pgTable('source_texts', {
  sourceId: integer('source_id')
    .primaryKey()
    .references(() => sources.id, { onDelete: 'cascade' }),
  rawText: text('raw_text').notNull(),
});

export const articles = pgTable(
  'articles',
  {
    id: serialId('id'),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    title: text('title').notNull(),
    regionCode: text('region_code').references(() => regions.code),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
  },
  (t) => [index('articles_source_idx').on(t.sourceId), index('articles_region_idx').on(t.regionCode)],
);

export const measures = pgTable(
  'measures',
  {
    id: serialId('id'),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    regionCode: text('region_code').references(() => regions.code),
    ordinal: integer('ordinal').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    programs: json<string[]>('programs').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    confidence: doublePrecision('confidence').notNull(),
    reviewStatus: text('review_status', { enum: REVIEW_STATUSES }).notNull(),
    searchTokens: text('search_tokens').notNull().default(''),
    /** The first sentence's end from `start`, 0 when none; set by a trigger (drizzle-pg/0010). */
    leadEnd: integer('lead_end').notNull().default(0),
    /** Its themes as [id, evidence] pairs in JSON, as SQLite's (schema.ts); written with the themes (drizzle-pg/0017). */
    themesJson: text('themes_json').notNull().default('[]'),
    /** The list item's exact bytes, NULL while not stored; nulled by triggers (drizzle-pg/0018, decision 022). */
    listItem: bytea('list_item'),
    /** The jieba words of search_tokens as lexemes, kept by PostgreSQL itself. */
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs((): SQL => sql`to_tsvector('simple', ${measures.searchTokens})`),
  },
  (t) => [
    index('measures_region_idx').on(t.regionCode, t.sourceId, t.reviewStatus),
    index('measures_source_idx').on(t.sourceId, t.reviewStatus),
    index('measures_search_idx').using('gin', t.searchVector),
  ],
);
