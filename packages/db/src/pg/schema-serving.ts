/**
 * Observations and the tables the serving path reads on PostgreSQL, in lockstep with ../schema.ts
 * (see schema-corpus.ts). The copies and counts that SQLite keeps by triggers (its migration 0008)
 * are kept here by PostgreSQL triggers (drizzle-pg/0002_serving-triggers.sql).
 */
import {
  FIGURE_MEASURES,
  FIGURE_STATUSES,
  OBSERVATION_KINDS,
  PERIOD_TYPES,
  REVIEW_STATUSES,
  THEME_IDS,
} from '@ipb/domain';
import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { bytea, json, serialId, tsvector } from './columns';
import { articles, indicators, measures, regions, sources, themes } from './schema-corpus';

export const measureThemes = pgTable(
  'measure_themes',
  {
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    themeId: text('theme_id', { enum: THEME_IDS })
      .notNull()
      .references(() => themes.id),
    evidence: json<string[]>('evidence').notNull(),
    regionCode: text('region_code'),
    published: text('published').notNull().default(''),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    uniqueIndex('measure_themes_pk').on(t.measureId, t.themeId),
    index('measure_themes_theme_idx').on(t.themeId, t.active, t.measureId),
    index('measure_themes_place_idx').on(t.regionCode, t.themeId, t.active, t.published.desc(), t.measureId),
  ],
);

export const measurePrograms = pgTable(
  'measure_programs',
  {
    measureId: integer('measure_id').notNull(),
    name: text('name').notNull(),
    regionCode: text('region_code'),
    published: text('published').notNull().default(''),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    index('measure_programs_measure_idx').on(t.measureId),
    index('measure_programs_name_idx').on(t.name, t.measureId),
    index('measure_programs_place_idx').on(t.regionCode, t.active, t.name),
  ],
);

export const regionCounts = pgTable('region_counts', {
  regionCode: text('region_code').primaryKey(),
  measures: integer('measures').notNull().default(0),
  figures: integer('figures').notNull().default(0),
});

/** Per own place and source: shown measures and figures (triggers, drizzle-pg/0010; see ../schema.ts). */
export const placeSources = pgTable(
  'place_sources',
  {
    regionCode: text('region_code').notNull(),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    measures: integer('measures').notNull().default(0),
    figures: integer('figures').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.sourceId] })],
);

/** Shown measures per place ('' for none) and theme (triggers, drizzle-pg/0010). */
export const themeCounts = pgTable(
  'theme_counts',
  {
    regionCode: text('region_code').notNull(),
    themeId: text('theme_id', { enum: THEME_IDS }).notNull(),
    measures: integer('measures').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.themeId] }),
    // One theme's total over every place from the index alone: the key leads with the place (drizzle-pg/0015).
    index('theme_counts_theme_idx').on(t.themeId, t.measures),
  ],
);

export const programNames = pgTable(
  'program_names',
  {
    name: text('name').primaryKey(),
    measures: integer('measures').notNull().default(0),
  },
  // Names containing the query, as SQLite's program_names_trgm table finds them.
  (t) => [index('program_names_trgm_idx').using('gin', t.name.op('gin_trgm_ops'))],
);

export const observations = pgTable(
  'observations',
  {
    id: serialId('id'),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    measureId: integer('measure_id').references(() => measures.id, { onDelete: 'set null' }),
    externalId: text('external_id'),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    indicatorId: text('indicator_id').references(() => indicators.id),
    subject: text('subject'),
    valueAsWritten: doublePrecision('value_as_written').notNull(),
    valueMaxAsWritten: doublePrecision('value_max_as_written'),
    unitAsWritten: text('unit_as_written'),
    value: doublePrecision('value').notNull(),
    valueMax: doublePrecision('value_max'),
    unit: text('unit').notNull(),
    kind: text('kind', { enum: OBSERVATION_KINDS }).notNull(),
    measure: text('measure', { enum: FIGURE_MEASURES }).notNull().default('level'),
    status: text('status', { enum: FIGURE_STATUSES }).notNull().default('actual'),
    qualifier: text('qualifier'),
    periodText: text('period_text'),
    periodType: text('period_type', { enum: PERIOD_TYPES }).notNull(),
    periodStart: text('period_start'),
    periodEnd: text('period_end'),
    year: integer('year'),
    quote: text('quote').notNull(),
    start: integer('start'),
    end: integer('end'),
    repeats: json<{ start: number; end: number }[]>('repeats').notNull().default([]),
    confidence: doublePrecision('confidence').notNull(),
    reviewStatus: text('review_status', { enum: REVIEW_STATUSES }).notNull(),
    flags: json<string[]>('flags').notNull(),
    note: text('note'),
    /**
     * jieba words of subject and quote, written with the row (SQLite keeps them in the contentless
     * observations_fts table): jieba runs in Node, not in the database.
     */
    searchVector: tsvector('search_vector').notNull().default(sql`''::tsvector`),
  },
  (t) => [
    index('observations_series_idx').on(t.indicatorId, t.regionCode, t.kind, t.periodType, t.periodEnd),
    index('observations_region_idx').on(t.regionCode, t.sourceId, t.reviewStatus, t.periodEnd),
    index('observations_place_idx').on(t.regionCode, t.kind, t.periodType, t.indicatorId),
    // A figure's source: by this index's first column (a second index on source_id alone only cost
    // every insert and delete its upkeep).
    uniqueIndex('observations_external_idx').on(t.sourceId, t.externalId),
    index('observations_search_idx').using('gin', t.searchVector),
  ],
);

/** Instrument terms kept by the writers (see ../schema.ts, docs/decisions/015). */
export const instrumentTerms = pgTable(
  'instrument_terms',
  {
    observationId: integer('observation_id')
      .primaryKey()
      .references(() => observations.id, { onDelete: 'cascade' }),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    /** The measure's place. */
    regionCode: text('region_code').notNull(),
    /** The figure's offset in its source (terms are listed by measure, then by where they stand). */
    start: integer('start').notNull(),
    instrumentId: text('instrument_id').notNull(),
    termKind: text('term_kind').notNull(),
    evidence: json<string[]>('evidence').notNull(),
    programme: text('programme'),
  },
  (t) => [
    index('instrument_terms_place_idx').on(t.regionCode, t.measureId, t.start, t.observationId),
    index('instrument_terms_instrument_idx').on(t.instrumentId, t.regionCode),
    index('instrument_terms_measure_idx').on(t.measureId, t.instrumentId),
  ],
);

/** Each shown measure's instruments, kept by the writers (see ../schema.ts). */
export const measureInstruments = pgTable(
  'measure_instruments',
  {
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    instrumentId: text('instrument_id').notNull(),
    regionCode: text('region_code').notNull(),
    /** The source's date, '' when undated. */
    sourceDate: text('source_date').notNull().default(''),
    terms: integer('terms').notNull().default(0),
    words: json<string[]>('words').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.measureId, t.instrumentId] }),
    index('measure_instruments_place_idx').on(t.regionCode, t.instrumentId, t.sourceDate, t.measureId, t.terms),
  ],
);

/**
 * The preferred value of each period group (../schema.ts, docs/decisions/018), kept on both engines
 * through period_dirty (triggers: drizzle-pg/0006) and bumpDataVersion.
 */
export const periodValues = pgTable(
  'period_values',
  {
    key: text('key').primaryKey(),
    regionCode: text('region_code').notNull(),
    indicatorId: text('indicator_id').notNull(),
    kind: text('kind', { enum: OBSERVATION_KINDS }).notNull(),
    periodType: text('period_type', { enum: PERIOD_TYPES }).notNull(),
    orderYear: integer('order_year'),
    orderEnd: text('order_end'),
    orderId: integer('order_id').notNull(),
    preferredId: integer('preferred_id').notNull(),
    clusters: integer('clusters').notNull(),
    settled: boolean('settled').notNull(),
    reason: text('reason').notNull(),
    alternativeIds: json<number[]>('alternative_ids').notNull(),
    alternativesTotal: integer('alternatives_total').notNull(),
  },
  (t) => [
    index('period_values_indicator_idx').on(t.indicatorId, t.regionCode, t.kind, t.periodType),
    // Ends in the heads Compare chooses by, so they are read from the index alone (period-summaries.ts).
    index('period_values_place_idx').on(
      t.regionCode,
      t.kind,
      t.periodType,
      t.indicatorId,
      t.orderYear,
      t.orderEnd,
      t.key,
    ),
  ],
);

export const periodDirty = pgTable(
  'period_dirty',
  {
    regionCode: text('region_code').notNull(),
    indicatorId: text('indicator_id').notNull(),
    /**
     * The period end of the figures that changed ('' for none): only those periods' groups are
     * rebuilt. '*' marks the whole pair (a source's authority, a settlement's group).
     */
    periodEnd: text('period_end').notNull().default('*'),
  },
  (t) => [uniqueIndex('period_dirty_pair_idx').on(t.regionCode, t.indicatorId, t.periodEnd)],
);

/** A place's series of one indicator as the bytes the API sends (../schema.ts; triggers: drizzle-pg/0019). */
export const seriesParts = pgTable(
  'series_parts',
  {
    indicatorId: text('indicator_id').notNull(),
    regionCode: text('region_code').notNull(),
    form: text('form').notNull(),
    series: bytea('series').notNull(),
    cut: bytea('cut').notNull(),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.regionCode] })],
);

/** A figure as the search shows it, as the bytes the API sends (../schema.ts; triggers: drizzle-pg/0021). */
export const figureHits = pgTable(
  'figure_hits',
  {
    observationId: integer('observation_id').primaryKey(),
    sourceId: integer('source_id').notNull(),
    form: text('form').notNull(),
    hit: bytea('hit').notNull(),
  },
  (t) => [index('figure_hits_source_idx').on(t.sourceId)],
);
