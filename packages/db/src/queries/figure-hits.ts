/**
 * The search's figures from their stored bytes (docs/decisions/014, sixteenth session: search —
 * cold): figure_hits holds, per figure, its hit exactly as the API's compiled serializer writes it
 * and the source it speaks through, so a search reads the figures' index and splices the stored
 * bytes instead of joining each hit's source, place and article, building its citation and
 * serializing ~1 kB of CJK text per hit.
 *
 * Correct by construction, as the measures list's items and the series' parts (decision 022):
 * - a figure has no row until the search stores one, and triggers (SQLite 0026, PostgreSQL 0021)
 *   delete it whenever anything its hit shows may change — the figure, its source's citation
 *   fields, its article's title, its place's name;
 * - a figure without a row is built the old way (figureHits' columns and toFigureHit) and
 *   serialized by the caller, so it is never wrong, only slower;
 * - built hits are stored after the answer in their own short write, only when the data version
 *   read before their rows is still current and the write lock is free (optional-store.ts);
 * - which figures match is never stored: the index read (review status included) runs every time;
 * - a row records the serializer that made it (`form`): another form is not read, and is
 *   overwritten when stored again.
 * `staleFigureHits` rebuilds every stored row and lists those that differ: the tests' guard.
 */
import type { FigureHit } from '@ipb/domain';
import type { Db } from '../engine/db';
import { query } from '../engine/query';
import { jsonList } from '../prepared';
import { afterThisTurn, optionalStore } from './optional-store';
import { FIGURE_HITS_BY_ID, type FigureHitRow, figureMatchText, type SearchTerms, toFigureHit } from './search';
import { readDataVersion } from './service-state';

/** The caller's serializer of one hit: what a client is sent. */
export type SerializeFigureHit = (hit: FigureHit) => string;

type StoredRow = [id: number, sourceId: number | null, hit: Buffer | null];

/**
 * The newest `limit` matching figures (figureIds' index read: the same order and limit) with their
 * stored hit of this form, or nulls for a figure that has none.
 */
const STORED = query({
  sqlite: `SELECT hit.id, f.source_id, f.hit FROM (${figureMatchText.sqlite(true)}) hit
    LEFT JOIN figure_hits f ON f.observation_id = hit.id AND f.form = ? ORDER BY hit.id DESC`,
  postgres: `SELECT hit.id, f.source_id, f.hit FROM (${figureMatchText.postgres(true)}) hit
    LEFT JOIN figure_hits f ON f.observation_id = hit.id AND f.form = ? ORDER BY hit.id DESC`,
});
const STORE = query(`INSERT INTO figure_hits (observation_id, source_id, form, hit) VALUES (?, ?, ?, ?)
  ON CONFLICT (observation_id) DO UPDATE SET source_id = excluded.source_id, form = excluded.form, hit = excluded.hit`);

const storeOnce = optionalStore();

interface BuiltHit {
  sourceId: number;
  hit: Buffer;
}

/** The figures' hits built the old way, by id, serialized by the caller. */
async function buildHits(
  db: Db,
  ids: readonly number[],
  serialize: SerializeFigureHit,
): Promise<Map<number, BuiltHit>> {
  const rows = await db.rows<FigureHitRow>(FIGURE_HITS_BY_ID, [jsonList([...ids])]);
  return new Map(rows.map((row) => [row[0], { sourceId: row[9], hit: Buffer.from(serialize(toFigureHit(row))) }]));
}

export interface StoredFigureHits {
  /** Each hit's bytes, newest first, as the search shows them (no commas between). */
  hits: Buffer[];
  /** The source of each hit, in the same order. */
  sourceIds: number[];
  /** Resolves, after the answer, to how many built hits were stored (0 when a write came between). */
  stored: Promise<number>;
}

/** The newest `limit` figures matching the words, as bytes: stored, or built and stored after the answer. */
export async function storedFigureHits(
  db: Db,
  terms: SearchTerms,
  limit: number,
  form: string,
  serialize: SerializeFigureHit,
  /** When the store may start: after the answer (the next turn) unless a caller orders it after its own step. */
  storeAfter: Promise<unknown> = afterThisTurn(),
): Promise<StoredFigureHits> {
  if (!terms.match) return { hits: [], sourceIds: [], stored: Promise.resolve(0) };
  const rows = await db.rows<StoredRow>(STORED, [terms.match, limit, form]);
  const lacking = rows.filter((r) => r[2] === null).map((r) => r[0]);
  if (!lacking.length) {
    return {
      hits: rows.map((r) => r[2] as Buffer),
      sourceIds: rows.map((r) => r[1] as number),
      stored: Promise.resolve(0),
    };
  }
  // Read before the rows the hits are built from: storing them later checks it is still current.
  const version = await readDataVersion(db);
  const built = await buildHits(db, lacking, serialize);
  const hits: Buffer[] = [];
  const sourceIds: number[] = [];
  for (const [id, sourceId, hit] of rows) {
    const b = built.get(id);
    // A figure deleted between the two reads is left out, as a read after the delete would.
    if (hit === null && !b) continue;
    hits.push(hit ?? (b as BuiltHit).hit);
    sourceIds.push(sourceId ?? (b as BuiltHit).sourceId);
  }
  const stored = storeAfter.then(() =>
    storeOnce(db, version, async (tx) => {
      for (const [id, b] of built) await tx.run(STORE, [id, b.sourceId, form, b.hit]);
      return built.size;
    }),
  );
  return { hits, sourceIds, stored };
}

const EVERY_STORED = query('SELECT observation_id, source_id, form, hit FROM figure_hits ORDER BY 1');

/**
 * Every stored figure whose bytes or source differ from its hit built from the database now, whose
 * figure is gone, or whose form is not `form`: the guard that a change reached the triggers. Empty
 * when all are current.
 */
export async function staleFigureHits(db: Db, form: string, serialize: SerializeFigureHit): Promise<number[]> {
  const rows = await db.rows<[number, number, string, Buffer]>(EVERY_STORED);
  const now = await buildHits(
    db,
    rows.map((r) => Number(r[0])),
    serialize,
  );
  const stale: number[] = [];
  for (const [rawId, sourceId, rowForm, hit] of rows) {
    const id = Number(rawId);
    const b = now.get(id);
    if (!b || rowForm !== form || b.sourceId !== Number(sourceId) || !b.hit.equals(hit)) stale.push(id);
  }
  return stale;
}
