/**
 * The instrument terms the writes keep (instrument_terms, measure_instruments; docs/decisions/015):
 * each shown figure of a measure read as a term by the lexicon of data/taxonomy/instruments.json,
 * and each shown measure's instruments with the words that recognise them. Reading a figure's
 * sentence against the lexicon is JavaScript, so no trigger can keep these: every writer that
 * changes what the view shows calls `keepInstrumentTerms` with the measures it touched, inside
 * its transaction —
 *   import-extraction.ts writeRecords (a source imported or replaced: its new measures),
 *   bureau-measures.ts createBureauMeasure (the new measure),
 *   review.ts reviewMeasure (text, programmes, status) and reviewObservation (the figure's measure).
 * A deleted source takes its rows along (ON DELETE CASCADE from measures and observations).
 * The lexicon is the one data/ was last loaded with (meta `instrument_lexicon`, written by
 * loadData, which rebuilds every row when the file changed: `keepLexicon`).
 */
import { type InstrumentFile, InstrumentFileSchema, measureInstruments, readInstrumentTerm } from '@ipb/domain';
import type { Db } from '../engine/db';
import { type Dialect, perEngine } from '../engine/dialect';
import { query } from '../engine/query';
import { jsonList } from '../prepared';
import { type SqlText, sqlText } from '../sql-text';
import type { SourceTexts } from './insert-measures';
import { insertRows } from './insert-rows';
import { bumpDataVersion, getMeta, setMeta } from './replace-source';

const LEXICON_KEY = 'instrument_lexicon';

/**
 * Figures as the view reads them (queries/instrument-figures.ts): shown, actual or share, placed in
 * the text. The words around each figure are cut from its source's text in JavaScript (`around`),
 * the text read once per source: `substr` in SQL read and decoded the whole text again per figure.
 */
const figures = (d: Dialect, which: string) => `SELECT o.id, m.id AS measure_id, m.region_code,
    ${d.json('m.programs')} AS programs, o.unit, o.qualifier, o.start, o."end", o.source_id
  FROM observations o JOIN measures m ON m.id = o.measure_id JOIN regions r ON r.code = m.region_code
  JOIN sources s ON s.id = o.source_id JOIN source_texts st ON st.source_id = s.id
  WHERE o.review_status <> 'rejected' AND m.review_status <> 'rejected' AND o.kind IN ('actual', 'share')
    AND o.start IS NOT NULL${which}`;
const SOURCE_TEXT = query('SELECT raw_text FROM source_texts WHERE source_id = ?');
/** Measures as the view lists them (queries/measure-texts.ts): shown, placed, with their article and text. */
const measures = (d: Dialect, which: string) => `SELECT m.id, m.region_code, m.title, m.text,
    ${d.json('m.programs')} AS programs, COALESCE(s.date, '') AS source_date
  FROM measures m JOIN regions own ON own.code = m.region_code JOIN sources s ON s.id = m.source_id
  JOIN source_texts st ON st.source_id = s.id JOIN articles a ON a.id = m.article_id
  WHERE m.review_status <> 'rejected' AND m.region_code IS NOT NULL${which}`;

// A figure's measure is of the figure's source (both come from one extraction): the source index
// finds them, so a write reads its own sources' figures, not every figure (observations has no
// index on measure_id, and the import path should not pay for one).
const FIGURES_OF = perEngine(
  (d) => `${figures(d, ` AND m.id IN (${d.ids})`)}
    AND o.source_id IN (SELECT m2.source_id FROM measures m2 WHERE m2.id IN (${d.ids}))`,
);
const MEASURES_OF = perEngine((d) => measures(d, ` AND m.id IN (${d.ids})`));
const ALL_FIGURES = perEngine((d) => figures(d, ''));
const ALL_MEASURES = perEngine((d) => measures(d, ''));
const DELETE_TERMS = perEngine((d) => `DELETE FROM instrument_terms WHERE measure_id IN (${d.ids})`);
const DELETE_MATCHES = perEngine((d) => `DELETE FROM measure_instruments WHERE measure_id IN (${d.ids})`);
const DELETE_ALL_TERMS = query('DELETE FROM instrument_terms');
const DELETE_ALL_MATCHES = query('DELETE FROM measure_instruments');

const TERM = {
  table: 'instrument_terms',
  columns: [
    'observation_id',
    'measure_id',
    'region_code',
    'start',
    'instrument_id',
    'term_kind',
    'evidence',
    'programme',
  ],
};
const MATCH = {
  table: 'measure_instruments',
  columns: ['measure_id', 'instrument_id', 'region_code', 'source_date', 'terms', 'words'],
};

interface FigureRow {
  id: number;
  measure_id: number;
  region_code: string;
  programs: string;
  unit: string;
  qualifier: string | null;
  start: number;
  end: number | null;
  source_id: number;
}
interface MeasureRow {
  id: number;
  region_code: string;
  title: string;
  text: string;
  programs: string;
  source_date: string;
}

let parsed: { text: string; file: InstrumentFile } | null = null;

/** The lexicon data/ was last loaded with, or null before the first load (then there is nothing to keep). */
async function lexicon(db: Db): Promise<InstrumentFile | null> {
  const text = await getMeta(db, LEXICON_KEY);
  if (!text) return null;
  if (parsed?.text !== text) parsed = { text, file: InstrumentFileSchema.parse(JSON.parse(text)) };
  return parsed.file;
}

/** Each figure's source text: the caller's (`known`), else read once per source. */
async function sourceTexts(
  db: Db,
  figureRows: readonly FigureRow[],
  known: SourceTexts,
): Promise<Map<number, SqlText>> {
  const texts = new Map<number, SqlText>(known);
  for (const { source_id } of figureRows) {
    if (texts.has(source_id)) continue;
    const row = await db.get<{ raw_text: string }>(SOURCE_TEXT, [source_id]);
    texts.set(source_id, sqlText(row?.raw_text ?? ''));
  }
  return texts;
}

/** Read the figures and measures as terms and matches, and insert them. */
async function write(
  db: Db,
  file: InstrumentFile,
  figureRows: FigureRow[],
  measureRows: MeasureRow[],
  known: SourceTexts = new Map(),
) {
  const texts = await sourceTexts(db, figureRows, known);
  const terms = figureRows.flatMap((f) => {
    const text = texts.get(f.source_id) ?? sqlText('');
    // The 60 characters before the figure and the 8 after it, as the view's query cuts them.
    const before = text.substr(Math.max(1, f.start - 59), f.start - Math.max(0, f.start - 60));
    const after = f.end === null ? '' : text.substr(f.end + 1, 8);
    const reading = readInstrumentTerm(
      {
        before: before.replace(/\s+/g, ''),
        after: after.replace(/\s+/g, ''),
        programs: JSON.parse(f.programs) as string[],
        unit: f.unit,
        qualifier: f.qualifier,
      },
      file,
    );
    return reading ? [{ f, reading }] : [];
  });
  const termCount = new Map<string, number>();
  for (const { f, reading } of terms) {
    const key = `${f.measure_id}|${reading.instrumentId}`;
    termCount.set(key, (termCount.get(key) ?? 0) + 1);
  }
  await insertRows(
    db,
    TERM,
    terms.map(({ f, reading }) => [
      f.id,
      f.measure_id,
      f.region_code,
      f.start,
      reading.instrumentId,
      reading.termKind,
      JSON.stringify(reading.evidence),
      reading.programme,
    ]),
  );
  const matches = measureRows.flatMap((m) =>
    measureInstruments(
      { title: m.title, text: m.text, programs: JSON.parse(m.programs) as string[] },
      file.instruments,
    ).map((i) => [
      m.id,
      i.instrumentId,
      m.region_code,
      m.source_date,
      termCount.get(`${m.id}|${i.instrumentId}`) ?? 0,
      JSON.stringify(i.words),
    ]),
  );
  await insertRows(db, MATCH, matches);
}

/**
 * Rewrite the kept terms and instrument matches of `measureIds` from their rows as they now are.
 * Call inside the writer's transaction, after its writes. `texts`: source texts the writer holds
 * (the import's, as stored); any other source's is read from the database.
 */
export async function keepInstrumentTerms(
  db: Db,
  measureIds: readonly number[],
  texts: SourceTexts = new Map(),
): Promise<void> {
  const ids = [...new Set(measureIds)];
  if (!ids.length) return;
  const file = await lexicon(db);
  if (!file) return;
  const list = jsonList(ids);
  await db.run(DELETE_TERMS, [list]);
  await db.run(DELETE_MATCHES, [list]);
  await write(
    db,
    file,
    await db.all<FigureRow>(FIGURES_OF, [list, list]),
    await db.all<MeasureRow>(MEASURES_OF, [list]),
    texts,
  );
}

/** Every kept term and match, read again with `file` (in the caller's transaction). */
export async function rebuildInstrumentTerms(db: Db, file: InstrumentFile): Promise<void> {
  await db.run(DELETE_ALL_TERMS);
  await db.run(DELETE_ALL_MATCHES);
  await write(db, file, await db.all<FigureRow>(ALL_FIGURES), await db.all<MeasureRow>(ALL_MEASURES));
}

/**
 * Record the lexicon data/ holds; when it differs from the one the rows were kept with (or none was
 * recorded: a database migrated to 0018 — the backfill), rebuild every row, in one transaction.
 * Returns whether it rebuilt.
 */
export async function keepLexicon(db: Db, file: InstrumentFile): Promise<boolean> {
  const text = JSON.stringify(file);
  if ((await getMeta(db, LEXICON_KEY)) === text) return false;
  await db.transaction(async (tx) => {
    await setMeta(tx, LEXICON_KEY, text);
    await rebuildInstrumentTerms(tx, file);
    await bumpDataVersion(tx);
  });
  return true;
}
