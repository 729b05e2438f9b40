/**
 * The views beyond other trackers, through the real app on a real SQLite file built from data/:
 * timeline markers on a series, the enterprise ladder, instrument terms side by side and peer
 * profiles — each value checked against the figure it cites.
 */
import {
  InstrumentsResponseSchema,
  LadderResponseSchema,
  PeerGroupListResponseSchema,
  PeerProfileResponseSchema,
  SeriesWithMarkersResponseSchema,
} from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helper';

const t = useTestApp();
const get = async (url: string) => {
  const res = await t.app.inject({ url });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.json();
};
const problem = async (url: string, status: number) => {
  const res = await t.app.inject({ url });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
};

describe('GET /api/series?…&markers=1', () => {
  it('adds the measures of the charted places, dated, each opening its sentence in the source', async () => {
    const body = SeriesWithMarkersResponseSchema.parse(
      await get('/api/series?indicator=high_tech_enterprises&regions=150100,320100,321000&markers=1'),
    );
    expect(body.markersTotal).toBe(body.markers?.length);
    const places = new Set(body.markers?.map((m) => m.regionCode));
    expect([...places].sort()).toEqual(['150100', '320100', '321000']);
    const dated = body.markers?.find((m) => m.title.startsWith('耐心涵养科创生态'));
    expect(dated).toMatchObject({ regionCode: '321000', dateBasis: 'text', date: '2024-07-03', dateText: '7 月 3 日' });
    for (const m of body.markers ?? []) {
      const source = await get(`/api/sources/${m.citation.sourceId}`);
      const span = (source.rawText as string).slice(m.citation.start ?? 0, m.citation.end ?? 0);
      expect(span.replace(/\s+/g, '')).toContain(m.citation.quote.replace(/\s+/g, '').slice(0, 12));
      if (m.dateBasis === 'source') expect(m.date.startsWith(String(source.year))).toBe(true);
    }
  });

  it('filters markers by theme, leaves them out without markers=1, and refuses an unknown theme', async () => {
    const body = SeriesWithMarkersResponseSchema.parse(
      await get('/api/series?indicator=gdp&regions=150100,320100&markers=1&theme=tech_finance'),
    );
    expect(body.markers?.length).toBeGreaterThan(0);
    expect(body.markers?.every((m) => m.themes.includes('tech_finance'))).toBe(true);
    expect((await get('/api/series?indicator=gdp&regions=150100')).markers).toBeUndefined();
    await problem('/api/series?indicator=gdp&markers=1&theme=no_such_theme', 400);
  });
});

describe('GET /api/regions/:code/ladder', () => {
  it('gives 呼和浩特 per year the count at each stage, the ratio of adjacent stages and missing stages', async () => {
    const body = LadderResponseSchema.parse(await get('/api/regions/150100/ladder?regions=320100'));
    expect(body.stages.map((s) => s.id)).toEqual([
      'tech_smes',
      'high_tech_enterprises',
      'specialized_smes',
      'little_giants',
      'gazelles_unicorns',
    ]);
    const hohhot = body.places[0];
    expect(hohhot?.region.code).toBe('150100');
    const y2022 = hohhot?.years.find((y) => y.year === 2022);
    const value = (id: string) => y2022?.stages.find((s) => s.stageId === id)?.values[0]?.value;
    expect(value('tech_smes')).toBe(413);
    expect(value('high_tech_enterprises')).toBe(461);
    expect(y2022?.stages.find((s) => s.stageId === 'little_giants')?.values).toEqual([]);
    expect(y2022?.ratios).toContainEqual(
      expect.objectContaining({
        from: 'tech_smes',
        to: 'high_tech_enterprises',
        value: Number((461 / 413).toPrecision(6)),
      }),
    );
    expect(hohhot?.missingStages).toContain('gazelles_unicorns');
    expect(body.places.map((p) => p.region.code)).toEqual(['150100', '320100']);
  });

  it('links a measure to the stages its words name, with those words as evidence', async () => {
    const body = LadderResponseSchema.parse(await get('/api/regions/320100/ladder'));
    const stage = body.stages.find((s) => s.id === 'high_tech_enterprises');
    const linked = stage?.measures.find((m) => m.measure.programs.includes('宁科贷'));
    expect(linked?.evidence).toContain('高企');
    await problem('/api/regions/999999/ladder', 404);
  });
});

describe('GET /api/instruments', () => {
  it('reads 宁科贷 and 扬州 fund terms with their sentences, and says 呼和浩特 has no comparable programme', async () => {
    const body = InstrumentsResponseSchema.parse(await get('/api/instruments?regions=320100,321000'));
    const loans = body.items.filter((i) => i.programme === '宁科贷');
    expect(loans.map((l) => [l.termKind, l.valueAsWritten, l.unitAsWritten])).toEqual(
      expect.arrayContaining([
        ['volume', 8824, '笔'],
        ['volume', 220.6, '亿元'],
      ]),
    );
    const fund = body.items.find((i) => i.regionCode === '321000' && i.termKind === 'fund_size');
    expect(fund).toMatchObject({ instrumentId: 'equity_fund', value: 1.6e9 });
    expect(fund?.citation.quote).toContain('总规模');
    expect(body.instruments.find((i) => i.id === 'tech_loan')?.benchmark).toBe('none_recorded');
    for (const term of body.items) expect(term.evidence.length).toBeGreaterThan(0);
    await problem('/api/instruments?regions=320100&instrument=no_such', 404);
    const one = InstrumentsResponseSchema.parse(await get('/api/instruments?regions=320100,321000&limit=1'));
    expect([one.items.length, one.total]).toEqual([1, body.items.length]);
    const second = InstrumentsResponseSchema.parse(
      await get('/api/instruments?regions=320100,321000&limit=1&offset=1'),
    );
    expect([second.offset, second.items[0]?.observationId]).toEqual([1, body.items[1]?.observationId]);
  });

  it('lists the latest measuresLimit measures of each place with their totals, texts cut to excerpts', async () => {
    const body = InstrumentsResponseSchema.parse(await get('/api/instruments?regions=320100,321000&measuresLimit=100'));
    const few = InstrumentsResponseSchema.parse(await get('/api/instruments?regions=320100,321000&measuresLimit=1'));
    const listed = few.instruments.flatMap((i) => [...i.benchmarkMeasures, ...i.measuresWithoutTerms]);
    expect(listed.length).toBeGreaterThan(0);
    for (const i of few.instruments) {
      const all = body.instruments.find((b) => b.id === i.id);
      expect([i.benchmarkMeasuresTotal, i.measuresWithoutTermsTotal]).toEqual([
        all?.benchmarkMeasures.length,
        all?.measuresWithoutTerms.length,
      ]);
      for (const place of ['150100', ...i.places])
        expect(i.measuresWithoutTerms.filter((m) => m.regionCode === place).length).toBeLessThanOrEqual(1);
    }
    for (const m of listed) expect([...m.text].length).toBeLessThanOrEqual(40);
    expect(listed.some((m) => m.textChars !== undefined)).toBe(true);
    await problem('/api/instruments?measuresLimit=101', 400);
    const unnamed = InstrumentsResponseSchema.parse(await get('/api/instruments'));
    expect(unnamed.regions.length).toBeLessThanOrEqual(8);
    expect(unnamed.placesTotal).toBeGreaterThanOrEqual(unnamed.regions.length);
  });
});

describe('peer groups and GET /api/regions/:code/peer-profile', () => {
  it('decides the population band from cited population figures', async () => {
    const body = PeerGroupListResponseSchema.parse(await get('/api/peer-groups'));
    const band = body.groups.find((g) => g.id === 'similar_population');
    const baotou = band?.members.find((m) => m.region.code === '150200');
    expect(baotou?.basis?.citation.quote).toMatch(/\d/);
    expect(band?.members.some((m) => m.region.code === '320100')).toBe(false);
  });

  it('scores each indicator min–max over the peers with a figure for one period, and says how many', async () => {
    const body = PeerProfileResponseSchema.parse(await get('/api/regions/150100/peer-profile?group=bulletin_peers'));
    const row = body.indicators.find((i) => i.indicator.id === 'high_tech_enterprises' && i.unit === '家');
    expect(row?.period).toBe('2022-12-31');
    const values = row?.scores.map((s) => s.value) ?? [];
    expect(row?.peersWithData).toBe(values.length);
    const hohhot = row?.scores.find((s) => s.regionCode === '150100');
    expect(hohhot?.score).toBeCloseTo((461 - Math.min(...values)) / (Math.max(...values) - Math.min(...values)), 4);
    expect(row?.verdict).toBe('weakness');
    const gdp = body.indicators.find((i) => i.indicator.id === 'gdp');
    expect(gdp?.view).toBe('per_capita');
    for (const s of gdp?.scores ?? []) expect(s.denominator?.year).toBe(s.figure.year);
  });

  it('takes hand-picked peers, and refuses an unknown group', async () => {
    const body = PeerProfileResponseSchema.parse(await get('/api/regions/320100/peer-profile?regions=150200,321000'));
    expect(body.group.kind).toBe('picked');
    expect(body.indicators.find((i) => i.indicator.id === 'high_tech_enterprises')?.verdict).toBe('strength');
    await problem('/api/regions/150100/peer-profile?group=no_such_group', 404);
  });
});
