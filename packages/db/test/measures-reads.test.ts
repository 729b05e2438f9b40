/**
 * What a theme's page of measures reads (queries/measures.ts): the total from theme_counts'
 * index, the page from measure_themes' index, each measure's themes without a sort in SQL — and
 * the themes still in the themes' order, the same on both engines.
 */
import { createGazetteer } from '@ipb/domain';
import { expect, it } from 'vitest';
import type { Db } from '../src/engine/db';
import type { Query } from '../src/engine/query';
import { listMeasures, searchMeasures } from '../src/queries/measures';
import { allRegions } from '../src/queries/regions';
import { describeOnBothEngines } from './support/both-engines';
import { onBoth, useRealData } from './support/real-data';

/** A Db that records the SQLite text and parameters of every statement it is asked to run. */
function recording(db: Db): { db: Db; seen: Array<{ text: string; params: readonly unknown[] }> } {
  const seen: Array<{ text: string; params: readonly unknown[] }> = [];
  const seeing = (q: Query, params: readonly unknown[]) => seen.push({ text: q.sqlite, params });
  return {
    seen,
    db: {
      ...db,
      all: (q, params = []) => {
        seeing(q, params);
        return db.all(q, params);
      },
      get: (q, params = []) => {
        seeing(q, params);
        return db.get(q, params);
      },
      rows: (q, params = []) => {
        seeing(q, params);
        return db.rows(q, params);
      },
    },
  };
}

describeOnBothEngines("a theme's page of measures", (engines) => {
  const data = useRealData(engines);

  it("names each measure's place from the gazetteer, and reads regions only for the places it lacks", async () => {
    const stored = new Map(
      (data.handle.sqlite.prepare('SELECT code, name FROM regions').all() as Array<{ code: string; name: string }>).map(
        (r) => [r.code, r.name],
      ),
    );
    const gazetteer = createGazetteer(await allRegions(data.sqlite));
    const filter = { regionCodes: [], themeIds: [] };
    const page = { limit: 200 };
    const withGazetteer = recording(data.sqlite);
    const { items } = await listMeasures(withGazetteer.db, filter, page, (code) => gazetteer.byCode(code)?.name);
    expect(items.filter((m) => m.regionCode !== null).length).toBeGreaterThan(10);
    for (const m of items)
      expect(m.regionName, String(m.id)).toBe(m.regionCode ? (stored.get(m.regionCode) ?? null) : null);
    // No statement reads regions: not a join per measure, not a read of names afterwards.
    expect(withGazetteer.seen.filter((s) => /\bregions\b/.test(s.text))).toEqual([]);

    // A gazetteer that lacks two of the page's places (a place the database gained after the API
    // read its gazetteer): their names are read in one statement, the others still from it.
    const codes = [...new Set(items.flatMap((m) => m.regionCode ?? []))];
    const lacking = new Set(codes.slice(0, 2));
    const partial = recording(data.sqlite);
    const partialPage = await listMeasures(partial.db, filter, page, (code) =>
      lacking.has(code) ? undefined : gazetteer.byCode(code)?.name,
    );
    expect(partialPage.items).toEqual(items);
    const read = partial.seen.filter((s) => /\bregions\b/.test(s.text));
    expect(read).toHaveLength(1);
    expect(JSON.parse(String(read[0]?.params[0])).sort()).toEqual([...lacking].sort());

    // No gazetteer (another caller): every name from regions, the same answer on both engines.
    const [plain, plainPg] = await onBoth(data, (db) => listMeasures(db, filter, page));
    expect(plain.items).toEqual(items);
    expect(plainPg.items).toEqual(items);
    const [found] = await onBoth(data, (db) => searchMeasures(db, '科技', 20, (code) => gazetteer.byCode(code)?.name));
    for (const m of found) expect(m.regionName).toBe(m.regionCode ? (stored.get(m.regionCode) ?? null) : null);
  });

  it('totals a theme from the index and reads the page without a sort per measure', async () => {
    const { db, seen } = recording(data.sqlite);
    const { items, total } = await listMeasures(db, { regionCodes: [], themeIds: ['tech_finance'] }, { limit: 20 });
    expect(items.length).toBeGreaterThan(0);
    expect(total).toBeGreaterThanOrEqual(items.length);
    const plan = (text: string, params: readonly unknown[]) =>
      (data.handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as Array<{ detail: string }>)
        .map((r) => r.detail)
        .join('\n');
    const plans = seen.map(({ text, params }) => ({ text, plan: plan(text, params) }));
    const totalPlan = plans.find((p) => p.text.includes('FROM theme_counts'))?.plan;
    expect(totalPlan).toMatch(/USING COVERING INDEX theme_counts_theme_idx \(theme_id=\?\)/);
    expect(totalPlan).not.toMatch(/SCAN theme_counts/);
    const pagePlan = plans.find((p) => /^SELECT measure_id AS id FROM measure_themes/.test(p.text))?.plan;
    expect(pagePlan).toMatch(/USING COVERING INDEX measure_themes_theme_idx/);
    const rowsPlan = plans.find((p) => p.text.includes('FROM measures m'))?.plan;
    expect(rowsPlan).toMatch(/SEARCH m USING INTEGER PRIMARY KEY/);
    expect(rowsPlan).not.toMatch(/TEMP B-TREE/);
    // Each measure's themes without a seek into themes per theme (their order is read once), and
    // its place's name not by a seek into regions (the caller's gazetteer names it).
    expect(rowsPlan).not.toMatch(/SEARCH t USING/);
    expect(rowsPlan).not.toMatch(/SEARCH r USING/);
  });

  it("lists each measure's themes in the themes' order, with their evidence, on both engines", async () => {
    const filter = { regionCodes: [], themeIds: [] };
    const [{ items }, { items: itemsPg }] = await onBoth(data, (db) => listMeasures(db, filter, { limit: 200 }));
    expect(itemsPg).toEqual(items);
    const stored = data.handle.sqlite
      .prepare(
        `SELECT mt.measure_id AS id, mt.theme_id AS theme, mt.evidence FROM measure_themes mt
         JOIN themes t ON t.id = mt.theme_id ORDER BY mt.measure_id, t.position`,
      )
      .all() as Array<{ id: number; theme: string; evidence: string }>;
    const byMeasure = new Map<number, Array<{ id: string; evidence: string[] }>>();
    for (const s of stored) {
      byMeasure.set(s.id, [...(byMeasure.get(s.id) ?? []), { id: s.theme, evidence: JSON.parse(s.evidence) }]);
    }
    for (const m of items) expect(m.themes, String(m.id)).toEqual(byMeasure.get(m.id) ?? []);
    // The data holds measures whose themes were stored out of the themes' order: the sort is exercised.
    const rowOrder = data.handle.sqlite
      .prepare('SELECT measure_id AS id, theme_id AS theme FROM measure_themes ORDER BY measure_id, rowid')
      .all() as Array<{ id: number; theme: string }>;
    const stored2 = new Map<number, string[]>();
    for (const r of rowOrder) stored2.set(r.id, [...(stored2.get(r.id) ?? []), r.theme]);
    const outOfOrder = items.filter((m) => m.themes.map((t) => t.id).join() !== stored2.get(m.id)?.join());
    expect(items.some((m) => m.themes.length > 1)).toBe(true);
    expect(outOfOrder.length).toBeGreaterThan(0);
  });
});
