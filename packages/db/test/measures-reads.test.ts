/**
 * What a theme's page of measures reads (queries/measures.ts): the total from theme_counts'
 * index, the page from measure_themes' index, each measure's themes without a sort in SQL — and
 * the themes still in the themes' order, the same on both engines.
 */
import { expect, it } from 'vitest';
import type { Db } from '../src/engine/db';
import type { Query } from '../src/engine/query';
import { listMeasures } from '../src/queries/measures';
import { describeOnBothEngines } from './support/both-engines';
import { onBoth, useRealData } from './support/real-data';

describeOnBothEngines("a theme's page of measures", (engines) => {
  const data = useRealData(engines);

  it('totals a theme from the index and reads the page without a sort per measure', async () => {
    const seen: Array<{ text: string; params: readonly unknown[] }> = [];
    const sqlite = data.sqlite;
    const seeing = (q: Query, params: readonly unknown[]) => seen.push({ text: q.sqlite, params });
    const db: Db = {
      ...sqlite,
      all: (q, params = []) => {
        seeing(q, params);
        return sqlite.all(q, params);
      },
      get: (q, params = []) => {
        seeing(q, params);
        return sqlite.get(q, params);
      },
      rows: (q, params = []) => {
        seeing(q, params);
        return sqlite.rows(q, params);
      },
    };
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
    // Each measure's themes without a seek into themes per theme (their order is read once).
    expect(rowsPlan).not.toMatch(/SEARCH t USING/);
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
