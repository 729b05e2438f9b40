/**
 * Build the curated part of the database from data/ in ONE transaction: gazetteer, themes,
 * indicator catalogue, reference figures. Idempotent: rows are upserted by their natural keys and
 * a reference page whose lines did not change is left untouched, so running it twice leaves the
 * same rows with the same ids.
 */
import { createGazetteer } from '@ipb/domain';
import type { Db } from '../engine/db';
import { perEngine } from '../engine/dialect';
import { jsonList } from '../prepared';
import { recordDigest } from '../write/digest';
import { insertObservations } from '../write/insert-observations';
import { flag, insertRows } from '../write/insert-rows';
import { keepLexicon } from '../write/instrument-terms';
import { bumpDataVersion, getMeta, type ReplaceStatus, replaceSource, setMeta } from '../write/replace-source';
import { type DataBundle, readDataDir } from './read-data-dir';
import { referenceSources } from './reference-rows';

export interface LoadReport {
  status: 'loaded' | 'unchanged';
  regions: number;
  themes: number;
  indicators: number;
  referenceSources: Record<ReplaceStatus, number>;
  referenceObservations: number;
}

const REGION = {
  table: 'regions',
  columns: ['code', 'official', 'name', 'short_name', 'level', 'parent_code', 'aliases', 'name_en', 'pinyin'],
  upsertOn: ['code'],
};
const THEME = {
  table: 'themes',
  columns: ['id', 'name_zh', 'name_en', 'description', 'stip', 'lexicon', 'position'],
  upsertOn: ['id'],
};
const INDICATOR = {
  table: 'indicators',
  columns: [
    'id',
    'name_zh',
    'name_en',
    'synonyms',
    'unit',
    'quantity_type',
    'theme_id',
    'higher_is_better',
    'definition_note',
    'definition_note_en',
    'per_capita_denominator',
    'scope',
    'new_of',
    'ratio',
  ],
  upsertOn: ['id'],
};
/** A page removed from the reference file takes its figures with it. */
const REMOVED_PAGES = perEngine((d) => `DELETE FROM sources WHERE type = 'reference' AND key NOT IN (${d.list})`);

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** Places, themes and indicators, upserted by their ids. */
async function writeCatalogue(db: Db, bundle: DataBundle): Promise<void> {
  await insertRows(
    db,
    REGION,
    bundle.regions.map((r) => [
      r.code,
      flag(db, r.official),
      r.name,
      r.shortName,
      r.level,
      r.parentCode,
      JSON.stringify(r.aliases),
      r.nameEn,
      r.pinyin,
    ]),
  );
  await insertRows(
    db,
    THEME,
    bundle.themes.map((t, position) => [
      t.id,
      t.nameZh,
      t.nameEn,
      t.description,
      JSON.stringify(t.stip),
      JSON.stringify(t.lexicon),
      position,
    ]),
  );
  await insertRows(
    db,
    INDICATOR,
    bundle.indicators.map((i) => [
      i.id,
      i.nameZh,
      i.nameEn,
      JSON.stringify(i.synonyms),
      i.unit,
      i.quantityType,
      i.theme,
      flag(db, i.higherIsBetter),
      i.definitionNote,
      i.definitionNoteEn ?? '',
      i.perCapitaDenominator ?? null,
      JSON.stringify(i.scope ?? {}),
      json(i.newOf),
      json(i.ratio),
    ]),
  );
}

/** Load data/ (a folder, or the bundle its one reader already read: ingest's import path passes that). */
export async function loadData(db: Db, data: string | DataBundle): Promise<LoadReport> {
  const bundle = typeof data === 'string' ? readDataDir(data) : data;
  const gazetteer = createGazetteer(bundle.regions);
  const indicatorsById = new Map(bundle.indicators.map((i) => [i.id, i]));
  const refSources = referenceSources(
    bundle.reference,
    (name) => gazetteer.resolve(name),
    indicatorsById,
    bundle.indicatorMap,
  );
  const report: LoadReport = {
    status: (await getMeta(db, 'data_hash')) === bundle.hash ? 'unchanged' : 'loaded',
    regions: bundle.regions.length,
    themes: bundle.themes.length,
    indicators: bundle.indicators.length,
    referenceSources: { new: 0, unchanged: 0, replaced: 0 },
    referenceObservations: 0,
  };
  // The instrument terms the writes keep are read with this lexicon: a new one rebuilds them.
  await keepLexicon(db, bundle.instruments);
  if (report.status === 'unchanged') return report;
  await db.transaction(async (tx) => {
    const changed: number[] = [];
    await writeCatalogue(tx, bundle);
    for (const source of refSources) {
      const { id, status } = await replaceSource(tx, {
        key: source.key,
        type: 'reference',
        title: source.title,
        url: source.url,
        description: source.description,
        publisher: source.publisher,
        year: source.year,
        authority: source.authority,
        authorityReason: source.authorityReason,
        sha256: source.sha256,
        rawText: source.rawText,
      });
      report.referenceSources[status] += 1;
      if (status !== 'unchanged') changed.push(id);
      report.referenceObservations += source.observations.length;
      if (status === 'unchanged') continue;
      await insertObservations(
        tx,
        source.observations.map((o) => ({ ...o, sourceId: id, confidence: 1, reviewStatus: 'curated' as const })),
      );
    }
    await tx.run(REMOVED_PAGES, [jsonList(refSources.map((s) => s.key))]);
    await setMeta(tx, 'data_hash', bundle.hash);
    await bumpDataVersion(tx);
    await recordDigest(tx, { kind: 'reference', title: 'data/reference', sourceId: null }, changed);
  });
  return report;
}
