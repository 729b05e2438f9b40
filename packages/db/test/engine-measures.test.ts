/**
 * Measures, their facets and measures search on the two-engine Db (docs/decisions/016), over data/
 * in SQLite and the same rows in PostgreSQL (support/real-data.ts): every filter the API offers,
 * alone and together, answers the same from both engines, and the answers are not empty.
 */
import { expect, it } from 'vitest';
import { measureFacets } from '../src/queries/measure-facets';
import type { MeasureFilter } from '../src/queries/measure-filter';
import { listMeasures, measureIdsMatching, newestMeasureIds, searchMeasures } from '../src/queries/measures';
import { describeOnBothEngines } from './support/both-engines';
import { onBoth, useRealData } from './support/real-data';

const NONE: MeasureFilter = { regionCodes: [], themeIds: [] };

describeOnBothEngines('measures, facets and search on both engines, over data/', (engines) => {
  const data = useRealData(engines);

  /** Filters built from what data/ holds: a place with districts, a theme, a year, a source, a programme. */
  async function filters(): Promise<Array<[string, MeasureFilter]>> {
    const { items } = await listMeasures(data.sqlite, NONE, { limit: 500 });
    const withProgram = items.find((m) => m.programs.length > 0);
    const withYear = items.find((m) => m.year !== null);
    expect(withProgram && withYear).toBeTruthy();
    return [
      ['nothing', NONE],
      ['a theme', { ...NONE, themeIds: ['tech_finance'] }],
      ['two themes', { ...NONE, themeIds: ['tech_finance', 'talent'] }],
      ['a city with its districts', { ...NONE, regionCodes: ['330200'] }],
      ['a year', { ...NONE, year: withYear?.year ?? 0 }],
      ['a source', { ...NONE, sourceId: withYear?.citation.sourceId }],
      ['a programme', { ...NONE, program: withProgram?.programs[0] }],
      ['a 2-character word', { ...NONE, q: '人才' }],
      ['a 1-character word', { ...NONE, q: '税' }],
      ['punctuation only', { ...NONE, q: '，' }],
      ['a word, a theme and a year', { ...NONE, q: '金融', themeIds: ['tech_finance'], year: withYear?.year ?? 0 }],
    ];
  }

  it('lists the same measures for every filter, page by page', async () => {
    let nonEmpty = 0;
    for (const [name, filter] of await filters()) {
      const [first, firstPg] = await onBoth(data, (db) => listMeasures(db, filter, { limit: 3 }));
      expect(firstPg, name).toEqual(first);
      if (first.items.length) nonEmpty += 1;
      const cursor = first.nextCursor === null ? undefined : Number(first.nextCursor);
      const [next, nextPg] = await onBoth(data, (db) => listMeasures(db, filter, { limit: 3, cursor }));
      expect(nextPg, name).toEqual(next);
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(9);
  });

  it('counts the same facets for every filter', async () => {
    for (const [name, filter] of await filters()) {
      const [facets, facetsPg] = await onBoth(data, (db) => measureFacets(db, filter));
      expect(facetsPg, name).toEqual(facets);
      const { total } = await listMeasures(data.sqlite, filter, { limit: 1 });
      expect(facets.total, name).toBe(total);
      // Each programme's count is how many measures the filter keeps with that programme.
      for (const { value, count } of facets.program.slice(0, 3)) {
        const { total: withProgram } = await listMeasures(data.sqlite, { ...filter, program: value }, { limit: 1 });
        expect(count, `${name}: ${value}`).toBe(withProgram);
      }
      if (name === 'nothing') {
        for (const facet of [facets.theme, facets.region, facets.year, facets.source, facets.program]) {
          expect(facet.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('finds the same measures by search, newest first, with highlights', async () => {
    for (const q of ['人才', '金融', '研发', '税', '科技型中小企业']) {
      const [ids, idsPg] = await onBoth(data, (db) => measureIdsMatching(db, q));
      expect(idsPg, q).toEqual(ids);
      const [newest, newestPg] = await onBoth(data, (db) => newestMeasureIds(db, q, 5));
      expect(newestPg, q).toEqual(newest);
      expect(newest).toEqual(ids.slice(-5).reverse());
      const [found, foundPg] = await onBoth(data, (db) => searchMeasures(db, q, 5));
      expect(foundPg, q).toEqual(found);
      expect(found.map((m) => m.id)).toEqual(newest);
    }
    const [talent] = await onBoth(data, (db) => searchMeasures(db, '人才', 5));
    expect(talent.length).toBeGreaterThan(0);
    expect(talent[0]?.snippet).toContainEqual({ text: '人才', match: true });
  });
});
