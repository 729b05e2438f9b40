/**
 * GET /api/search's measure hits as bytes: each hit is the measure's stored list item (decision
 * 022) with its snippet spliced in. A hit is the measure as the list shows it plus a snippet, and
 * `snippet` is MeasureSchema's last property, so the compiled serializer writes an item as
 * `…,"snippet":null}` and a hit as `…,"snippet":<the snippet>}`: the item's bytes up to `null`,
 * then the snippet's. The texts are not turned into JS strings, escaped and encoded back per hit —
 * only each hit's text is read, to cut its snippet. A measure with no stored item is built as the
 * list builds it, and stored after the answer, as the list stores its pages' items.
 */
import type { Highlight } from '@ipb/domain';
import type { Db } from '../engine/db';
import { query } from '../engine/query';
import { highlight } from './highlight';
import { buildItems, type SerializeItem } from './measure-items';
import type { PlaceName } from './measures';
import type { SearchTerms } from './search';

/** The caller's serializer of a snippet (MeasureSchema's `snippet`, compiled as the API's). */
export type SerializeSnippet = (snippet: Highlight | null) => string;

/** newestMeasureIds' index read (the same rows, order and limit), with what a hit is made of. */
const NEWEST_ITEMS = query({
  sqlite: `SELECT m.id, m.list_item, m.text, m.source_id FROM measures_fts_words f JOIN measures m ON m.id = f.rowid
     WHERE measures_fts_words MATCH ? AND m.review_status <> 'rejected' ORDER BY f.rowid DESC LIMIT ?`,
  postgres: `SELECT id, list_item, text, source_id FROM measures
     WHERE search_vector @@ to_tsquery('simple', ?) AND review_status <> 'rejected' ORDER BY id DESC LIMIT ?`,
});

type HitRow = [id: number, item: Buffer | null, text: string, sourceId: number];

const NO_SNIPPET = Buffer.from('"snippet":null}');
const NULL_AND_BRACE = 'null}'.length;

/** A list item with `snippet` in place of its null snippet (the same bytes when there is none). */
export function withSnippet(item: Buffer, snippet: string): Buffer {
  if (!item.subarray(item.length - NO_SNIPPET.length).equals(NO_SNIPPET)) {
    throw new Error('a measure list item must end with "snippet":null} (MeasureSchema\'s last property)');
  }
  if (snippet === 'null') return item;
  return Buffer.concat([item.subarray(0, item.length - NULL_AND_BRACE), Buffer.from(`${snippet}}`)]);
}

export interface MeasureHits {
  /** Each hit's bytes, newest measure first. */
  items: Buffer[];
  /** Each hit's source (the search lists the sources its hits come from). */
  sourceIds: number[];
  /** Resolves, after the answer, to how many built items were stored. */
  stored: Promise<number>;
}

/** searchMeasures' hits as the bytes the search's compiled serializer writes for them. */
export async function searchMeasureItems(
  db: Db,
  terms: Pick<SearchTerms, 'match' | 'highlight'>,
  limit: number,
  serialize: { item: SerializeItem; snippet: SerializeSnippet },
  placeName?: PlaceName,
): Promise<MeasureHits> {
  if (!terms.match) return { items: [], sourceIds: [], stored: Promise.resolve(0) };
  const rows = await db.rows<HitRow>(NEWEST_ITEMS, [terms.match, limit]);
  const lacking = rows.filter((row) => row[1] === null).map((row) => row[0]);
  const { built, stored } = await buildItems(db, lacking, serialize.item, placeName);
  const items: Buffer[] = [];
  const sourceIds: number[] = [];
  for (const [id, item, text, sourceId] of rows) {
    // A measure deleted between the two reads has no item: it is left out, as searchMeasures would.
    const bytes = item ?? built.get(id);
    if (!bytes) continue;
    items.push(withSnippet(bytes, serialize.snippet(highlight(text, terms.highlight))));
    sourceIds.push(sourceId);
  }
  return { items, sourceIds, stored };
}
