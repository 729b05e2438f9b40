/**
 * The database, long format with provenance on every row (owid-grapher's lesson): a figure is a row
 * of observations pointing at its source, region, indicator and — when extracted — the article and
 * measure it came from, with the exact span. JSON columns hold small lists (aliases, flags).
 * FTS5 tables for measures live in a custom migration (drizzle does not model virtual tables).
 */
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  AUTHORITY_CLASSES,
  DIGEST_ITEM_TYPES,
  FIGURE_MEASURES,
  FIGURE_STATUSES,
  type Indicator,
  type IndicatorScope,
  JOB_KINDS,
  JOB_STATUSES,
  OBSERVATION_KINDS,
  PERIOD_TYPES,
  QUANTITY_TYPES,
  REGION_LEVELS,
  REVIEW_STATUSES,
  ROLES,
  SOURCE_TYPES,
  THEME_IDS,
  type Theme,
} from '@ipb/domain';
import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const json = <T>(name: string) => text(name, { mode: 'json' }).$type<T>();

export const regions = sqliteTable(
  'regions',
  {
    code: text('code').primaryKey(),
    official: integer('official', { mode: 'boolean' }).notNull(),
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

export const themes = sqliteTable('themes', {
  id: text('id', { enum: THEME_IDS }).primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  description: text('description').notNull(),
  stip: json<Theme['stip']>('stip').notNull(),
  lexicon: json<{ term: string; weight: number }[]>('lexicon').notNull(),
  position: integer('position').notNull(),
});

export const indicators = sqliteTable('indicators', {
  id: text('id').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  synonyms: json<string[]>('synonyms').notNull(),
  unit: text('unit').notNull(),
  quantityType: text('quantity_type', { enum: QUANTITY_TYPES }).notNull(),
  themeId: text('theme_id', { enum: THEME_IDS })
    .notNull()
    .references(() => themes.id),
  higherIsBetter: integer('higher_is_better', { mode: 'boolean' }).notNull(),
  definitionNote: text('definition_note').notNull(),
  /** The same note in English, for the English interface. */
  definitionNoteEn: text('definition_note_en').notNull().default(''),
  perCapitaDenominator: text('per_capita_denominator'),
  scope: json<IndicatorScope>('scope').notNull().default({}),
  newOf: json<Indicator['newOf']>('new_of'),
  ratio: json<Indicator['ratio']>('ratio'),
});

export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Identity across versions: a new version of the same bulletin issue replaces the old one. */
    key: text('key').notNull(),
    type: text('type', { enum: SOURCE_TYPES }).notNull(),
    title: text('title').notNull(),
    year: integer('year'),
    issueNumber: integer('issue_number'),
    publisher: text('publisher'),
    url: text('url'),
    /** A policy or statistical document's number (文号), cited with bureau entries. */
    documentNumber: text('document_number'),
    /** How the source describes itself (e.g. "news reprint (北方新报)"), for the reader's judgement. */
    description: text('description'),
    /** Date the text speaks from (YYYY-MM-DD), used to resolve 今年. */
    date: text('date'),
    /** How authoritative the source is; set by the rules in @ipb/domain or by an editor (audited). */
    authority: text('authority', { enum: AUTHORITY_CLASSES }).notNull().default('news_reprint'),
    /** The rule that decided the class, or the editor's reason. */
    authorityReason: text('authority_reason').notNull().default(''),
    /** True once an editor has set the class: a re-import keeps it. */
    authorityOverridden: integer('authority_overridden', { mode: 'boolean' }).notNull().default(false),
    sha256: text('sha256').notNull(),
    fileName: text('file_name'),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [
    uniqueIndex('sources_key_idx').on(t.key),
    index('sources_sha_idx').on(t.sha256),
    index('sources_authority_idx').on(t.authority),
  ],
);

/**
 * A source's text, verbatim, apart from the source row: the text can be megabytes, and columns
 * stored after it in the same row could only be read by reading through it (SQLite keeps a row's
 * fields in order, the tail in overflow pages). Lists never touch this table.
 */
export const sourceTexts = sqliteTable('source_texts', {
  sourceId: integer('source_id')
    .primaryKey()
    .references(() => sources.id, { onDelete: 'cascade' }),
  rawText: text('raw_text').notNull(),
});

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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

export const measures = sqliteTable(
  'measures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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
    confidence: real('confidence').notNull(),
    reviewStatus: text('review_status', { enum: REVIEW_STATUSES }).notNull(),
    /** jieba-segmented title and text, space separated: feeds the unicode61 FTS table. */
    searchTokens: text('search_tokens').notNull().default(''),
    /**
     * Where the first sentence (its 。) ends, counted from `start`; 0 when it has none, so a citation
     * never reads the whole text. Computed by insertMeasures from the source's text; a row inserted
     * with 0 gets it from a trigger (migrations 0017, 0020).
     */
    leadEnd: integer('lead_end').notNull().default(0),
    /**
     * The measure's themes as the list reads them: a JSON array of [theme id, evidence] pairs, in no
     * order ('[]' when it has none), so a page reads one column instead of a group_concat over
     * measure_themes per row. Written with the themes, in the same transaction: by insertMeasures
     * and by a review that re-themes the measure; filled for existing rows by migration 0022.
     */
    themesJson: text('themes_json').notNull().default('[]'),
    /**
     * The measure as the list sends it: the exact UTF-8 bytes of its item (no search snippet), or
     * NULL while it is not stored (decision 022). Filled by the list's read (queries/measure-items.ts)
     * when the data version it read is still current; set back to NULL by triggers (migration 0023)
     * whenever anything the item shows changes: the measure's row, its source, its article, its
     * place's name, the themes' order. A NULL item is built the old way, so it is never wrong.
     */
    listItem: blob('list_item', { mode: 'buffer' }),
  },
  (t) => [
    // Covering what coverage counts per place read: place, source, shown or not.
    index('measures_region_idx').on(t.regionCode, t.sourceId, t.reviewStatus),
    index('measures_source_idx').on(t.sourceId, t.reviewStatus),
  ],
);

export const measureThemes = sqliteTable(
  'measure_themes',
  {
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    themeId: text('theme_id', { enum: THEME_IDS })
      .notNull()
      .references(() => themes.id),
    /** The lexicon words that matched: why the measure has this theme. */
    evidence: json<string[]>('evidence').notNull(),
    /**
     * Copies of the measure's place, its source's date and whether it is shown (not rejected),
     * written by insertMeasures and otherwise kept by triggers (migrations 0008, 0020): Compare
     * reads a place's latest measures per theme from one index instead of sorting every measure of
     * the place.
     */
    regionCode: text('region_code'),
    published: text('published').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [
    uniqueIndex('measure_themes_pk').on(t.measureId, t.themeId),
    index('measure_themes_theme_idx').on(t.themeId, t.active, t.measureId),
  ],
);

/**
 * One row per programme a measure names, kept from measures.programs by triggers (migration 0008),
 * with the same copies as measure_themes: programme counts and search read this, not JSON.
 */
export const measurePrograms = sqliteTable(
  'measure_programs',
  {
    measureId: integer('measure_id').notNull(),
    name: text('name').notNull(),
    regionCode: text('region_code'),
    published: text('published').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [
    index('measure_programs_measure_idx').on(t.measureId),
    index('measure_programs_name_idx').on(t.name, t.measureId),
    index('measure_programs_place_idx').on(t.regionCode, t.active, t.name),
  ],
);

/**
 * How many shown measures and figures each place has (its own, not rolled up), kept by triggers
 * (migration 0008): the places with data and their order, without counting the corpus per request.
 */
export const regionCounts = sqliteTable('region_counts', {
  regionCode: text('region_code').primaryKey(),
  measures: integer('measures').notNull().default(0),
  figures: integer('figures').notNull().default(0),
});

/**
 * Per own place and source: its shown measures and figures, kept by triggers (figures inserted are
 * counted by insertObservations, once per batch; migration 0017). Compare's coverage sums a place's
 * sources from here instead of counting its every measure and figure.
 */
export const placeSources = sqliteTable(
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

/**
 * Shown measures per place ('' for none) and theme, kept by triggers on measure_themes (migration
 * 0017): the totals of Compare's columns and of a theme's measure list without counting them.
 */
export const themeCounts = sqliteTable(
  'theme_counts',
  {
    regionCode: text('region_code').notNull(),
    themeId: text('theme_id', { enum: THEME_IDS }).notNull(),
    measures: integer('measures').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.themeId] }),
    // One theme's total over every place from the index alone: the key leads with the place (migration 0021).
    index('theme_counts_theme_idx').on(t.themeId, t.measures),
  ],
);

/** Every programme name with how many shown measures name it (triggers, migration 0008); searched by FTS. */
export const programNames = sqliteTable('program_names', {
  name: text('name').primaryKey(),
  measures: integer('measures').notNull().default(0),
});

export const observations = sqliteTable(
  'observations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    measureId: integer('measure_id').references(() => measures.id, { onDelete: 'set null' }),
    /** Identity inside its source for curated rows (e.g. the reference file's "cf001"). */
    externalId: text('external_id'),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    indicatorId: text('indicator_id').references(() => indicators.id),
    subject: text('subject'),
    valueAsWritten: real('value_as_written').notNull(),
    valueMaxAsWritten: real('value_max_as_written'),
    unitAsWritten: text('unit_as_written'),
    value: real('value').notNull(),
    valueMax: real('value_max'),
    unit: text('unit').notNull(),
    /** Derived from the two axes (kindOfAxes in @ipb/domain), kept for the series and readers of one kind. */
    kind: text('kind', { enum: OBSERVATION_KINDS }).notNull(),
    /** What the number is: level, change, rate or share (issue 9). */
    measure: text('measure', { enum: FIGURE_MEASURES }).notNull().default('level'),
    /** Whether it happened, is aimed at or is estimated: actual, target, estimate. */
    status: text('status', { enum: FIGURE_STATUSES }).notNull().default('actual'),
    qualifier: text('qualifier'),
    periodText: text('period_text'),
    periodType: text('period_type', { enum: PERIOD_TYPES }).notNull(),
    periodStart: text('period_start'),
    periodEnd: text('period_end'),
    /** The year the figure is about (period end's year), for charts. */
    year: integer('year'),
    quote: text('quote').notNull(),
    start: integer('start'),
    end: integer('end'),
    /** Further mentions of the same fact in the source's raw text (a headline, a repeated paragraph). */
    repeats: json<{ start: number; end: number }[]>('repeats').notNull().default([]),
    confidence: real('confidence').notNull(),
    reviewStatus: text('review_status', { enum: REVIEW_STATUSES }).notNull(),
    flags: json<string[]>('flags').notNull(),
    note: text('note'),
  },
  (t) => [
    index('observations_series_idx').on(t.indicatorId, t.regionCode, t.kind, t.periodType, t.periodEnd),
    index('observations_region_idx').on(t.regionCode, t.sourceId, t.reviewStatus, t.periodEnd),
    // Compare's comparable figures: a place's linked actual/share figures, without reading the rest.
    index('observations_place_idx').on(t.regionCode, t.kind, t.periodType, t.indicatorId),
    // A figure's source: by this index's first column (a second index on source_id alone only cost
    // every insert and delete its upkeep).
    uniqueIndex('observations_external_idx').on(t.sourceId, t.externalId),
  ],
);

/**
 * Instrument terms (GET /api/instruments, docs/decisions/015): each shown figure of a measure that
 * the lexicon of data/taxonomy/instruments.json reads as a term, with the words that recognised it.
 * Written by the writers in their transaction (write/instrument-terms.ts), rebuilt when the lexicon
 * changes (load-data.ts); the view reads it instead of reading every figure's sentence per request.
 */
export const instrumentTerms = sqliteTable(
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

/**
 * Each shown measure's instruments (a lexicon word in its title, text or programmes), with the words,
 * the source's date (the lists are latest first) and how many of its figures are terms of it.
 */
export const measureInstruments = sqliteTable(
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
 * A reviewer's settlement of a conflict: which value is right, and why. Keyed by the conflict key
 * (place|indicator|kind|period type|period|unit); `members` are the fingerprints of the values
 * the reviewer saw, so a new disagreeing value reopens the conflict instead of being hidden.
 */
export const conflictSettlements = sqliteTable('conflict_settlements', {
  key: text('key').primaryKey(),
  /** Fingerprint (source key + position + value) of the chosen value: stable across re-imports. */
  chosen: text('chosen').notNull(),
  members: json<string[]>('members').notNull(),
  reason: text('reason').notNull(),
  actor: text('actor').notNull(),
  at: text('at').notNull(),
});

/**
 * What series and Compare read instead of every figure (docs/decisions/018): one row per period
 * group (periodKey) of a place's indicator-linked, not rejected figures, with the preferred value,
 * how many disagreeing values the group holds and the first alternatives — worked out by
 * groupByPeriod, the one place that rule lives, whenever a write touches the group's place ×
 * indicator (period_dirty, kept by triggers; refreshed by bumpDataVersion in the same transaction).
 */
export const periodValues = sqliteTable(
  'period_values',
  {
    key: text('key').primaryKey(),
    regionCode: text('region_code').notNull(),
    indicatorId: text('indicator_id').notNull(),
    kind: text('kind', { enum: OBSERVATION_KINDS }).notNull(),
    periodType: text('period_type', { enum: PERIOD_TYPES }).notNull(),
    /** The group's first figure in period order (year, period end, id): the order readers list groups in. */
    orderYear: integer('order_year'),
    orderEnd: text('order_end'),
    orderId: integer('order_id').notNull(),
    preferredId: integer('preferred_id').notNull(),
    /** Clusters of agreeing values: more than one is a conflict. */
    clusters: integer('clusters').notNull(),
    settled: integer('settled', { mode: 'boolean' }).notNull(),
    reason: text('reason').notNull(),
    /** The other values' figures, best ranked first, at most MAX_ALTERNATIVES. */
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

/** Place × indicator pairs (and their periods) whose period_values are out of date: written by triggers, emptied by the refresh. */
export const periodDirty = sqliteTable(
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

/**
 * A place's series of one indicator as the exact bytes the API sends (docs/decisions/022, "Series
 * parts"): the place's Series objects as the series answer's compiled serializer writes them, joined
 * by commas, and its cutSeries entries likewise ('' for none). `form` names the serializer and the
 * points cap that made them: a row of another form is never read. No row while none is stored;
 * triggers (migration 0024) delete a pair's row whenever anything its series shows changes.
 */
export const seriesParts = sqliteTable(
  'series_parts',
  {
    indicatorId: text('indicator_id').notNull(),
    regionCode: text('region_code').notNull(),
    form: text('form').notNull(),
    series: blob('series', { mode: 'buffer' }).notNull(),
    cut: blob('cut', { mode: 'buffer' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.regionCode] })],
);

/**
 * A figure as GET /api/search shows it, the exact bytes the search answer's compiled serializer
 * writes for it (docs/decisions/014, sixteenth session: search — cold), and the source it speaks
 * through. `form` names the serializer that made them: a row of another form is never read. No row
 * while none is stored; triggers (migration 0026) delete a figure's row whenever anything its hit
 * shows changes: the figure, its source's citation fields, its article's title, its place's name.
 */
export const figureHits = sqliteTable(
  'figure_hits',
  {
    observationId: integer('observation_id').primaryKey(),
    sourceId: integer('source_id').notNull(),
    form: text('form').notNull(),
    hit: blob('hit', { mode: 'buffer' }).notNull(),
  },
  (t) => [index('figure_hits_source_idx').on(t.sourceId)],
);

export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  actor: text('actor').notNull(),
  action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
  entity: text('entity', { enum: AUDIT_ENTITIES }).notNull(),
  entityId: text('entity_id').notNull(),
  before: json<unknown>('before'),
  after: json<unknown>('after'),
  reason: text('reason'),
});

/** Key–value facts about the database itself (the hash of data/ it was built from, the data version). */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  /** argon2id hash; the password itself is never stored. */
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  createdAt: text('created_at').notNull(),
});

export const sessions = sqliteTable('sessions', {
  /** SHA-256 of the cookie value: a leaked database does not leak live sessions. */
  tokenHash: text('token_hash').primaryKey(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  expiresAt: text('expires_at').notNull(),
});

export const apiTokens = sqliteTable('api_tokens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  tokenHash: text('token_hash').notNull().unique(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  createdAt: text('created_at').notNull(),
  /** A token stops working after this instant (ISO 8601); a leaked token does not live forever. */
  expiresAt: text('expires_at').notNull().default(''),
});

/**
 * Failed logins per (normalised) user name, known or not: after a few in a row the name is locked
 * for a time that doubles with every further failure (apps/api lib/login-lockout.ts).
 */
export const loginFailures = sqliteTable('login_failures', {
  username: text('username').primaryKey(),
  failures: integer('failures').notNull(),
  lockedUntil: text('locked_until'),
  lastFailureAt: text('last_failure_at').notNull(),
});

/**
 * Request counters of the rate limits, one row per key (budget and client address) and window, on
 * PostgreSQL shared by every API instance (apps/api plugins/rate-limit-store.ts); unused on SQLite,
 * whose one process counts in memory. `reset_at` is ISO 8601, when the window ends.
 */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  resetAt: text('reset_at').notNull(),
});

/**
 * Import and upload jobs (write/jobs.ts): their inputs until they run, then their progress and
 * result or problem, so any API instance answers GET /api/jobs/:id and a restart loses no status.
 * Finished jobs are purged an hour after they end (write/housekeeping.ts).
 */
export const jobs = sqliteTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: JOB_KINDS }).notNull(),
    status: text('status', { enum: JOB_STATUSES }).notNull(),
    ownerId: integer('owner_id').notNull(),
    /** The input but its bytes, as JSON; null once the job has run. */
    input: json<unknown>('input'),
    /** The input's bytes (a document or a CSV file), base64; null once the job has run. */
    payload: text('payload'),
    progress: json<unknown>('progress').notNull(),
    result: json<unknown>('result'),
    problem: json<unknown>('problem'),
    /** The instance running it (host:pid), for the log. */
    claimedBy: text('claimed_by'),
    /** PostgreSQL: the claim's lease, renewed while its instance runs it; past it, another instance may take the job. */
    claimedUntil: text('claimed_until'),
    /** How many times an instance has claimed it: a job whose instances keep dying fails after a few. */
    attempts: integer('attempts').notNull().default(0),
    createdAt: text('created_at').notNull(),
    startedAt: text('started_at'),
    finishedAt: text('finished_at'),
  },
  (t) => [index('jobs_status_idx').on(t.status, t.createdAt)],
);

/** An uploaded document waiting for an editor to confirm its extraction. */
export const pendingUploads = sqliteTable('pending_uploads', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  fileName: text('file_name'),
  sha256: text('sha256').notNull(),
  rawText: text('raw_text').notNull(),
  extraction: json<unknown>('extraction').notNull(),
  uploadedBy: integer('uploaded_by')
    .notNull()
    .references(() => users.id),
  createdAt: text('created_at').notNull(),
  /** After this instant the preview can no longer be confirmed, and it is purged (write/uploads.ts). */
  expiresAt: text('expires_at').notNull().default(''),
  confirmedSourceId: integer('confirmed_source_id'),
  confirmedAt: text('confirmed_at'),
});

/**
 * "What changed for 呼和浩特" (自上期以来): one row per import, written in the import's transaction
 * by write/digest.ts. Items keep their text and citation, so a digest stays readable after the
 * source it reports on is replaced by a new version.
 */
export const digests = sqliteTable('digests', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  triggerKind: text('trigger_kind').notNull(),
  triggerTitle: text('trigger_title').notNull(),
  sourceId: integer('source_id'),
  baseline: integer('baseline', { mode: 'boolean' }).notNull(),
  counts: json<{ newMeasures: number; figures: number; targets: number }>('counts').notNull(),
});

export const digestItems = sqliteTable(
  'digest_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    digestId: integer('digest_id')
      .notNull()
      .references(() => digests.id, { onDelete: 'cascade' }),
    type: text('type', { enum: DIGEST_ITEM_TYPES }).notNull(),
    payload: json<Record<string, unknown>>('payload').notNull(),
  },
  (t) => [index('digest_items_digest_idx').on(t.digestId)],
);

/** Measures a digest has reported (region, title, opening words): a new version of an issue is not news again. */
export const digestSeenMeasures = sqliteTable('digest_seen_measures', {
  fingerprint: text('fingerprint').primaryKey(),
});

/** The preferred value of each period group the digest has seen, to tell a new figure from a changed one. */
export const digestFigures = sqliteTable('digest_figures', {
  key: text('key').primaryKey(),
  value: real('value').notNull(),
  valueAsWritten: real('value_as_written').notNull(),
  flags: json<string[]>('flags').notNull(),
});
