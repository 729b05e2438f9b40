/**
 * measures.themes_json — a measure's themes as the list reads them (SQLite 0022, PostgreSQL 0017) —
 * stays equal to its theme rows on both engines: as data/ is imported, after a review re-themes a
 * measure, after an issue is imported again in a new version (its measures replaced), and as the
 * migration's backfill fills it for a database built before the column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MeasurePatch } from '@ipb/domain';
import { extract, loadIngestContext } from '@ipb/ingest';
import { beforeAll, expect, it } from 'vitest';
import type { Db } from '../src/engine/db';
import { query } from '../src/engine/query';
import { listMeasures } from '../src/queries/measures';
import { importExtraction } from '../src/write/import-extraction';
import { reviewMeasure } from '../src/write/review';
import { describeOnBothEngines } from './support/both-engines';
import { onBoth, useRealData } from './support/real-data';
import { expectThemesJsonKept } from './support/themes-json';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DATA_DIR = join(ROOT, 'data');
const FILE = 'kejiqingbao-2024-07.txt';
const FIRST_MEASURE = query("SELECT min(id) AS id FROM measures WHERE review_status <> 'rejected'");
const CLEAR = query("UPDATE measures SET themes_json = '[]'");

/** The statements after the migration's hand-written marker, as drizzle's migrator splits them. */
function backfill(folder: string, name: string): string[] {
  const text = readFileSync(join(ROOT, 'packages/db', folder, name), 'utf8');
  const after = text.split('-- hand-written below (triggers, backfill)')[1] ?? '';
  return after
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter(Boolean);
}

describeOnBothEngines('measures.themes_json on both engines', (engines) => {
  const data = useRealData(engines);
  let context: Awaited<ReturnType<typeof loadIngestContext>>;
  beforeAll(async () => {
    context = await loadIngestContext(DATA_DIR);
  });

  it('equals the theme rows as data/ is imported', async () => {
    const [a, b] = await onBoth(data, expectThemesJsonKept);
    expect(a).toBeGreaterThan(10);
    expect(b).toBe(a);
  });

  it('follows a review that re-themes a measure, and the list answers the new themes', async () => {
    const [first] = await onBoth(data, (db) => db.get<{ id: number }>(FIRST_MEASURE));
    const id = Number(first?.id);
    const patch: MeasurePatch = {
      action: 'correct',
      reason: '主题有误',
      changes: { themes: ['talent', 'tech_finance'] },
    };
    await onBoth(data, (db) => reviewMeasure(db, id, patch, 'editor'));
    await onBoth(data, expectThemesJsonKept);
    const themesOf = async (db: Db) =>
      (await listMeasures(db, { regionCodes: [], themeIds: ['talent'] }, { limit: 500 })).items.find((m) => m.id === id)
        ?.themes;
    const [sqlite, postgres] = await onBoth(data, themesOf);
    expect(sqlite?.map((t) => t.id).sort()).toEqual(['talent', 'tech_finance']);
    expect(sqlite?.[0]?.evidence).toEqual(['reviewer:editor']);
    expect(postgres).toEqual(sqlite);
  });

  it('follows an issue imported again in a new version (its measures replaced)', async () => {
    const seed = readFileSync(join(DATA_DIR, 'bulletins', FILE), 'utf8');
    // One measure's sentence changed: a new version of the same issue.
    const changed = seed.replace('。', '，并加以落实。');
    expect(changed).not.toBe(seed);
    const { text: rawText, ...extraction } = extract(changed, { ...context, fileName: FILE });
    const [a, b] = await onBoth(data, (db) => importExtraction(db, { extraction, rawText, fileName: FILE }));
    expect([a.status, b.status]).toEqual(['replaced', 'replaced']);
    const [n, m] = await onBoth(data, expectThemesJsonKept);
    expect(n).toBeGreaterThan(10);
    expect(m).toBe(n);
  });

  it("is filled by the migration's backfill on a database built before the column", async () => {
    const [sqlite, postgres] = [
      backfill('drizzle', '0022_measure-themes-json.sql'),
      backfill('drizzle-pg', '0017_measure-themes-json.sql'),
    ];
    expect(sqlite.length).toBeGreaterThan(0);
    expect(postgres.length).toBeGreaterThan(0);
    await onBoth(data, (db) => db.run(CLEAR));
    // Cleared: no longer the rows' (the check can fail).
    await expect(expectThemesJsonKept(data.sqlite)).rejects.toThrow();
    for (const statement of sqlite) data.handle.sqlite.exec(statement);
    for (const statement of postgres) await engines.client.query(statement);
    await onBoth(data, expectThemesJsonKept);
  });
});
