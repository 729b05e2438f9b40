/**
 * A series answer's places from their stored bytes (decision 022, "Series parts"): series_parts
 * holds, per indicator and place, the place's series exactly as the API's compiled serializer
 * writes them, so a request for named places splices them instead of reading each period's
 * summary and figures, mapping them and serialising ~7.5 kB of CJK citations per request.
 *
 * Correct by construction, as the measures list's items:
 * - a pair has no row until the series route stores one, and triggers (SQLite 0024, PostgreSQL
 *   0019) delete it whenever anything its series shows may change — the pair's figures and period
 *   summaries, its figures' sources' citation fields and articles' titles, the place's names;
 * - a pair without a row is built the old way (getSeries for those places) and serialized by the
 *   caller, so it is never wrong, only slower;
 * - built parts are stored after the answer in their own short write, only when the data version
 *   read before their rows is still current and the write lock is free (the rules of optionalStore,
 *   queries/optional-store.ts, which the measures list's items are stored by too);
 * - while period_values is stale (a write that bypassed bumpDataVersion) nothing is read or stored:
 *   the caller answers the old way, from the figures;
 * - a row records the form that made it (the caller's serializer and points cap, and PARTS_REVISION
 *   for how the points are built): another form is not read, and is overwritten when stored again.
 * `staleParts` rebuilds every stored row and lists those that differ: the tests' guard.
 */
import type { Series } from '@ipb/domain';
import type { Db } from '../engine/db';
import { perEngine } from '../engine/dialect';
import { query } from '../engine/query';
import { jsonList } from '../prepared';
import { periodValuesStale } from '../write/period-values';
import { afterThisTurn, optionalStore } from './optional-store';
import { getSeries } from './series';
import { readDataVersion } from './service-state';

/** Bump when getSeries builds a place's series differently: rows of the old form are then not read. */
export const PARTS_REVISION = 1;

/** One place's series as the bytes the answer holds: its Series joined by commas, its cutSeries entries likewise. */
export interface PlaceParts {
  series: Buffer;
  cut: Buffer;
}

/** The caller's serializer of one place's series (all of them, as getSeries gives them): what a client is sent. */
export type SerializePlace = (series: Series[]) => PlaceParts;

type PartRow = [regionCode: string, series: Buffer, cut: Buffer];

/** The stored parts, none while period_values is stale (one statement for both questions). */
const PARTS = perEngine(
  (d) => `SELECT region_code, series, cut FROM series_parts
    WHERE indicator_id = ? AND form = ? AND region_code IN (${d.list}) AND NOT EXISTS (SELECT 1 FROM period_dirty)`,
);
const STORE = query(`INSERT INTO series_parts (indicator_id, region_code, form, series, cut) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (indicator_id, region_code) DO UPDATE SET form = excluded.form, series = excluded.series, cut = excluded.cut`);

const storeOnce = optionalStore();

/** Store built parts when no write came after `version` was read and the write lock is free (optional-store.ts). */
function storeParts(
  db: Db,
  version: string,
  indicatorId: string,
  form: string,
  parts: Map<string, PlaceParts>,
): Promise<number> {
  return storeOnce(db, version, async (tx) => {
    for (const [code, p] of parts) await tx.run(STORE, [indicatorId, code, form, p.series, p.cut]);
    return parts.size;
  });
}

/** Each place's series, built the old way: one getSeries for all of them, split by place. */
async function buildParts(
  db: Db,
  indicatorId: string,
  codes: readonly string[],
  serialize: SerializePlace,
): Promise<Map<string, PlaceParts>> {
  const { series } = await getSeries(db, { indicatorId, regionCodes: [...codes] });
  const byPlace = new Map<string, Series[]>(codes.map((c) => [c, []]));
  for (const s of series) byPlace.get(s.regionCode)?.push(s);
  return new Map([...byPlace].map(([code, list]) => [code, serialize(list)]));
}

export interface StoredSeries {
  /** Every asked place's parts (empty buffers for a place without figures). */
  parts: Map<string, PlaceParts>;
  /** Resolves, after the answer, to how many built parts were stored (0 when a write came between). */
  stored: Promise<number>;
}

/**
 * The places' series of one indicator (all kinds, every source) as bytes: stored, or built and
 * stored after the answer. null while period_values is stale: answer those the old way.
 */
export async function seriesParts(
  db: Db,
  indicatorId: string,
  codes: readonly string[],
  form: string,
  serialize: SerializePlace,
  /** When the store may start: after the answer (the next turn) unless a caller orders it after its own step. */
  storeAfter: Promise<unknown> = afterThisTurn(),
): Promise<StoredSeries | null> {
  const rows = codes.length ? await db.rows<PartRow>(PARTS, [indicatorId, form, jsonList(codes)]) : [];
  const parts = new Map<string, PlaceParts>(rows.map(([code, series, cut]) => [code, { series, cut }]));
  const lacking = codes.filter((c) => !parts.has(c));
  if (!lacking.length) return { parts, stored: Promise.resolve(0) };
  if (await periodValuesStale(db)) return null;
  // Read before the rows the parts are built from: storing them later checks it is still current.
  const version = await readDataVersion(db);
  const built = await buildParts(db, indicatorId, lacking, serialize);
  for (const [code, p] of built) parts.set(code, p);
  const stored = storeAfter.then(() => storeParts(db, version, indicatorId, form, built));
  return { parts, stored };
}

const STORED = query('SELECT indicator_id, region_code, form, series, cut FROM series_parts ORDER BY 1, 2');

/**
 * Every stored pair (`indicator|place`) whose bytes differ from its series built from the database
 * now, or whose form is not `form`: the guard that a change reached the triggers. Empty when all are current.
 */
export async function staleParts(db: Db, form: string, serialize: SerializePlace): Promise<string[]> {
  const rows = await db.rows<[string, string, string, Buffer, Buffer]>(STORED);
  const stale: string[] = [];
  for (const [indicatorId, code, rowForm, series, cut] of rows) {
    const now = (await buildParts(db, indicatorId, [code], serialize)).get(code) as PlaceParts;
    if (rowForm !== form || !now.series.equals(series) || !now.cut.equals(cut)) stale.push(`${indicatorId}|${code}`);
  }
  return stale;
}
