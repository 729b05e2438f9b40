/**
 * The read query modules on the two-engine Db (docs/decisions/016), run on data/ in SQLite and the
 * same rows in PostgreSQL (support/real-data.ts): each answers the same from both, and the
 * answers are not empty, so the comparison is of something.
 */
import type { AuditQuery } from '@ipb/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/engine/query';
import { listDigests } from '../src/queries/digest';
import { missingPrograms } from '../src/queries/gap-programs';
import { measureFigures } from '../src/queries/instrument-figures';
import { latestMeasures, measureBriefs, placeThemeMeasures, subPlaces } from '../src/queries/place-measures';
import { listAudit } from '../src/queries/review';
import { getSource, listSources, sourceRecords, sourcesForRegion } from '../src/queries/sources';
import { describeOnBothEngines } from './support/both-engines';
import { onBoth, useRealData } from './support/real-data';

/** Compared places of the bench and the seed bulletins: cities with districts, and a province. */
const PLACES = ['320100', '330200', '321000', '341200'];
const BENCHMARK = '150100';

const AUDIT: Array<[string, string, string, string, string, unknown, unknown, string | null]> = [
  [
    '2025-01-02T08:00:00.000Z',
    'alice',
    'accept',
    'measure',
    '1',
    { status: 'extracted' },
    { status: 'accepted' },
    null,
  ],
  ['2025-01-02T09:00:00.000Z', 'bob', 'reject', 'observation', '7', { value: 1.5 }, null, '单位错误'],
  ['2025-01-03T10:00:00.000Z', 'alice', 'edit', 'measure', '2', null, { title: '人才' }, 'typo'],
  ['2025-01-04T23:59:59.000Z', 'alice', 'accept', 'measure', '1', { status: 'accepted' }, { status: 'accepted' }, null],
  ['2025-01-05T00:00:00.000Z', 'carol', 'settle', 'conflict', 'k', { n: [1, 2] }, { n: [2] }, '统计局'],
];

describeOnBothEngines('read queries on both engines, over data/', (engines) => {
  const data = useRealData(engines);

  it('digests: the latest, and every one since a date, bounded', async () => {
    const [latest, latestPg] = await onBoth(data, (db) => listDigests(db, { limit: 50 }));
    expect(latestPg).toEqual(latest);
    expect(latest.entries).toHaveLength(1);
    expect(latest.items.length).toBeGreaterThan(0);
    const [since, sincePg] = await onBoth(data, (db) => listDigests(db, { since: '2000-01-01', limit: 7 }));
    expect(sincePg).toEqual(since);
    expect(since.items).toHaveLength(7);
    expect(since.total).toBeGreaterThan(7);
    const [none, nonePg] = await onBoth(data, (db) => listDigests(db, { since: '2999-01-01', limit: 7 }));
    expect(nonePg).toEqual(none);
    expect(none).toEqual({ entries: [], items: [], total: 0 });
  });

  it('instrument figures: every place as itself, and named places with their districts', async () => {
    const [every, everyPg] = await onBoth(data, (db) => measureFigures(db, []));
    expect(everyPg).toEqual(every);
    expect(every.length).toBeGreaterThan(10);
    const [named, namedPg] = await onBoth(data, (db) => measureFigures(db, [BENCHMARK, ...PLACES]));
    expect(namedPg).toEqual(named);
    expect(new Set(named.map((f) => f.regionCode)).size).toBeGreaterThan(1);
  });

  it('place measures: sub-places, latest per theme, a theme page, briefs', async () => {
    const roots = [BENCHMARK, ...PLACES, '330000'];
    const [subs, subsPg] = await onBoth(data, (db) => subPlaces(db, roots));
    expect(subsPg).toEqual(subs);
    expect(subs.get('330000')?.length).toBeGreaterThan(1);
    const [latest, latestPg] = await onBoth(data, (db) => latestMeasures(db, roots, []));
    expect(latestPg).toEqual(latest);
    expect(latest.some((c) => c.measures.some((m) => m.subPlace !== null))).toBe(true);
    const column = latest.find((c) => c.total > 1);
    expect(column).toBeDefined();
    const { regionCode, themeId } = column as NonNullable<typeof column>;
    const page = { limit: 1, offset: 1 };
    const [paged, pagedPg] = await onBoth(data, (db) => placeThemeMeasures(db, regionCode, themeId, page));
    expect(pagedPg).toEqual(paged);
    expect(paged.items).toHaveLength(1);
    const ids = [...(column?.measures ?? []), ...paged.items].map((m) => m.id).reverse();
    const [briefs, briefsPg] = await onBoth(data, (db) => measureBriefs(db, ids, () => regionCode));
    expect(briefsPg).toEqual(briefs);
    expect(briefs.map((b) => b.id)).toEqual(ids);
  });

  it('gap programmes, with and without themes', async () => {
    const [gaps, gapsPg] = await onBoth(data, (db) => missingPrograms(db, BENCHMARK, PLACES));
    expect(gapsPg).toEqual(gaps);
    expect(gaps.programs.length).toBeGreaterThan(0);
    expect(gaps.programs[0]?.measures.length).toBeGreaterThan(0);
    const themes = ['tech_finance', 'talent'];
    const [themed, themedPg] = await onBoth(data, (db) => missingPrograms(db, BENCHMARK, PLACES, themes, 3));
    expect(themedPg).toEqual(themed);
    expect(themed.total).toBeLessThanOrEqual(gaps.total);
  });

  it('sources: pages by class, one with its text and records, a place’s', async () => {
    const classes = [null, [], ['official_statistics', 'government']] as const;
    for (const authority of classes) {
      const page = { limit: 5, offset: 1 };
      const [listed, listedPg] = await onBoth(data, (db) => listSources(db, authority && [...authority], page));
      expect(listedPg).toEqual(listed);
    }
    const [all, allPg] = await onBoth(data, (db) => listSources(db, null, { limit: 500, offset: 0 }));
    expect(allPg).toEqual(all);
    expect(all.total).toBeGreaterThan(5);
    expect(all.items.some((s) => s.year === null)).toBe(true);
    const bulletin = all.items[0]?.id ?? 0;
    const [source, sourcePg] = await onBoth(data, (db) => getSource(db, bulletin));
    expect(sourcePg).toEqual(source);
    expect(source?.rawText.length).toBeGreaterThan(1000);
    const [records, recordsPg] = await onBoth(data, (db) => sourceRecords(db, bulletin));
    expect(recordsPg).toEqual(records);
    expect(records.measures.some((m) => m.themes.length > 0)).toBe(true);
    expect(records.observations.length).toBeGreaterThan(0);
    for (const code of [BENCHMARK, ...PLACES]) {
      const [place, placePg] = await onBoth(data, (db) => sourcesForRegion(db, code, null, 3));
      expect(placePg).toEqual(place);
      const [cls, clsPg] = await onBoth(data, (db) => sourcesForRegion(db, code, ['official_statistics'], 3));
      expect(clsPg).toEqual(cls);
    }
  });

  describe('the audit log', () => {
    const insert = query(
      'INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );

    beforeAll(async () => {
      data.handle.sqlite.exec('DELETE FROM audit_log');
      await engines.client.query('DELETE FROM audit_log');
      for (const [at, actor, action, entity, id, before, after, reason] of AUDIT) {
        const json = (v: unknown) => (v === null ? null : JSON.stringify(v));
        const values = [at, actor, action, entity, id, json(before), json(after), reason];
        data.handle.sqlite.prepare(insert.sqlite).run(...values);
        await engines.client.query(insert.postgres, values);
      }
    });

    it.each<[string, Partial<AuditQuery>, number]>([
      ['everything', {}, 5],
      ['one entity', { entity: 'measure', entityId: '1' }, 2],
      ['one actor within days', { actor: 'alice', from: '2025-01-03', to: '2025-01-04' }, 2],
      ['one action', { action: 'reject' }, 1],
    ])('answers the same for %s', async (_, filter, total) => {
      const [all, allPg] = await onBoth(data, (db) => listAudit(db, { limit: 10, ...filter }));
      expect(allPg).toEqual(all);
      expect(all.total).toBe(total);
      expect(all.items).toHaveLength(total);
    });

    it('pages by cursor alike, with the records before and after as they were written', async () => {
      const [first, firstPg] = await onBoth(data, (db) => listAudit(db, { limit: 2 }));
      expect(firstPg).toEqual(first);
      expect(first.items.map((i) => i.actor)).toEqual(['carol', 'alice']);
      expect(first.items[0]).toMatchObject({ before: { n: [1, 2] }, after: { n: [2] }, entityId: 'k' });
      const cursor = first.nextCursor ?? '';
      const [next, nextPg] = await onBoth(data, (db) => listAudit(db, { limit: 10, cursor }));
      expect(nextPg).toEqual(next);
      expect(next.items.map((i) => i.actor)).toEqual(['alice', 'bob', 'alice']);
      expect(next.items[1]).toMatchObject({ after: null, reason: '单位错误' });
      expect(next.nextCursor).toBeNull();
    });
  });
});
