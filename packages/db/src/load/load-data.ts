/**
 * Build the curated part of the database from data/ in ONE transaction: gazetteer, themes,
 * indicator catalogue, reference figures. Idempotent: rows are upserted by their natural keys and
 * a reference page whose lines did not change is left untouched, so running it twice leaves the
 * same rows with the same ids.
 */
import { createGazetteer } from '@ipb/domain';
import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { DbHandle } from '../create-db';
import { prepared } from '../prepared';
import { indicators, sources, themes } from '../schema';
import { recordDigest } from '../write/digest';
import { insertObservations } from '../write/insert-observations';
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

/** Load data/ (a folder, or the bundle its one reader already read: ingest's import path passes that). */
export function loadData(handle: DbHandle, data: string | DataBundle): LoadReport {
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
    status: getMeta(handle.db, 'data_hash') === bundle.hash ? 'unchanged' : 'loaded',
    regions: bundle.regions.length,
    themes: bundle.themes.length,
    indicators: bundle.indicators.length,
    referenceSources: { new: 0, unchanged: 0, replaced: 0 },
    referenceObservations: 0,
  };
  if (report.status === 'unchanged') return report;
  handle.sqlite.transaction(() => {
    const { db } = handle;
    const changed: number[] = [];
    // 3,000+ places: one prepared upsert, not a query built per place.
    const upsertRegion = prepared(
      db,
      `INSERT INTO regions (code, official, name, short_name, level, parent_code, aliases, name_en, pinyin)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET official = excluded.official, name = excluded.name,
         short_name = excluded.short_name, level = excluded.level, parent_code = excluded.parent_code,
         aliases = excluded.aliases, name_en = excluded.name_en, pinyin = excluded.pinyin`,
    );
    for (const r of bundle.regions) {
      upsertRegion.run(
        r.code,
        r.official ? 1 : 0,
        r.name,
        r.shortName,
        r.level,
        r.parentCode,
        JSON.stringify(r.aliases),
        r.nameEn,
        r.pinyin,
      );
    }
    bundle.themes.forEach((t, position) => {
      const row = { ...t, position };
      db.insert(themes).values(row).onConflictDoUpdate({ target: themes.id, set: row }).run();
    });
    for (const i of bundle.indicators) {
      const row = { ...i, themeId: i.theme };
      db.insert(indicators).values(row).onConflictDoUpdate({ target: indicators.id, set: row }).run();
    }
    for (const source of refSources) {
      const { id, status } = replaceSource(db, {
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
      insertObservations(
        db,
        source.observations.map((o) => ({ ...o, sourceId: id, confidence: 1, reviewStatus: 'curated' as const })),
      );
    }
    // A page removed from the reference file takes its figures with it.
    const keys = refSources.map((s) => s.key);
    db.delete(sources)
      .where(and(eq(sources.type, 'reference'), keys.length ? notInArray(sources.key, keys) : sql`1`))
      .run();
    setMeta(db, 'data_hash', bundle.hash);
    bumpDataVersion(db);
    recordDigest(db, { kind: 'reference', title: 'data/reference', sourceId: null }, changed);
  })();
  return report;
}
