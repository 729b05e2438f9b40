import { query, regionsWithData } from '@ipb/db';
import {
  IndicatorListResponseSchema,
  RegionListResponseSchema,
  SourceDetailSchema,
  SourceListResponseSchema,
  ThemeListResponseSchema,
} from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { compiledSerializerCompiler } from '../src/lib/compiled-serializer';
import { useTestApp } from './helper';

const t = useTestApp();

describe('GET /api/health', () => {
  it('reports the database and its row counts', async () => {
    const res = await t.app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('ok');
    expect(body.database.sources).toBeGreaterThan(2);
    expect(body.database.observations).toBeGreaterThan(100);
  });
});

describe('GET /api/regions', () => {
  const regions = async (url: string) => {
    const res = await t.app.inject(url);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return RegionListResponseSchema.parse(res.json());
  };

  it('lists the places that have figures or measures by default, most data first, with a total', async () => {
    const body = await regions('/api/regions');
    const codes = body.items.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['150100', '320100', '321000', '530000']));
    expect(codes.length).toBeLessThan(60);
    expect(body.total).toBe(codes.length);
    expect(codes[0]).toBe('150100');
    expect((await regions('/api/regions?withData=1')).items).toEqual(body.items);
  });

  it('pages the places with data by cursor, each place whole, as the database holds it', async () => {
    const all = await regions('/api/regions?limit=500');
    const first = await regions('/api/regions?limit=3');
    expect(first.total).toBe(all.total);
    expect(first.items).toEqual(all.items.slice(0, 3));
    const next = await regions(`/api/regions?limit=3&cursor=${first.nextCursor}`);
    expect(next.items).toEqual(all.items.slice(3, 6));
    const rows = await regionsWithData(t.app.store.engine, { limit: 500, offset: 0 });
    expect(all.items).toEqual(rows.items);
    expect(all.total).toBe(rows.total);
  });

  it('reads the page from the database when a place with data is not in the gazetteer the app started with', async () => {
    // A place loaded after this instance read its gazetteer (a data load on a shared PostgreSQL).
    const db = t.app.store.engine;
    const added = query({
      sqlite: `INSERT INTO regions (code, official, name, short_name, level, parent_code, aliases, name_en, pinyin)
        VALUES ('540199', 0, '测试新区', '测试新', 'county', '540100', '["测新区"]', 'Test New District', 'ce shi')`,
      postgres: `INSERT INTO regions (code, official, name, short_name, level, parent_code, aliases, name_en, pinyin)
        VALUES ('540199', false, '测试新区', '测试新', 'county', '540100', '["测新区"]'::jsonb, 'Test New District', 'ce shi')`,
    });
    await db.run(added);
    await db.run(query("INSERT INTO region_counts (region_code, measures, figures) VALUES ('540199', 100000, 0)"));
    try {
      // A URL no earlier test asked for: no stored answer (the rows above bump no data version).
      const body = await regions('/api/regions?limit=7');
      expect(body.items[0]).toEqual({
        code: '540199',
        official: false,
        name: '测试新区',
        shortName: '测试新',
        level: 'county',
        parentCode: '540100',
        aliases: ['测新区'],
        nameEn: 'Test New District',
        pinyin: 'ce shi',
      });
      expect(body.items.slice(1)).toEqual((await regionsWithData(db, { limit: 7, offset: 0 })).items.slice(1));
      expect(t.app.gazetteer.byCode('540199')).toBeUndefined();
    } finally {
      await db.run(query("DELETE FROM region_counts WHERE region_code = '540199'"));
      await db.run(query("DELETE FROM regions WHERE code = '540199'"));
    }
  });

  it('pages through the whole gazetteer with withData=0', async () => {
    const first = await regions('/api/regions?withData=0&limit=500');
    expect(first.total).toBeGreaterThan(3000);
    expect(first.items).toHaveLength(500);
    const second = await regions(`/api/regions?withData=0&limit=500&cursor=${first.nextCursor}`);
    expect((second.items[0]?.code ?? '') > (first.items.at(-1)?.code ?? '')).toBe(true);
  });

  it('searches the whole gazetteer by name, pinyin initials, English name and code', async () => {
    const first = async (q: string) => (await regions(`/api/regions?q=${encodeURIComponent(q)}`)).items[0]?.code;
    expect(await first('呼和浩特')).toBe('150100');
    expect(await first('hhht')).toBe('150100');
    expect(await first('Nanjing')).toBe('320100');
    expect(await first('3201')).toBe('320100');
    // A place without data is found too (the gazetteer, not only the places with data).
    expect(await first('拉萨')).toBe('540100');
    const withData = await regions(`/api/regions?q=${encodeURIComponent('拉萨')}&withData=1`);
    expect(withData.items).toHaveLength(0);
  });

  it('returns given places by code, and names an unknown code', async () => {
    const body = await regions('/api/regions?codes=320100,150100');
    expect(body.items.map((r) => r.code)).toEqual(['320100', '150100']);
    const res = await t.app.inject('/api/regions?codes=320100,999999');
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/999999/);
  });

  it('sends every page byte for byte as the compiled serialiser writes it, and CSV when asked', async () => {
    // The route splices each place's bytes (made once per instance) instead of serialising the page.
    const serialize = compiledSerializerCompiler(false)({
      schema: RegionListResponseSchema,
      method: 'GET',
      url: '/api/regions',
    });
    const urls = [
      '/api/regions',
      '/api/regions?limit=3&cursor=2',
      '/api/regions?limit=10&cursor=100000',
      '/api/regions?withData=0&limit=40&cursor=1000',
      `/api/regions?q=${encodeURIComponent('南京')}`,
      '/api/regions?q=zz-no-such-place',
      '/api/regions?codes=320100,150100',
    ];
    for (const url of urls) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toBe('application/json; charset=utf-8');
      const body = RegionListResponseSchema.parse(res.json());
      expect(res.body, url).toBe(serialize(body));
      expect(Number(res.headers['content-length']), url).toBe(Buffer.byteLength(res.body));
    }
    const csv = await t.app.inject('/api/regions?limit=3&format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.trim().split('\n').length).toBeGreaterThanOrEqual(4);
  });

  it('refuses a malformed flag with problem+json', async () => {
    const res = await t.app.inject('/api/regions?withData=maybe');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().detail).toMatch(/withData/);
  });
});

describe('GET /api/themes and /api/indicators', () => {
  it('lists the 13 themes in taxonomy order', async () => {
    const { items } = ThemeListResponseSchema.parse((await t.app.inject('/api/themes')).json());
    expect(items).toHaveLength(13);
    expect(items.map((x) => x.id)).toContain('tech_finance');
  });

  it('lists the indicator catalogue, and withData=1 only those with figures', async () => {
    const all = IndicatorListResponseSchema.parse((await t.app.inject('/api/indicators')).json()).items;
    const withData = IndicatorListResponseSchema.parse((await t.app.inject('/api/indicators?withData=1')).json()).items;
    expect(all.map((i) => i.id)).toContain('high_tech_enterprises');
    expect(withData.length).toBeGreaterThan(5);
    expect(withData.length).toBeLessThanOrEqual(all.length);
  });
});

describe('GET /api/sources', () => {
  it('lists bulletins first and serves one with its raw text', async () => {
    const { items } = SourceListResponseSchema.parse((await t.app.inject('/api/sources')).json());
    const bulletins = items.filter((s) => s.type === 'bulletin');
    expect(bulletins.map((b) => `${b.year}-${b.issueNumber}`)).toEqual(['2024-7', '2023-7']);
    expect(items[0]?.type).toBe('bulletin');
    const res = await t.app.inject(`/api/sources/${bulletins[0]?.id}`);
    const detail = SourceDetailSchema.parse(res.json());
    expect(detail.rawText).toContain('科技情报参考');
  });

  it.each([
    ['/api/sources/999999', 404, /no source 999999/],
    ['/api/sources/abc', 400, /params\.id/],
    ['/api/nothing-here', 404, /does not exist/],
  ])('%s answers %i problem+json', async (url, status, detail) => {
    const res = await t.app.inject(url);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const body = res.json();
    expect(body).toMatchObject({ status, title: expect.any(String) });
    expect(body.detail).toMatch(detail);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });
});
