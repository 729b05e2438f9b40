/** Read queries for the reference lists: themes and indicators (places: regions.ts; sources: sources.ts). */
import type { Indicator, Theme } from '@ipb/domain';
import type { Db } from '../engine/db';
import { type Dialect, perEngine } from '../engine/dialect';
import { query } from '../engine/query';

interface ThemeRow {
  id: Theme['id'];
  name_zh: string;
  name_en: string;
  description: string;
  stip: string;
  lexicon: string;
}

const THEMES = perEngine(
  (d) => `SELECT id, name_zh, name_en, description, ${d.json('stip')} AS stip, ${d.json('lexicon')} AS lexicon
    FROM themes ORDER BY position`,
);

export async function listThemes(db: Db): Promise<Theme[]> {
  const rows = await db.all<ThemeRow>(THEMES);
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
  definition_note_en: string;
  per_capita_denominator: string | null;
  scope: string;
  new_of: string | null;
  ratio: string | null;
}

const parsed = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

/** An indicator row in SQLite's shapes on both engines: 0/1 and JSON text. */
const INDICATOR_COLUMNS = (d: Dialect) => `i.id, i.name_zh, i.name_en, ${d.json('i.synonyms')} AS synonyms, i.unit,
  i.quantity_type, i.theme_id, ${d.flag('i.higher_is_better')} AS higher_is_better,
  i.definition_note, i.definition_note_en, i.per_capita_denominator, ${d.json('i.scope')} AS scope, ${d.json('i.new_of')} AS new_of,
  ${d.json('i.ratio')} AS ratio`;
const INDICATORS = perEngine((d) => `SELECT ${INDICATOR_COLUMNS(d)} FROM indicators i ORDER BY i.id`);
const INDICATORS_WITH_DATA = perEngine(
  (d) => `SELECT ${INDICATOR_COLUMNS(d)} FROM indicators i
    WHERE EXISTS (SELECT 1 FROM observations o WHERE o.indicator_id = i.id AND o.review_status <> 'rejected')
    ORDER BY i.id`,
);
const INDICATOR = perEngine((d) => `SELECT ${INDICATOR_COLUMNS(d)} FROM indicators i WHERE i.id = ?`);

/** The catalogue; `withData` keeps the indicators with a shown figure (one index seek each). */
export async function listIndicators(db: Db, opts: { withData?: boolean } = {}): Promise<Indicator[]> {
  const rows = await db.all<IndicatorRow>(opts.withData ? INDICATORS_WITH_DATA : INDICATORS);
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
    // Absent, not empty, where the catalogue has no English note: the English UI says it shows the Chinese one.
    ...(r.definition_note_en ? { definitionNoteEn: r.definition_note_en } : {}),
    perCapitaDenominator: r.per_capita_denominator,
    scope: JSON.parse(r.scope) as Indicator['scope'],
    newOf: parsed<Indicator['newOf']>(r.new_of),
    ratio: parsed<Indicator['ratio']>(r.ratio),
  };
}

export async function getIndicator(db: Db, id: string): Promise<Indicator | undefined> {
  const row = await db.get<IndicatorRow>(INDICATOR, [id]);
  return row ? toIndicator(row) : undefined;
}

const DATA_HASH = query("SELECT value FROM meta WHERE key = 'data_hash'");

export interface ReferenceLists {
  themes: Theme[];
  indicators: Indicator[];
}

const held = new WeakMap<Db, ReferenceLists & { hash: string }>();

/**
 * The themes and the indicator catalogue as listThemes and listIndicators give them, held by the
 * instance while meta.data_hash is the one they were read under: Compare read and parsed them on
 * every request (about a tenth of its CPU at 1×), though they change only with data/. Their one
 * writer is loadData, which upserts both in the transaction that sets data_hash, so a changed
 * catalogue always comes with a changed hash — on PostgreSQL too, whichever instance or release
 * step loaded it. The hash is read before the lists: lists newer than their hash are read again on
 * the next request, never older ones held under a newer hash. A database without a hash (not
 * loaded from data/) is read every time. Callers must not change what they get.
 * `read`: the hash as the caller read it before this call (readDataState, with a request's data
 * version): the lists are then as current as that read, as above, for one statement fewer.
 */
export async function referenceLists(db: Db, read?: { hash: string | undefined }): Promise<ReferenceLists> {
  const hash = read ? read.hash : (await db.get<{ value: string }>(DATA_HASH))?.value;
  const kept = hash === undefined ? undefined : held.get(db);
  if (kept && kept.hash === hash) return kept;
  const [themes, indicators] = await Promise.all([listThemes(db), listIndicators(db)]);
  if (hash !== undefined) held.set(db, { hash, themes, indicators });
  return { themes, indicators };
}

const byId = new WeakMap<readonly Indicator[], Map<string, Indicator>>();

/**
 * One indicator of the catalogue referenceLists holds, or undefined when it has none of that id:
 * what getIndicator reads, without reading and parsing its row on every request (a tenth of a
 * cold series request's CPU: decision 014, sixteenth session). Held and dropped with the lists,
 * so it follows meta.data_hash exactly as they do (`read`: as referenceLists'). Callers must not
 * change what they get.
 */
export async function heldIndicator(
  db: Db,
  id: string,
  read?: { hash: string | undefined },
): Promise<Indicator | undefined> {
  const { indicators } = await referenceLists(db, read);
  let index = byId.get(indicators);
  if (!index) {
    index = new Map(indicators.map((i) => [i.id, i]));
    byId.set(indicators, index);
  }
  return index.get(id);
}
