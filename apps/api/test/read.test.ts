import { parseCsv, query } from '@ipb/db';
import {
  CompareBodySchema,
  GapsResponseSchema,
  IndicatorListResponseSchema,
  ObservationListResponseSchema,
  RegionProfileSchema,
  SearchResponseSchema,
  SourceRecordsResponseSchema,
  TargetListResponseSchema,
  unpackCompare,
} from '@ipb/domain';
import { describe, expect, it, vi } from 'vitest';
import { asksCsvFormat } from '../src/plugins/representation';
import { getOk, useTestApp } from './helper';

const t = useTestApp();
const get = (url: string) => getOk(t, url);
const q = encodeURIComponent;
const STORED_ITEM = query('SELECT count(*) AS n FROM measures WHERE id = ? AND list_item IS NOT NULL');

describe('GET /api/compare and /api/gaps', () => {
  it('puts the benchmark first and says missing as null, never 0', async () => {
    const body = unpackCompare(CompareBodySchema.parse(await get(`/api/compare?regions=${q('南京,扬州,宁波')}`)));
    expect(body.benchmark.code).toBe('150100');
    for (const block of body.themes) expect(block.columns[0]?.regionCode).toBe('150100');
    const gdp = body.indicators.find((i) => i.indicator.id === 'gdp');
    expect(gdp?.benchmark?.value).toBeGreaterThan(0);
    for (const place of gdp?.places ?? []) {
      if (place.basis !== 'common_period') expect(place.difference).toBeNull();
      else {
        // Like for like: the benchmark value is of the same period as the place's.
        expect(place.benchmarkValue?.year).toBe(place.latest?.year);
        expect(place.difference).toBe((place.latest?.value ?? 0) - (place.benchmarkValue?.value ?? 0));
      }
    }
  });

  it('compares GDP with 南京 in a year both have, never the latest against the latest', async () => {
    const body = unpackCompare(CompareBodySchema.parse(await get(`/api/compare?regions=${q('南京')}`)));
    const place = body.indicators.find((i) => i.indicator.id === 'gdp' && i.periodType === 'full_year')?.places[0];
    expect(place?.basis).toBe('common_period');
    expect(place?.latest?.year).toBe(Number(place?.period));
    expect(place?.benchmarkValue?.year).toBe(Number(place?.period));
    // Every earlier common year is there too, 2022 (3459 亿元) among them.
    expect(place?.history.map((h) => h.period)).toContain('2022');
    expect(place?.history.find((h) => h.period === '2022')?.benchmark).toBe(345900000000);
  });

  it('gives every value its authority, and authority=official keeps only official sources', async () => {
    const all = await get(`/api/compare?regions=${q('南京')}`);
    expect(JSON.stringify(all)).toContain('"low_authority"');
    const official = unpackCompare(
      CompareBodySchema.parse(await get(`/api/compare?regions=${q('南京')}&authority=official`)),
    );
    const values = official.indicators.flatMap((i) => [
      i.benchmark,
      ...i.places.flatMap((p) => [p.latest, p.benchmarkValue]),
    ]);
    for (const v of values) if (v) expect(['official_statistics', 'bureau_entry', 'government']).toContain(v.authority);
    expect(JSON.stringify(official)).not.toContain('low_authority');
  });

  it('states the coverage a gap rests on, and calls a gap unrecorded while the benchmark is thin', async () => {
    const body = GapsResponseSchema.parse(await get(`/api/gaps?regions=${q('南京,宁波')}`));
    expect(body.coverage.benchmark.regionCode).toBe('150100');
    expect(body.coverage.statement).toMatch(/Hohhot: \d+ measures in \d+ sources; Nanjing: \d+ in \d+/);
    expect(body.coverage.thin).toBe(true);
    expect(body.themes.every((t) => t.finding === 'not_recorded')).toBe(true);
  });

  it('filters by theme and refuses more than 8 places', async () => {
    const body = unpackCompare(
      CompareBodySchema.parse(await get(`/api/compare?regions=${q('南京')}&theme=tech_finance`)),
    );
    expect(body.themes.map((b) => b.theme.id)).toEqual(['tech_finance']);
    const many = await t.app.inject(`/api/compare?regions=${q('南京,扬州,宁波,阜阳,宜昌,铜陵,滁州,上海,昆明')}`);
    expect(many.statusCode).toBe(400);
  });

  it('lists themes others use and the benchmark lacks, with the sentences that show them', async () => {
    const body = GapsResponseSchema.parse(await get(`/api/gaps?regions=${q('南京,扬州,宁波,上海')}`));
    const compare = unpackCompare(
      CompareBodySchema.parse(await get(`/api/compare?regions=${q('南京,扬州,宁波,上海')}`)),
    );
    const benchmarkThemes = new Set(compare.themes.filter((b) => b.columns[0]?.measures.length).map((b) => b.theme.id));
    for (const gap of body.themes) {
      expect(benchmarkThemes.has(gap.theme.id)).toBe(false);
      expect(gap.places[0]?.measures[0]?.citation.quote.length).toBeGreaterThan(0);
    }
  });
});

describe('GET /api/observations', () => {
  it('filters by indicator, place, kind and years, each figure with its citation', async () => {
    const body = ObservationListResponseSchema.parse(
      await get(`/api/observations?indicator=gdp&region=${q('呼和浩特')}&kind=actual&from=2020&to=2023`),
    );
    expect(body.items.length).toBeGreaterThan(2);
    for (const o of body.items) {
      expect(o).toMatchObject({ regionCode: '150100', indicatorId: 'gdp', kind: 'actual' });
      expect(o.year).toBeGreaterThanOrEqual(2020);
      expect(o.year).toBeLessThanOrEqual(2023);
      expect(o.citation.quote.length).toBeGreaterThan(0);
    }
  });

  it('pages with a cursor and refuses an unknown indicator or place', async () => {
    const all = ObservationListResponseSchema.parse(await get('/api/observations?limit=500'));
    const first = ObservationListResponseSchema.parse(await get('/api/observations?limit=50'));
    const second = ObservationListResponseSchema.parse(
      await get(`/api/observations?limit=50&cursor=${first.nextCursor}`),
    );
    expect([...first.items, ...second.items].map((o) => o.observationId)).toEqual(
      all.items.slice(0, 100).map((o) => o.observationId),
    );
    expect(all.total).toBe(all.items.length);
    expect((await t.app.inject('/api/observations?limit=501')).statusCode).toBe(400);
    expect((await t.app.inject('/api/observations?indicator=nope')).statusCode).toBe(404);
    expect((await t.app.inject(`/api/observations?region=${q('火星')}`)).statusCode).toBe(400);
  });
});

describe('GET /api/sources/:id/records', () => {
  it('returns the measures and figures of a bulletin with spans into its raw text', async () => {
    const { items } = await get('/api/sources');
    const bulletin = items.find((s: { type: string }) => s.type === 'bulletin');
    const { rawText } = await get(`/api/sources/${bulletin.id}`);
    const records = SourceRecordsResponseSchema.parse(await get(`/api/sources/${bulletin.id}/records`));
    expect(records.measures.length).toBeGreaterThan(5);
    expect(records.observations.length).toBeGreaterThan(10);
    for (const o of records.observations) {
      expect(o.end).toBeGreaterThan(o.start);
      expect(rawText.slice(o.start, o.end)).toMatch(/[0-9０-９一二两三四五六七八九十百千万亿半%％]/);
    }
    expect((await t.app.inject('/api/sources/999999/records')).statusCode).toBe(404);
  });
});

describe('GET /api/indicators', () => {
  it('gives each 口径 in English too, where the catalogue has it', async () => {
    const body = IndicatorListResponseSchema.parse(await get('/api/indicators'));
    const gdp = body.items.find((i) => i.id === 'gdp');
    expect(gdp?.definitionNoteEn).toMatch(/^Gross regional product/);
    expect(gdp?.definitionNote).not.toBe(gdp?.definitionNoteEn);
  });
});

describe('targets, profile, search', () => {
  it('lists targets with a status or the reason there is none', async () => {
    const body = TargetListResponseSchema.parse(await get('/api/targets'));
    for (const target of body.items) {
      if (target.status === null) expect(target.statusReason.length).toBeGreaterThan(0);
    }
  });

  it('pages targets, 呼和浩特’s first, within a documented maximum', async () => {
    const all = TargetListResponseSchema.parse(await get('/api/targets?limit=200'));
    const codes = all.items.map((t) => t.regionCode);
    expect(codes.lastIndexOf('150100')).toBeLessThan(codes.findIndex((c) => c !== '150100'));
    const second = TargetListResponseSchema.parse(await get('/api/targets?limit=2&offset=2'));
    expect([second.offset, second.total]).toEqual([2, all.total]);
    expect(second.items.map((t) => t.observationId)).toEqual(all.items.slice(2, 4).map((t) => t.observationId));
    expect((await t.app.inject('/api/targets?limit=201')).statusCode).toBe(400);
  });

  it('profiles a place', async () => {
    const body = RegionProfileSchema.parse(await get(`/api/regions/${q('呼和浩特')}/profile`));
    expect(body.region.code).toBe('150100');
    expect(body.ancestors.map((r) => r.code)).toEqual(['150000']);
    expect(body.indicators.length).toBeGreaterThan(3);
    expect(body.sources.length).toBeGreaterThan(0);
    expect((await t.app.inject('/api/regions/nowhere/profile')).statusCode).toBe(404);
  });

  it('searches across places, measures, figures, programmes and sources', async () => {
    const body = SearchResponseSchema.parse(await get(`/api/search?q=${q('高新技术企业')}`));
    expect(body.figures.length + body.measures.length).toBeGreaterThan(0);
    expect((await t.app.inject('/api/search?q=')).statusCode).toBe(400);
  });

  it("answers a search from its measures' stored items, snippets spliced in, as the built answer", async () => {
    const stored = async (ids: number[]) => {
      let n = 0;
      for (const id of ids) n += Number((await t.app.store.engine.get<{ n: number }>(STORED_ITEM, [id]))?.n);
      return n;
    };
    for (const word of ['人才', '金融', '科技型中小企业']) {
      const first = SearchResponseSchema.parse(await get(`/api/search?q=${q(word)}&limit=7`));
      const ids = first.measures.map((m) => m.id);
      expect(ids.length, word).toBeGreaterThan(0);
      expect(first.measures.some((m) => m.snippet?.some((p) => p.match && word.includes(p.text)))).toBe(true);
      // The first answer stores the items it built, after it is sent.
      await vi.waitFor(async () => expect(await stored(ids)).toBe(ids.length));
      // Another URL, so no response cache's answer: these hits are spliced from the stored items,
      // and (validateResponses) each body is compared byte for byte with the serialized old answer.
      const again = SearchResponseSchema.parse(await get(`/api/search?q=${q(word)}&limit=8`));
      expect(again.measures.slice(0, ids.length)).toEqual(first.measures);
    }
    expect((await t.app.inject(`/api/search?q=${q('人才')}&format=csv`)).statusCode).toBe(406);
  });
});

describe('CSV, ETag, compression, OpenAPI', () => {
  it('exports a list as CSV with BOM and a citation on every row', async () => {
    const res = await t.app.inject('/api/series?indicator=high_tech_enterprises&regions=150100&format=csv');
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(res.body).map((r) => r.cells);
    const citation = header?.indexOf('citation') ?? -1;
    const value = header?.indexOf('value') ?? -1;
    expect(citation).toBeGreaterThanOrEqual(0);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
    const hohhot2022 = rows.find((r) => r[value] === '461');
    expect(hohhot2022?.[citation]).toContain('高新技术企业达到461家');
    const viaAccept = await t.app.inject({ url: '/api/regions?withData=1', headers: { accept: 'text/csv' } });
    expect(viaAccept.headers['content-type']).toMatch(/text\/csv/);
  });

  it('answers 406 for CSV of a non-list', async () => {
    expect((await t.app.inject('/api/health?format=csv')).statusCode).toBe(406);
  });

  it('reads format=csv from the raw URL as the URL parser does, written in any way it decodes', async () => {
    const parsed = (url: string) => new URL(url, 'http://localhost').searchParams.get('format') === 'csv';
    const urls = [
      '/api/regions',
      '/api/regions?withData=1',
      '/api/regions?format=csv',
      '/api/regions?withData=1&format=csv',
      '/api/regions?format=json',
      '/api/regions?%66ormat=csv',
      '/api/regions?format=%63sv',
      '/api/regions?for%6Dat=csv',
      '/api/regions?for\tmat=csv',
      '/api/regions?form\nat=c\rsv',
      '/api/regions#?format=csv',
      '/api/regions?format=csv#x',
      '/api/regions?a=1#&format=csv',
      '/api/format?x=1',
      '/api/regions?xformat=csv',
      '/api/regions?format=csv&format=json',
    ];
    for (const url of urls) expect(asksCsvFormat(url), url).toBe(parsed(url));
    expect(urls.filter(asksCsvFormat).length).toBeGreaterThan(4);
    const encoded = await t.app.inject('/api/regions?withData=1&%66ormat=csv');
    expect(encoded.headers['content-type']).toMatch(/text\/csv/);
  });

  it('gives a list the same CSV columns whatever its rows hold: a null object leaves its cells empty', async () => {
    const csv = async (url: string) => {
      const res = await t.app.inject(url);
      expect(res.headers['content-type']).toMatch(/text\/csv/);
      return parseCsv(res.body).map((r) => r.cells);
    };
    // 上海's targets have no baseline or latest figure; 高新技术企业 targets have both.
    const noFigures = TargetListResponseSchema.parse(await get(`/api/targets?region=${q('上海')}`));
    const withFigures = TargetListResponseSchema.parse(await get('/api/targets?indicator=high_tech_enterprises'));
    expect(noFigures.items.length).toBeGreaterThan(0);
    expect(noFigures.items.every((x) => x.baseline === null && x.latest === null)).toBe(true);
    expect(withFigures.items.length).toBeGreaterThan(0);
    expect(withFigures.items.every((x) => x.baseline !== null && x.latest !== null)).toBe(true);

    const [emptyHeader, ...emptyRows] = await csv(`/api/targets?region=${q('上海')}&format=csv`);
    const [fullHeader, ...fullRows] = await csv('/api/targets?indicator=high_tech_enterprises&format=csv');
    expect(emptyHeader).toEqual(fullHeader);
    expect(fullHeader).not.toContain('baseline');
    expect(fullHeader).toEqual(expect.arrayContaining(['baseline.value', 'latest.year', 'baseline.citation.quote']));
    expect(fullHeader?.at(-1)).toBe('citation');
    const at = (name: string) => fullHeader?.indexOf(name) ?? -1;
    for (const row of emptyRows)
      expect([row[at('baseline.value')], row[at('latest.citation.quote')]]).toEqual(['', '']);
    for (const [n, row] of fullRows.entries()) {
      expect(row[at('baseline.value')]).toBe(String(withFigures.items[n]?.baseline?.value));
      expect(row[at('latest.citation.quote')]).toBe(withFigures.items[n]?.latest?.citation.quote);
    }
  });

  it('exports the header even when nothing matches', async () => {
    const res = await t.app.inject(`/api/measures?q=${q('没有这样的措施')}&format=csv`);
    expect(res.statusCode).toBe(200);
    const records = parseCsv(res.body).map((r) => r.cells);
    expect(records).toHaveLength(1);
    expect(records[0]).toEqual(expect.arrayContaining(['id', 'title', 'themes', 'citation']));
  });

  it('validates format on every list, declared or not by the route itself', async () => {
    for (const url of ['/api/sources', '/api/regions', '/api/targets', '/api/series?indicator=gdp', '/api/measures']) {
      const bad = await t.app.inject(`${url}${url.includes('?') ? '&' : '?'}format=xml`);
      expect(bad.statusCode, url).toBe(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'querystring.format' })]);
      const json = await t.app.inject(`${url}${url.includes('?') ? '&' : '?'}format=json`);
      expect(json.statusCode, url).toBe(200);
      expect(json.headers['content-type']).toMatch(/^application\/json/);
    }
  });

  it('answers If-None-Match with 304 until the data changes', async () => {
    const first = await t.app.inject('/api/themes');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"v\d+-/);
    const again = await t.app.inject({ url: '/api/themes', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
  });

  it('compresses large responses', async () => {
    const res = await t.app.inject({ url: '/api/regions', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('describes itself in OpenAPI 3.1 and serves the docs page', async () => {
    const doc = await get('/api/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/series', '/api/compare', '/api/measures']));
    const docs = await t.app.inject('/api/docs/');
    expect(docs.statusCode).toBe(200);
  });

  it('documents every operation: summary, unique operationId, security, a request body for writes, 4xx problems', async () => {
    const doc = await get('/api/openapi.json');
    expect(doc.components.securitySchemes).toMatchObject({
      sessionCookie: { type: 'apiKey', in: 'cookie' },
      csrfToken: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
      bearerToken: { type: 'http', scheme: 'bearer' },
    });
    const ids: string[] = [];
    for (const [path, operations] of Object.entries(
      doc.paths as Record<string, Record<string, Record<string, unknown>>>,
    )) {
      for (const [method, op] of Object.entries(operations)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(op.summary, where).toEqual(expect.any(String));
        expect(op.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
        ids.push(op.operationId as string);
        expect(Array.isArray(op.security), where).toBe(true);
        const fourxx = Object.keys(op.responses as object).filter((s) => s.startsWith('4'));
        expect(fourxx.length, where).toBeGreaterThan(0);
        if (['post', 'patch'].includes(method) && !/logout|confirm|\/tokens$/.test(path))
          expect(op.requestBody, where).toBeDefined();
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
    const upload = doc.paths['/api/observations/import'].post;
    expect(Object.keys(upload.requestBody.content)).toEqual(['multipart/form-data', 'text/csv']);
    expect(upload.responses['422'].content['application/problem+json']).toBeDefined();
    expect(doc.paths['/api/review-queue'].get.security).toEqual([{ sessionCookie: [] }, { bearerToken: [] }]);
  });

  it('documents the import template as CSV, not JSON', async () => {
    const doc = await get('/api/openapi.json');
    const content = doc.paths['/api/observations/import/template'].get.responses['200'].content;
    expect(Object.keys(content)).toEqual(['text/csv']);
    expect(content['text/csv'].schema.type).toBe('string');
  });
});
