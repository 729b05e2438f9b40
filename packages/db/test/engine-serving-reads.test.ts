/**
 * The serving path's reads on the two-engine Db (docs/decisions/016): catalogue, series, period
 * summaries, Compare's figures and coverage, figure lists and search, run on data/ in SQLite and
 * the same rows in PostgreSQL (support/real-data.ts). Each answers the same from both, and the
 * answers are not empty, so the comparison is of something.
 */
import { AUTHORITY_CLASSES } from '@ipb/domain';
import { beforeAll, expect, it } from 'vitest';
import { POLICY_TERMS } from '../../../scripts/bench-api/search';
import { getIndicator, listIndicators, listThemes } from '../src/queries/catalogue';
import { comparableFigures } from '../src/queries/comparable-figures';
import { coverageOf } from '../src/queries/compare';
import { ladderCounts } from '../src/queries/ladder';
import { listObservations } from '../src/queries/observations';
import { periodSummaries } from '../src/queries/period-summaries';
import {
  figureHits,
  figureIds,
  searchFigures,
  searchPrograms,
  searchSources,
  searchTerms,
  sourcesTitledOr,
} from '../src/queries/search';
import { getSeries } from '../src/queries/series';
import { segmentManyForIndex } from '../src/segment';
import { describeOnBothEngines } from './support/both-engines';
import { onBoth, useRealData } from './support/real-data';

const PLACES = ['320100', '330200', '321000', '341200'];
const BENCHMARK = '150100';
const OFFICIAL = ['official_statistics', 'government'] as const;

describeOnBothEngines('serving reads on both engines, over data/', (engines) => {
  const data = useRealData(engines);

  beforeAll(async () => {
    // The figures' words, as insertObservations writes them on PostgreSQL (the copy leaves them empty).
    const rows = data.handle.sqlite.prepare('SELECT id, subject, quote FROM observations ORDER BY id').all() as Array<{
      id: number;
      subject: string | null;
      quote: string;
    }>;
    const words = segmentManyForIndex(rows.map((r) => `${r.subject ?? ''} ${r.quote}`));
    await engines.client.query(
      `UPDATE observations o SET search_vector = to_tsvector('simple', w.words)
       FROM unnest($1::int[], $2::text[]) AS w(id, words) WHERE o.id = w.id`,
      [rows.map((r) => r.id), words],
    );
  });

  it('catalogue: themes, indicators (with data or all), one indicator', async () => {
    const [themes, themesPg] = await onBoth(data, listThemes);
    expect(themesPg).toEqual(themes);
    expect(themes).toHaveLength(13);
    const [all, allPg] = await onBoth(data, (db) => listIndicators(db));
    expect(allPg).toEqual(all);
    const [withData, withDataPg] = await onBoth(data, (db) => listIndicators(db, { withData: true }));
    expect(withDataPg).toEqual(withData);
    expect(withData.length).toBeGreaterThan(5);
    expect(withData.length).toBeLessThan(all.length);
    expect(all.some((i) => i.higherIsBetter) && all.some((i) => !i.higherIsBetter)).toBe(true);
    const [gdp, gdpPg] = await onBoth(data, (db) => getIndicator(db, 'gdp'));
    expect(gdpPg).toEqual(gdp);
    expect(gdp?.nameZh).toBeTruthy();
    expect(await getIndicator(data.postgres, 'no_such_indicator')).toBeUndefined();
  });

  it('series: from the period summary, and by authority (grouped from the figures)', async () => {
    const indicators = (await listIndicators(data.sqlite, { withData: true })).map((i) => i.id);
    let points = 0;
    for (const indicatorId of indicators)
      for (const authority of [null, [...OFFICIAL]]) {
        const filter = { indicatorId, regionCodes: [BENCHMARK, ...PLACES], authority };
        const [series, seriesPg] = await onBoth(data, (db) => getSeries(db, filter));
        expect(seriesPg).toEqual(series);
        points += series.series.reduce((n, s) => n + s.points.length, 0);
      }
    expect(points).toBeGreaterThan(20);
    const [every, everyPg] = await onBoth(data, (db) => getSeries(db, { indicatorId: 'gdp', regionCodes: [] }));
    expect(everyPg).toEqual(every);
    expect(every.series.length).toBeGreaterThan(1);
  });

  it('period summaries: the summary table and the figures give the same groups on each engine', async () => {
    const ids = (groups: Awaited<ReturnType<typeof periodSummaries>>) =>
      groups.map((g) => [g.key, g.preferred.o.id, g.alternatives.map((a) => a.o.id), g.values, g.settled]);
    const all = [...AUTHORITY_CLASSES];
    const [summary, summaryPg] = await onBoth(data, (db) => periodSummaries(db, { regionCodes: [], authority: null }));
    const [figures, figuresPg] = await onBoth(data, (db) => periodSummaries(db, { regionCodes: [], authority: all }));
    expect(ids(summaryPg)).toEqual(ids(summary));
    expect(ids(figuresPg)).toEqual(ids(figures));
    expect(ids(figures)).toEqual(ids(summary));
    expect(summary.length).toBeGreaterThan(50);
  });

  it('Compare: comparable figures with their denominators, and coverage', async () => {
    const codes = [BENCHMARK, ...PLACES];
    for (const authority of [null, [...OFFICIAL]]) {
      const [figures, figuresPg] = await onBoth(data, (db) => comparableFigures(db, codes, BENCHMARK, authority));
      expect(figuresPg).toEqual(figures);
      expect(figures.rows.length).toBeGreaterThan(3);
      const [coverage, coveragePg] = await onBoth(data, (db) => coverageOf(db, [...codes, '330000'], authority));
      expect(coveragePg).toEqual(coverage);
      expect(coverage.every((c) => c.sources > 0)).toBe(true);
    }
    const [figures] = await onBoth(data, (db) => comparableFigures(db, codes, BENCHMARK, null));
    expect(figures.denominators.population.size).toBeGreaterThan(1);
  });

  it('the ladder: counts per place, year and stage indicator', async () => {
    const indicators = (await listIndicators(data.sqlite, { withData: true })).map((i) => i.id);
    for (const authority of [null, [...OFFICIAL]]) {
      const [counts, countsPg] = await onBoth(data, (db) =>
        ladderCounts(db, [BENCHMARK, ...PLACES], indicators, authority),
      );
      expect(countsPg).toEqual(counts);
      expect(counts.get(BENCHMARK)?.size).toBeGreaterThan(0);
    }
  });

  it('figures in long format: filtered, paged by cursor, with conflicts', async () => {
    const filters = [
      { regionCodes: [BENCHMARK] },
      { regionCodes: PLACES, indicatorId: 'gdp' },
      { regionCodes: [], kind: 'target' as const },
      { regionCodes: [BENCHMARK], authority: [...OFFICIAL], from: 2020, to: 2023 },
    ];
    for (const filter of filters) {
      let cursor: number | undefined;
      let pages = 0;
      do {
        const page = { limit: 25, cursor };
        const [list, listPg] = await onBoth(data, (db) => listObservations(db, filter, page));
        expect(listPg).toEqual(list);
        expect(list.items.length).toBeGreaterThan(0);
        cursor = list.nextCursor === null ? undefined : Number(list.nextCursor);
        pages += 1;
      } while (cursor !== undefined && pages < 4);
    }
    const [benchmark] = await onBoth(data, (db) => listObservations(db, filters[0] as never, { limit: 500 }));
    expect(benchmark.items.some((i) => i.conflict !== null)).toBe(true);
  });

  it('search: figures, programmes and sources for the 50 policy terms', async () => {
    let figures = 0;
    let programs = 0;
    let sources = 0;
    for (const q of [...POLICY_TERMS, '宁科贷', '科技', '税', '，']) {
      const [ids, idsPg] = await onBoth(data, (db) => figureIds(db, q));
      expect(idsPg, q).toEqual(ids);
      const [found, foundPg] = await onBoth(data, (db) => searchFigures(db, q, 10));
      expect(foundPg, q).toEqual(found);
      const [named, namedPg] = await onBoth(data, (db) => searchPrograms(db, q, 10));
      expect(namedPg, q).toEqual(named);
      const [titled, titledPg] = await onBoth(data, (db) => searchSources(db, q, 10, []));
      expect(titledPg, q).toEqual(titled);
      // GET /api/search's one statement: the same figures, and the sources they come from.
      const [hits, hitsPg] = await onBoth(data, (db) => figureHits(db, searchTerms(db.engine, q), 10));
      expect(hits.hits, q).toEqual(found);
      expect(hitsPg, q).toEqual(hits);
      const related = await searchSources(data.sqlite, q, 10, [], ids.slice(0, 10));
      expect(await sourcesTitledOr(data.sqlite, q, 10, hits.sourceIds), q).toEqual(related);
      const [cut, cutPg] = await onBoth(data, (db) => searchPrograms(db, q, 10, searchTerms(db.engine, q).words));
      expect([cut, cutPg], q).toEqual([named, namedPg]);
      figures += found.length;
      programs += named.length;
      sources += titled.length;
    }
    expect(figures).toBeGreaterThan(20);
    expect(programs).toBeGreaterThan(3);
    expect(sources).toBeGreaterThan(5);
  });
});
