/**
 * Trust on the real reference data: authority per page, exact normalisation, links checked against
 * the quoted sentence, conflicts grouped and preferred by the rule, settled once and reopened by a
 * new disagreeing value, and like-for-like comparison in a period both places have.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  comparableRows,
  comparePlace,
  coverageOf,
  createDb,
  type DbHandle,
  listConflicts,
  listIndicators,
  listTargets,
  loadData,
  loadDenominators,
  settleConflict,
} from '../src/index';
import { observations, sources } from '../src/schema';

const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));
let dir: string;
let handle: DbHandle;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ipb-trust-'));
  handle = createDb(join(dir, 'test.sqlite'));
  await loadData(handle.engine, DATA_DIR);
});
afterAll(() => {
  handle.close();
  rmSync(dir, { recursive: true, force: true });
});

const row = (externalId: string) =>
  handle.sqlite
    .prepare(
      `SELECT o.value, o.indicator_id AS indicatorId, o.flags, o.note, s.authority FROM observations o
       JOIN sources s ON s.id = o.source_id WHERE o.external_id = ?`,
    )
    .get(externalId) as { value: number; indicatorId: string | null; flags: string; note: string; authority: string };

describe('reference rows', () => {
  it.each([
    ['cf020', 'low_authority'], // blog
    ['cf008', 'official_statistics'], // a reprinted 科技经费投入统计公报
    ['cf014', 'government'], // 政府工作报告 reprint
    ['cf003', 'government'], // city S&T bureau news
    ['cf007', 'news_reprint'],
    ['of003', 'state_media'], // stated in the file
  ])('%s is classed %s', (id, authority) => {
    expect(row(id).authority).toBe(authority);
  });

  it('normalises units exactly: 4107.1 亿元 is 410710000000 元', async () => {
    expect(row('cf020').value).toBe(410710000000);
  });

  it('folds the low-authority flag into the source class', async () => {
    expect(JSON.parse(row('cf020').flags)).not.toContain('low_authority_source');
  });

  it.each([
    ['cf050', 'provincial_tech_smes_total'], // 入库省科技型中小企业 is the provincial register
    ['cf115', null], // 国家级、省级 together
    ['cf061', null], // 累计 over years is not the yearly list
    ['of056', 'high_tech_enterprises'], // 新认定…110家，达到280家: the stock
    ['cf039', 'specialized_sme'], // a list item of its own: 省级专精特新中小企业647家
    ['of047', 'tech_contract_absorbed_turnover'], // 吸纳 is not 登记
  ])('%s is linked to %s after checking its sentence', (id, indicator) => {
    expect(row(id).indicatorId).toBe(indicator);
  });
});

describe('conflicts', () => {
  it('finds 呼和浩特 研发投入 2022 and prefers the statistical communiqué', async () => {
    const rd = (await listConflicts(handle.engine, { regionCodes: ['150100'], indicatorId: 'rd_expenditure' })).find(
      (c) => c.year === 2022,
    );
    expect(rd?.values.map((v) => v.value)).toEqual(expect.arrayContaining([5240000000, 4450000000]));
    expect(rd?.values[0]?.value).toBe(4450000000);
    expect(rd?.reason).toMatch(/higher source authority/);
  });

  it('does not call values that agree within their written precision a conflict', async () => {
    // 3801 and 3900 differ beyond rounding; 2800.7 written twice on two pages agrees.
    const gdp = await listConflicts(handle.engine, { regionCodes: ['150100'], indicatorId: 'gdp' });
    expect(gdp.some((c) => c.year === 2023)).toBe(true);
    expect(gdp.some((c) => c.year === 2020 && c.values.every((v) => v.value === 280070000000))).toBe(false);
  });

  it('is settled once, and a new disagreeing value reopens it', async () => {
    const open = (await listConflicts(handle.engine, { regionCodes: ['150100'], indicatorId: 'rd_expenditure' })).find(
      (c) => c.year === 2022,
    );
    if (!open) throw new Error('no conflict');
    const chosen = open.values[1]!;
    const settled = await settleConflict(
      handle.engine,
      { key: open.key, observationId: chosen.observationId, reason: '按公报口径核对' },
      'ed',
    );
    expect(settled.settlement?.by).toBe('ed');
    expect(settled.values[0]?.observationId).toBe(chosen.observationId);
    const stillOpen = await listConflicts(handle.engine, { regionCodes: ['150100'], status: 'open' });
    expect(stillOpen.some((c) => c.key === open.key)).toBe(false);
    const source = handle.db.select().from(sources).limit(1).get();
    const twin = handle.db
      .select()
      .from(observations)
      .all()
      .find((o) => o.id === chosen.observationId);
    if (!source || !twin) throw new Error('no rows');
    const { id: _id, ...copy } = twin;
    handle.db
      .insert(observations)
      .values({ ...copy, externalId: 'new-value', sourceId: source.id, value: 6000000000, valueAsWritten: 60 })
      .run();
    const again = (await listConflicts(handle.engine, { regionCodes: ['150100'], status: 'open' })).find(
      (c) => c.key === open.key,
    );
    expect(again?.settlement).toBeNull();
    expect(again?.values.length).toBe(open.values.length + 1);
  });
});

describe('like for like', () => {
  it('compares 南京 GDP with 呼和浩特 in the latest year both have', async () => {
    const rows = await comparableRows(handle.engine, ['150100', '320100'], '150100', null);
    const gdp = rows.find((r) => r.indicatorId === 'gdp' && r.periodType === 'full_year');
    const indicator = (await listIndicators(handle.engine)).find((i) => i.id === 'gdp');
    if (!gdp || !indicator) throw new Error('no gdp row');
    const place = comparePlace(
      gdp,
      indicator,
      '320100',
      '150100',
      await loadDenominators(handle.engine, ['150100', '320100'], null),
    );
    expect(place.basis).toBe('common_period');
    expect(place.latest?.year).toBe(place.benchmarkValue?.year);
    expect(place.history.map((h) => h.period)).toEqual(expect.arrayContaining(['2020', '2022']));
  });

  it('computes no difference without a common period', async () => {
    const rows = await comparableRows(handle.engine, ['150100', '320100'], '150100', null);
    const catalogue = await listIndicators(handle.engine);
    for (const r of rows) {
      const indicator = catalogue.find((i) => i.id === r.indicatorId);
      if (!indicator) continue;
      const place = comparePlace(r, indicator, '320100', '150100', { population: new Map(), gdp: new Map() });
      if (place.basis !== 'common_period') expect([place.difference, place.relative]).toEqual([null, null]);
    }
  });

  it('keeps only official sources when asked', async () => {
    const rows = await comparableRows(handle.engine, ['150100', '320100'], '150100', [
      'official_statistics',
      'government',
    ]);
    for (const r of rows)
      for (const values of r.byPlace.values())
        for (const v of values) expect(['official_statistics', 'government']).toContain(v.authority);
  });

  it('states each place’s coverage', async () => {
    const [hohhot] = await coverageOf(handle.engine, ['150100']);
    expect(hohhot?.figures).toBeGreaterThan(10);
    expect(hohhot?.sources).toBeGreaterThan(5);
  });
});

describe('targets', () => {
  it('assesses a target that has a baseline and a later actual', async () => {
    const tech = await listTargets(handle.engine, { regionCodes: ['150100'], indicatorId: 'tech_smes' });
    expect(tech[0]?.status).toBe('achieved');
    expect(tech[0]?.baseline?.year).toBe(2022);
  });
});
