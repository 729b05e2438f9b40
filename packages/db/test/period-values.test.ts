/**
 * period_values (docs/decisions/018) says exactly what grouping the figures says — preferred value,
 * conflict, settlement, alternatives, order — after loading the real data and after every kind of
 * write: a settlement, an authority change, a review, a correction, a deleted source, and a write
 * that bypassed bumpDataVersion (answered from the figures until the next refresh).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUTHORITY_CLASSES } from '@ipb/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/engine/query';
import {
  bumpDataVersion,
  createDb,
  type DbHandle,
  listConflicts,
  loadData,
  type PeriodSummary,
  periodSummaries,
  periodValuesStale,
  reviewObservation,
  setSourceAuthority,
  settleConflict,
} from '../src/index';
import { readObservationRows } from '../src/queries/observation-rows';
import { readRankedRows } from '../src/queries/ranked-rows';
import { observations } from '../src/schema';
import { insertObservations } from '../src/write/insert-observations';

const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));
let dir: string;
let handle: DbHandle;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ipb-period-values-'));
  handle = createDb(join(dir, 'test.sqlite'));
  await loadData(handle.engine, DATA_DIR);
});
afterAll(() => {
  handle.close();
  rmSync(dir, { recursive: true, force: true });
});

const view = (s: PeriodSummary) => ({
  key: s.key,
  preferred: s.preferred.o.id,
  values: s.values,
  settled: s.settled,
  reason: s.reason,
  alternatives: s.alternatives.map((a) => a.o.id),
  alternativesTotal: s.alternativesTotal,
});

/** Every group from the summary, and the same groups worked out from the figures (every authority = all figures). */
async function bothWays(regionCodes: string[] = []) {
  const fromSummary = (await periodSummaries(handle.engine, { regionCodes, authority: null })).map(view);
  const fromFigures = (await periodSummaries(handle.engine, { regionCodes, authority: [...AUTHORITY_CLASSES] })).map(
    view,
  );
  return { fromSummary, fromFigures };
}

async function expectSame(regionCodes: string[] = []) {
  expect(await periodValuesStale(handle.engine)).toBe(false);
  const { fromSummary, fromFigures } = await bothWays(regionCodes);
  expect(fromSummary.length).toBeGreaterThan(0);
  expect(fromSummary).toEqual(fromFigures);
}

/** The kept summary as stored. */
const keptTable = () => handle.sqlite.prepare('SELECT * FROM period_values ORDER BY key').all();

/** Every kept pair marked and refreshed: the summary a whole rebuild gives. */
async function wholeRebuild() {
  await handle.engine.transaction(async (tx) => {
    await tx.run(
      query(
        'INSERT INTO period_dirty (region_code, indicator_id) SELECT DISTINCT region_code, indicator_id FROM period_values',
      ),
    );
    await bumpDataVersion(tx);
  });
  return keptTable();
}

const rdConflict = async () =>
  (await listConflicts(handle.engine, { regionCodes: ['150100'], indicatorId: 'rd_expenditure' })).find(
    (c) => c.year === 2022,
  );

describe('period_values', () => {
  it('holds every linked group of the loaded data, conflicts included', async () => {
    await expectSame();
    const key = (await rdConflict())?.key;
    const group = (await bothWays(['150100'])).fromSummary.find((s) => s.key === key);
    expect(group?.values).toBeGreaterThan(1);
    expect(group?.alternativesTotal).toBeGreaterThan(0);
  });

  it('follows a settlement, and a figure that reopens it', async () => {
    const open = await rdConflict();
    if (!open) throw new Error('no conflict');
    const chosen = open.values[1]!;
    await settleConflict(
      handle.engine,
      { key: open.key, observationId: chosen.observationId, reason: '按公报口径核对' },
      'ed',
    );
    await expectSame(['150100']);
    const settled = (await bothWays(['150100'])).fromSummary.find((s) => s.key === open.key);
    expect(settled).toMatchObject({ settled: true, preferred: chosen.observationId });

    const twin = handle.db
      .select()
      .from(observations)
      .all()
      .find((o) => o.id === chosen.observationId);
    if (!twin) throw new Error('no figure');
    const { id: _id, ...copy } = twin;
    await handle.engine.transaction(async (tx) => {
      await insertObservations(tx, [{ ...copy, externalId: 'reopens', value: 6e9, valueAsWritten: 60 }]);
      await bumpDataVersion(tx);
    });
    await expectSame(['150100']);
    expect((await bothWays(['150100'])).fromSummary.find((s) => s.key === open.key)?.settled).toBe(false);
  });

  it('follows an authority change and reviews', async () => {
    const open = await rdConflict();
    const first = open?.values[0];
    if (!open || !first) throw new Error('no conflict');
    await setSourceAuthority(
      handle.engine,
      first.citation.sourceId,
      { authority: 'low_authority', reason: 'test' },
      'ed',
    );
    await expectSame();
    await reviewObservation(handle.engine, open.values[1]!.observationId, { action: 'reject', reason: 'test' }, 'ed');
    await expectSame();
    await reviewObservation(
      handle.engine,
      open.values[2]?.observationId ?? first.observationId,
      { action: 'correct', reason: 'test', changes: { value: 1 } },
      'ed',
    );
    await expectSame();
  });

  it('follows a deleted source (its figures go by cascade)', async () => {
    const sourceId = (await rdConflict())?.values[0]?.citation.sourceId;
    await handle.engine.transaction(async (tx) => {
      await tx.run(query('DELETE FROM sources WHERE id = ?'), [sourceId]);
      await bumpDataVersion(tx);
    });
    await expectSame();
  });

  it('answers from the figures while a write that bypassed the refresh waits', async () => {
    const any = handle.db
      .select()
      .from(observations)
      .all()
      .find((o) => o.indicatorId === 'gdp');
    if (!any) throw new Error('no figure');
    const { id: _id, ...copy } = any;
    handle.db
      .insert(observations)
      .values({ ...copy, externalId: 'bypass', value: any.value * 3 })
      .run();
    expect(await periodValuesStale(handle.engine)).toBe(true);
    const { fromSummary, fromFigures } = await bothWays();
    expect(fromSummary).toEqual(fromFigures);
    expect(fromFigures.some((s) => s.alternatives.length > 0)).toBe(true);
    await handle.engine.transaction((tx) => bumpDataVersion(tx));
    await expectSame();
  });

  it('rebuilds only the periods a new figure touches, to the rows a whole rebuild gives', async () => {
    const any = handle.db
      .select()
      .from(observations)
      .all()
      .find((o) => o.indicatorId === 'gdp' && o.periodEnd !== null);
    if (!any?.periodEnd) throw new Error('no dated figure');
    const { id: _id, ...copy } = any;
    handle.db
      .insert(observations)
      .values({ ...copy, externalId: 'one-period', value: any.value * 2 })
      .run();
    const dirty = handle.sqlite
      .prepare('SELECT period_end FROM period_dirty WHERE region_code = ? AND indicator_id = ?')
      .all(any.regionCode, 'gdp');
    expect(dirty).toEqual([{ period_end: any.periodEnd }]);
    await handle.engine.transaction((tx) => bumpDataVersion(tx));
    const partial = keptTable();
    expect(await wholeRebuild()).toEqual(partial);
    await expectSame();
  });

  it("refreshes several marked pairs from one read, leaving their places' other indicators and periods alone", async () => {
    const dated = handle.db
      .select()
      .from(observations)
      .all()
      .filter((o) => o.indicatorId !== null && o.periodEnd !== null && o.reviewStatus !== 'rejected');
    const x = dated.find((o) => o.indicatorId === 'gdp');
    const y = dated.find(
      (o) => x && o.regionCode !== x.regionCode && o.indicatorId !== 'gdp' && o.periodEnd !== x.periodEnd,
    );
    if (!x || !y) throw new Error('no two dated figures of two places and indicators');
    const { id: _x, ...xs } = x;
    const { id: _y, ...ys } = y;
    const add = (rows: Array<typeof xs>) => handle.db.insert(observations).values(rows).run();
    // Figures the one read also finds (each place with the other's indicator, x's place at y's period): not marked.
    add([
      { ...xs, externalId: 'cross-1', indicatorId: y.indicatorId },
      { ...ys, externalId: 'cross-2', indicatorId: x.indicatorId },
      { ...xs, externalId: 'cross-3', periodStart: y.periodStart, periodEnd: y.periodEnd, year: y.year },
    ]);
    await handle.engine.transaction((tx) => bumpDataVersion(tx));
    add([
      { ...xs, externalId: 'marked-1', value: x.value * 3 },
      { ...ys, externalId: 'marked-2', value: y.value * 3 },
    ]);
    expect(handle.sqlite.prepare('SELECT count(*) AS n FROM period_dirty').get()).toEqual({ n: 2 });
    await handle.engine.transaction((tx) => bumpDataVersion(tx));
    const partial = keptTable();
    expect(await wholeRebuild()).toEqual(partial);
    await expectSame();
  });

  it("rebuilds an undated figure's own group only, and drops it with the figure", async () => {
    const any = handle.db
      .select()
      .from(observations)
      .all()
      .find((o) => o.indicatorId !== null && o.reviewStatus !== 'rejected');
    if (!any) throw new Error('no linked figure');
    const { id: _id, ...copy } = any;
    const undated = { ...copy, externalId: 'undated', periodEnd: null, periodStart: null, year: null };
    const [a, b] = handle.db
      .insert(observations)
      .values([undated, { ...undated, externalId: 'undated-2', value: any.value + 1 }])
      .returning()
      .all();
    const marks = handle.sqlite
      .prepare('SELECT period_end FROM period_dirty WHERE region_code = ? AND indicator_id = ? ORDER BY period_end')
      .all(any.regionCode, any.indicatorId);
    expect(marks).toEqual([{ period_end: `#${a?.id}` }, { period_end: `#${b?.id}` }]);
    await handle.engine.transaction((tx) => bumpDataVersion(tx));
    const added = keptTable();
    expect(await wholeRebuild()).toEqual(added);
    handle.sqlite.prepare('DELETE FROM observations WHERE id = ?').run(a?.id);
    await handle.engine.transaction((tx) => bumpDataVersion(tx));
    const dropped = keptTable();
    expect(dropped.length).toBe(added.length - 1);
    expect(await wholeRebuild()).toEqual(dropped);
    await expectSame();
  });

  it('regroups from the columns the rule reads: the same figures, in the same order, with the same values as whole rows', async () => {
    const filter = { linked: true } as const;
    const whole = await readObservationRows(handle.engine, { ...filter, order: 'period' });
    const ranked = await readRankedRows(handle.engine, filter);
    expect(whole.length).toBeGreaterThan(100);
    expect(ranked.map((r) => r.o.id)).toEqual(whole.map((r) => r.o.id));
    const [first] = ranked;
    const pick = (r: (typeof whole)[number]) => ({
      o: Object.fromEntries(Object.keys(first?.o ?? {}).map((k) => [k, r.o[k as keyof typeof r.o]])),
      s: Object.fromEntries(Object.keys(first?.s ?? {}).map((k) => [k, r.s[k as keyof typeof r.s]])),
    });
    expect(ranked).toEqual(whole.map(pick));
    // Some figures carry flags, dates and more than one authority: the columns are not all alike.
    expect(ranked.some((r) => r.o.flags.length > 0)).toBe(true);
    expect(new Set(ranked.map((r) => r.s.authority)).size).toBeGreaterThan(1);
  });
});
