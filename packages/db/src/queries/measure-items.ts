/**
 * The measures list from each measure's stored item (decision 022): measures.list_item holds the
 * exact UTF-8 bytes the API's compiled serializer gives the measure as the list shows it (no search
 * snippet), so a page is its rows' blobs spliced between the body's head and tail: no text turned
 * into JS strings, escaped and encoded back per request (measures13 measured ~20 of ~25 µs a
 * measure at 1,000× going there).
 *
 * Correct by construction:
 * - an item is NULL until the list stores it, and triggers (SQLite 0023, PostgreSQL 0018) set it
 *   back to NULL whenever anything it shows changes — its row, its source's citation, its
 *   article's title, its place's name, the themes' order — whoever writes;
 * - a NULL item is built the old way (listMeasures' rows and toMeasures) and serialized by the
 *   caller's serializer, so it is never wrong, only slower;
 * - the built items are stored afterwards in their own short transaction, and only when the data
 *   version read before their rows is still the current one: every committed write bumps it
 *   (decision 006) and writes take turns (one writer on both engines), so no write came between
 *   the read and the store. Otherwise nothing is stored: the next page builds them again.
 * `staleItems` recomputes every stored item and lists those that differ: the tests' guard against
 * a change that escaped the triggers.
 */
import type { Measure } from '@ipb/domain';
import type { Db } from '../engine/db';
import { perEngine } from '../engine/dialect';
import { query } from '../engine/query';
import { jsonList } from '../prepared';
import type { MeasureFilter } from './measure-filter';
import {
  type MeasureRow,
  type PageColumns,
  type PlaceName,
  pageOf,
  REGION_NAMES,
  ROWS_BY_ID,
  sourceJoin,
  themeOrder,
  toMeasures,
} from './measures';
import { afterThisTurn, optionalStore } from './optional-store';
import { readDataVersion } from './service-state';

/** The caller's serializer of one list item (the API's compiled one): the bytes a client is sent. */
export type SerializeItem = (item: Measure) => string;

type ItemRow = [id: number, item: Buffer | null];

const ITEMS_BY_ID = perEngine((d) => `SELECT m.id, m.list_item FROM measures m WHERE m.id IN (${d.ids}) ORDER BY m.id`);
const SET_ITEM = query('UPDATE measures SET list_item = ? WHERE id = ? AND list_item IS NULL');

/** The page's ids and stored items (NULL where none is stored), as listMeasures pages. */
const ITEM_COLUMNS: PageColumns = {
  name: 'items',
  byIds: ITEMS_BY_ID,
  selectFrom: (w) => `SELECT m.id, m.list_item FROM ${sourceJoin(w)}`,
};

const storeOnce = optionalStore();

/**
 * Store built items when no write came after `version` was read (before their rows were), and the
 * write lock is free (optional-store.ts). A NULL item only is written. Resolves to how many were stored.
 */
export function storeItems(db: Db, version: string, items: Array<[number, Buffer]>): Promise<number> {
  return storeOnce(db, version, async (tx) => {
    let stored = 0;
    for (const [id, bytes] of items) stored += (await tx.run(SET_ITEM, [bytes, id])).changes;
    return stored;
  });
}

/** What the list sends for a page without `q`: its items' bytes, and how many items it stored. */
export interface ItemPage {
  items: Buffer[];
  total: number;
  nextCursor: string | null;
  /** Resolves, after the page is answered, to how many built items were stored (0 when a write came between). */
  stored: Promise<number>;
}

/**
 * A page of the measures list as its items' bytes: listMeasures' page, each item the stored bytes
 * or, where none is stored, built as listMeasures builds it and serialized by `serialize`. Pages
 * with a search (`q`) carry a snippet per item and stay with listMeasures.
 */
export async function listMeasureItems(
  db: Db,
  filter: MeasureFilter,
  page: { limit: number; cursor?: number },
  serialize: SerializeItem,
  placeName?: PlaceName,
): Promise<ItemPage> {
  if (filter.q) throw new Error('listMeasureItems: a page with q carries snippets; use listMeasures');
  const { total, rows } = await pageOf<ItemRow>(db, filter, page, ITEM_COLUMNS);
  const shown = rows.slice(0, page.limit);
  const { built, stored } = await buildItems(
    db,
    shown.filter((row) => row[1] === null).map((row) => row[0]),
    serialize,
    placeName,
  );
  // A measure deleted between the two reads has no item: it is left out, as a later page would.
  const items: Buffer[] = [];
  for (const [id, item] of shown) {
    const bytes = item ?? built.get(id);
    if (bytes) items.push(bytes);
  }
  const last = shown.at(-1);
  return { items, total, nextCursor: rows.length > page.limit && last ? String(last[0]) : null, stored };
}

/**
 * The items of measures that have none stored, built as listMeasures builds them and serialized by
 * `serialize`, and their store (after the answer; see storeItems) where the caller's gazetteer names
 * the place as regions does now.
 */
export async function buildItems(
  db: Db,
  lacking: number[],
  serialize: SerializeItem,
  placeName?: PlaceName,
): Promise<{ built: Map<number, Buffer>; stored: Promise<number> }> {
  if (!lacking.length) return { built: new Map(), stored: Promise.resolve(0) };
  // Read before the rows the items are built from: storing them later checks it is still current.
  const version = await readDataVersion(db);
  const [full, order] = await Promise.all([db.rows<MeasureRow>(ROWS_BY_ID, [jsonList(lacking)]), themeOrder(db)]);
  const measures = await toMeasures(db, full, [], order, placeName);
  const built = new Map(measures.map((m) => [m.id, Buffer.from(serialize(m))]));
  // Stored only where the caller's gazetteer names the place as regions does now: a gazetteer
  // read before a rename serves its own name, but must not keep it for a later process.
  const codes = [...new Set(measures.flatMap((m) => (m.regionCode === null ? [] : [m.regionCode])))];
  const names = new Map(codes.length ? await db.rows<[string, string]>(REGION_NAMES, [jsonList(codes)]) : []);
  const entries = measures
    .filter((m) => m.regionCode === null || names.get(m.regionCode) === m.regionName)
    .map((m): [number, Buffer] => [m.id, built.get(m.id) as Buffer]);
  const stored = afterThisTurn().then(() => storeItems(db, version, entries));
  return { built, stored };
}

const STORED_IDS = query('SELECT id FROM measures WHERE list_item IS NOT NULL ORDER BY id');
const CHUNK = 500;

/**
 * Every measure whose stored item differs from the item built from the database now (places named
 * by regions, as the gazetteer the API reads from it): the guard that a change reached the
 * triggers. Empty when every stored item is current.
 */
export async function staleItems(db: Db, serialize: SerializeItem): Promise<number[]> {
  const ids = (await db.all<{ id: number }>(STORED_IDS)).map((r) => r.id);
  const stale: number[] = [];
  const order = await themeOrder(db);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const [stored, full] = await Promise.all([
      db.rows<ItemRow>(ITEMS_BY_ID, [jsonList(chunk)]),
      db.rows<MeasureRow>(ROWS_BY_ID, [jsonList(chunk)]),
    ]);
    const now = new Map((await toMeasures(db, full, [], order)).map((m) => [m.id, Buffer.from(serialize(m))]));
    for (const [id, item] of stored) if (!item || !now.get(id)?.equals(item)) stale.push(id);
  }
  return stale;
}
