import { loadData, query, readDataDir, reviewObservation } from '@ipb/db';
import { SeriesResponseSchema } from '@ipb/domain';
import { describe, expect, it, vi } from 'vitest';
import { DATA_DIR, useTestApp } from './helper';

const t = useTestApp();

async function series(query: string) {
  const res = await t.app.inject(`/api/series?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return SeriesResponseSchema.parse(res.json());
}

describe('GET /api/series', () => {
  it("gives 呼和浩特's 2022 high-tech enterprises with the quoted source", async () => {
    const body = await series(`indicator=high_tech_enterprises&regions=${encodeURIComponent('呼和浩特')}`);
    const points = body.series.filter((s) => s.regionCode === '150100').flatMap((s) => s.points);
    const y2022 = points.find((p) => p.year === 2022 && p.value === 461);
    expect(y2022?.unit).toBe('家');
    expect(y2022?.citation.quote).toContain('461家');
    expect(y2022?.citation.url).toMatch(/^https?:\/\//);
  });

  it.each(['150100', '呼和浩特', '呼和浩特市', 'Hohhot'])('accepts the place as %s', async (place) => {
    const body = await series(`indicator=high_tech_enterprises&regions=${encodeURIComponent(place)}`);
    expect(body.regions.map((r) => r.code)).toEqual(['150100']);
  });

  it('accepts several places separated by ASCII or full-width commas, benchmark first', async () => {
    const body = await series(`indicator=gdp&regions=${encodeURIComponent('南京，150100,扬州')}`);
    expect(new Set(body.series.map((s) => s.regionCode))).toEqual(new Set(['150100', '320100', '321000']));
    expect(body.series[0]?.regionCode).toBe('150100');
  });

  it('without places, charts 呼和浩特 and at most 8 others, and counts every place with a figure', async () => {
    const body = await series('indicator=gdp');
    const places = new Set(body.series.map((s) => s.regionCode));
    expect(places.has('150100')).toBe(true);
    expect(places.size).toBeLessThanOrEqual(9);
    expect(body.placesTotal).toBeGreaterThanOrEqual(places.size);
    expect(body.regions.map((r) => r.code).sort()).toEqual([...places].sort());
    expect((await series('indicator=gdp&regions=150100')).placesTotal).toBeUndefined();
  });

  it('normalises units: GDP in 亿元 is stored in 元', async () => {
    const body = await series('indicator=gdp&regions=150100');
    const point = body.series.flatMap((s) => s.points).find((p) => p.unitAsWritten === '亿元');
    expect(point?.unit).toBe('元');
    expect(point?.value).toBeCloseTo((point?.valueAsWritten ?? 0) * 1e8, 0);
  });

  it('never mixes period types in one series', async () => {
    const body = await series('indicator=tech_smes&regions=150100');
    const keys = body.series.map((s) => `${s.regionCode}|${s.kind}|${s.periodType}|${s.unit}`);
    expect(new Set(keys).size).toBe(keys.length);
    const ytd = body.series.find((s) => s.periodType === 'year_to_date' && s.kind === 'actual');
    const stock = body.series.find((s) => s.periodType === 'point' && s.kind === 'actual');
    expect(ytd?.points.length).toBeGreaterThan(0);
    expect(stock?.points.length).toBeGreaterThan(0);
  });

  it('keeps quality flags and the source authority on the points', async () => {
    const body = await series('indicator=tech_smes&regions=150100');
    const points = body.series.flatMap((s) => s.points);
    expect(points.flatMap((p) => p.flags)).toContain('partial_year');
    expect(points.map((p) => p.authority)).toContain('low_authority');
    for (const p of points) expect(p.citation.authority).toBe(p.authority);
  });

  it('gives one point per period: the preferred value, with the disagreeing source alongside', async () => {
    const body = await series('indicator=rd_expenditure&regions=150100');
    const yearly = body.series.find((s) => s.periodType === 'full_year');
    const periods = yearly?.points.map((p) => p.periodEnd) ?? [];
    expect(new Set(periods).size).toBe(periods.length);
    const p2022 = yearly?.points.find((p) => p.year === 2022);
    // 44.5 亿元 from the statistical communiqué outranks 52.4 亿元 in a news reprint.
    expect(p2022?.value).toBe(4450000000);
    expect(p2022?.conflict?.alternatives.map((a) => a.value)).toContain(5240000000);
  });

  it('reports a place without figures as missing, not as zero', async () => {
    const body = await series(`indicator=high_tech_enterprises&regions=150100,${encodeURIComponent('拉萨')}`);
    expect(body.missing).toEqual(['540100']);
    expect(body.series.every((s) => s.regionCode !== '540100')).toBe(true);
  });

  it.each([
    ['regions=150100', 400, /indicator/],
    ['indicator=no_such_thing&regions=150100', 404, /no indicator "no_such_thing"/],
    [`indicator=gdp&regions=${encodeURIComponent('南京,火星市')}`, 400, /"火星市"/],
    ['indicator=gdp&kind=guess', 400, /kind/],
  ])('%s → %i problem+json that says what to fix', async (query, status, detail) => {
    const res = await t.app.inject(`/api/series?${query}`);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().detail).toMatch(detail);
  });

  it('answers named places from their stored series (decision 022), byte for byte as built, and follows a correction', async () => {
    const db = t.app.store.engine;
    const stored = query("SELECT count(*) AS n FROM series_parts WHERE indicator_id = 'high_tech_enterprises'");
    const count = async () => Number((await db.get<{ n: number }>(stored))?.n);
    await db.run(query('DELETE FROM series_parts'));
    // 拉萨 has no figure for it: stored too, and missing in every answer.
    const url = `/api/series?indicator=high_tech_enterprises&regions=320100,${encodeURIComponent('拉萨')},150100,330200`;
    const built = await t.app.inject(url);
    expect(built.statusCode, built.body).toBe(200);
    await vi.waitFor(async () => expect(await count()).toBe(4));
    // Every api test checks a spliced answer against the compiled serializer's (validateResponses);
    // this one also that the stored bytes make the same answer as the built ones.
    const spliced = await t.app.inject(url);
    expect(spliced.body).toBe(built.body);
    expect(spliced.headers['content-length']).toBe(built.headers['content-length']);
    expect(spliced.headers['content-type']).toBe(built.headers['content-type']);
    const body = SeriesResponseSchema.parse(spliced.json());
    expect(body.missing).toEqual(['540100']);
    expect(body.series[0]?.regionCode).toBe('150100');
    // A correction deletes the place's stored series (a trigger): the next answer shows it.
    const point = body.series.find((s) => s.regionCode === '320100')?.points.at(-1);
    if (!point) throw new Error('南京 has no high-tech enterprises figure in data/');
    await reviewObservation(
      db,
      point.observationId,
      { action: 'correct', reason: '核对', changes: { value: point.value + 1 } },
      'editor',
    );
    expect(await count()).toBe(3);
    const after = SeriesResponseSchema.parse((await t.app.inject(url)).json());
    const corrected = after.series.flatMap((s) => s.points).find((p) => p.observationId === point.observationId);
    expect(corrected?.value).toBe(point.value + 1);
  });

  it('names the indicator as the last load of data/ did: a renamed one is served from the next request on', async () => {
    // The route takes the indicator from the catalogue the instance holds (heldIndicator), not a
    // row per request: a load that renames it must reach the next answer, built or spliced.
    const db = t.app.store.engine;
    const url = 'indicator=high_tech_enterprises&regions=150100,320100';
    const before = (await series(url)).indicator;
    const bundle = readDataDir(DATA_DIR);
    const renamed = {
      ...bundle,
      hash: `${bundle.hash}-renamed`,
      indicators: bundle.indicators.map((i) =>
        i.id === 'high_tech_enterprises' ? { ...i, nameZh: `${i.nameZh}（新）`, unit: '户' } : i,
      ),
    };
    try {
      await loadData(db, renamed);
      for (const asked of ['built', 'spliced']) {
        const after = (await series(url)).indicator;
        expect(after.nameZh, asked).toBe(`${before.nameZh}（新）`);
        expect(after.unit, asked).toBe('户');
      }
    } finally {
      await loadData(db, bundle);
    }
    expect((await series(url)).indicator).toEqual(before);
    const unknown = await t.app.inject('/api/series?indicator=no_such_indicator&regions=150100');
    expect(unknown.statusCode).toBe(404);
  });
});
