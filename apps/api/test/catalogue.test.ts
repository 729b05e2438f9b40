import {
  IndicatorListResponseSchema,
  RegionListResponseSchema,
  SourceDetailSchema,
  SourceListResponseSchema,
  ThemeListResponseSchema,
} from '@ipb/domain';
import { describe, expect, it } from 'vitest';
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
  it('lists the whole gazetteer', async () => {
    const res = await t.app.inject('/api/regions');
    const { items } = RegionListResponseSchema.parse(res.json());
    expect(items.length).toBeGreaterThan(3000);
    expect(items.find((r) => r.code === '150100')?.name).toBe('呼和浩特市');
  });

  it('withData=1 keeps the places that have figures or articles', async () => {
    const res = await t.app.inject('/api/regions?withData=1');
    const codes = RegionListResponseSchema.parse(res.json()).items.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['150100', '320100', '321000', '530000']));
    expect(codes.length).toBeLessThan(60);
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
