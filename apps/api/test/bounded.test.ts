/**
 * No answer grows with the corpus: Compare shows the latest measures per place and theme with a
 * count, and /api/compare/measures pages through the rest in the same order; lists page by cursor.
 */
import {
  CompareBodySchema,
  type CompareResponse,
  EXCERPT_CHARS,
  excerpt,
  GapsResponseSchema,
  MeasureTextResponseSchema,
  PlaceThemeMeasuresResponseSchema,
  SourceListResponseSchema,
  unpackCompare,
} from '@ipb/domain';
import fastJson from 'fast-json-stringify';
import { describe, expect, it } from 'vitest';
import { toSerializerSchema } from '../src/lib/compiled-serializer';
import { sameAsSerialized } from '../src/routes/compare';
import { buildCompare } from '../src/routes/compare/build-compare';
import { useTestApp } from './helper';

const t = useTestApp();
const get = async (url: string) => {
  const res = await t.app.inject(url);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.json();
};

/** The comparison as its body carries it: each measure's text cut to its excerpt. */
const excerpted = (comparison: CompareResponse): CompareResponse => ({
  ...comparison,
  themes: comparison.themes.map(({ theme, columns }) => ({
    theme,
    columns: columns.map((c) => ({ ...c, measures: c.measures.map((m) => ({ ...m, ...excerpt(m.text) })) })),
  })),
});

describe('Compare', () => {
  it('sends each figure and source once, and its body unpacks to the comparison with excerpts', async () => {
    const body = CompareBodySchema.parse(await get('/api/compare?regions=320100,321000,330200,341200'));
    const ids = body.figures.map((f) => f.observationId);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(body.sources.length).toBeGreaterThan(0);
    expect(body.sources.length).toBeLessThan(body.measures.length + body.figures.length);
    const place = (code: string) => {
      const region = t.app.gazetteer.resolve(code);
      if (!region) throw new Error(`no place ${code}`);
      return region;
    };
    const comparison = await buildCompare(
      t.app.store,
      place('150100'),
      ['320100', '321000', '330200', '341200'].map(place),
      [],
      null,
    );
    expect(comparison.indicators.some((row) => row.benchmark && row.places.some((p) => p.benchmarkValue))).toBe(true);
    expect(unpackCompare(body)).toEqual(excerpted(comparison));
  });

  it('keeps an authority on every cited value and an indicator object on every row, as sent', async () => {
    // Read the bytes as a client that does not unpack them would (the acceptance trust check does).
    const sent = await get(`/api/compare?regions=${encodeURIComponent('南京,扬州,宁波')}`);
    const objects: Record<string, unknown>[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        objects.push(v as Record<string, unknown>);
        Object.values(v).forEach(walk);
      }
    };
    walk(sent);
    const cited = objects.filter((o) => 'citation' in o);
    expect(cited.length).toBeGreaterThan(10);
    for (const o of cited) {
      const citation = o.citation as Record<string, unknown>;
      expect('authority' in o || 'authority' in citation, JSON.stringify(o).slice(0, 200)).toBe(true);
    }
    expect(sent.indicators.length).toBeGreaterThan(0);
    for (const row of sent.indicators) expect(row.indicator).toMatchObject({ id: expect.any(String) });
    expect(sent.indicators.some((row: { indicator: { id: string } }) => row.indicator.id === 'gdp')).toBe(true);
  });

  it('carries the first characters of each measure, and gives the whole text of one on demand', async () => {
    const body = CompareBodySchema.parse(await get('/api/compare?regions=320100,330200'));
    const cut = body.measures.filter((m) => m.textChars !== undefined);
    expect(cut.length).toBeGreaterThan(0);
    for (const m of cut) {
      expect(Array.from(m.text)).toHaveLength(EXCERPT_CHARS);
      const whole = MeasureTextResponseSchema.parse(await get(`/api/compare/measures/${m.id}/text`));
      expect(whole.text.startsWith(m.text)).toBe(true);
      expect(Array.from(whole.text)).toHaveLength(m.textChars ?? 0);
    }
    for (const m of body.measures.filter((x) => x.textChars === undefined))
      expect(Array.from(m.text).length).toBeLessThanOrEqual(EXCERPT_CHARS);
  });

  it('cuts the gap list’s measures to their first characters too, each whole on demand', async () => {
    const gaps = GapsResponseSchema.parse(await get('/api/gaps?regions=320100,330200,321000,341200'));
    const measures = [
      ...gaps.themes.flatMap((th) => th.places.flatMap((p) => p.measures)),
      ...gaps.programs.flatMap((p) => p.measures),
    ];
    const cut = measures.filter((m) => m.textChars !== undefined);
    expect(cut.length).toBeGreaterThan(0);
    for (const m of measures) expect(Array.from(m.text).length).toBeLessThanOrEqual(EXCERPT_CHARS);
    for (const m of cut) {
      const whole = MeasureTextResponseSchema.parse(await get(`/api/compare/measures/${m.id}/text`));
      expect(whole.text.startsWith(m.text)).toBe(true);
      expect(Array.from(whole.text)).toHaveLength(m.textChars ?? 0);
    }
  });

  it('answers the text of a measure it does not show with a problem', async () => {
    const res = await t.app.inject('/api/compare/measures/99999999/text');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'unknown-measure', params: { id: 99999999 } });
  });

  it('shows at most 3 measures per place and theme, and counts them all', async () => {
    const body = unpackCompare(CompareBodySchema.parse(await get('/api/compare?regions=320100,321000,330200')));
    const columns = body.themes.flatMap((b) => b.columns.map((c) => ({ theme: b.theme.id, ...c })));
    expect(columns.some((c) => c.total > 0)).toBe(true);
    for (const c of columns) {
      expect(c.measures.length).toBeLessThanOrEqual(3);
      expect(c.measures.length).toBe(Math.min(3, c.total));
      const counts = body.coverage.find((x) => x.regionCode === c.regionCode)?.counts ?? {};
      expect(counts[c.theme]).toBe(c.total);
    }
  });

  it('pages through every measure of a column, the shown ones first', async () => {
    const body = unpackCompare(CompareBodySchema.parse(await get('/api/compare?regions=320100')));
    const column = body.themes
      .flatMap((b) => b.columns.map((c) => ({ theme: b.theme.id, ...c })))
      .sort((a, b) => b.total - a.total)[0];
    if (!column) throw new Error('no column');
    const items = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = PlaceThemeMeasuresResponseSchema.parse(
        await get(
          `/api/compare/measures?region=${column.regionCode}&theme=${column.theme}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        ),
      );
      expect(page.total).toBe(column.total);
      items.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(items).toHaveLength(column.total);
    expect(items.slice(0, column.measures.length).map((m) => m.id)).toEqual(column.measures.map((m) => m.id));
  });

  // A column's count and the list behind its "N 条，显示全部" must agree, empty columns too (南京 has no talent measure in data/).
  it("says each column's total as GET /api/compare/measures counts it, 0 where that list is empty", async () => {
    const body = unpackCompare(CompareBodySchema.parse(await get('/api/compare?regions=320100,321000,330200')));
    const columns = body.themes.flatMap((b) => b.columns.map((c) => ({ theme: b.theme.id, ...c })));
    const talent = columns.find((c) => c.regionCode === '320100' && c.theme === 'talent');
    expect(talent?.total).toBe(0);
    for (const c of columns) {
      const page = PlaceThemeMeasuresResponseSchema.parse(
        await get(`/api/compare/measures?region=${c.regionCode}&theme=${c.theme}&limit=3`),
      );
      expect(page.total, `${c.regionCode} ${c.theme}`).toBe(c.total);
      expect(page.items.map((m) => m.id)).toEqual(c.measures.map((m) => m.id));
    }
  });
});

describe("GET /api/compare's bytes", () => {
  const serialize = fastJson(toSerializerSchema(CompareBodySchema)) as (body: unknown) => string;

  // The route sends the JSON its budget measured, not the serialiser's: the two must not differ by a byte.
  it('are what the compiled serialiser writes of the body, whole, cut to the budget, a page of rows, filtered', async () => {
    const nine = '530000,320100,341200,330205,310000,340700,341102,321000';
    for (const url of [
      '/api/compare?regions=320100,330200,321000,341200',
      '/api/compare?regions=320100,330200,321000,341200&indicatorCursor=3',
      `/api/compare?regions=${nine}`,
      `/api/compare?regions=${nine}&theme=talent`,
      `/api/compare?regions=${nine}&authority=official`,
      '/api/compare?regions=320100,330200&benchmark=330200',
    ]) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toBe('application/json; charset=utf-8');
      expect(res.headers['content-length'], url).toBe(String(res.rawPayload.length));
      expect(res.body, url).toBe(serialize(JSON.parse(res.body)));
    }
  });

  it('are refused where responses are validated when they differ from the serialiser', async () => {
    const body = CompareBodySchema.parse(await get('/api/compare?regions=320100'));
    expect(() => sameAsSerialized(serialize(body), serialize(body))).not.toThrow();
    // JSON.stringify writes the same fields in the order they were built, not the schema's (required
    // ones first): as long, so the budget is unchanged, but not the same bytes.
    expect(() => sameAsSerialized(serialize(body), JSON.stringify(body))).toThrow(/differs/);
  });

  it('answer CSV with 406, as for any response that is no list', async () => {
    const res = await t.app.inject({ url: '/api/compare?regions=320100', headers: { accept: 'text/csv' } });
    expect(res.statusCode).toBe(406);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});

describe('lists page by cursor', () => {
  it('sources: a page of one, then the next, bulletins first', async () => {
    const first = SourceListResponseSchema.parse(await get('/api/sources?limit=1'));
    expect(first.items).toHaveLength(1);
    expect(first.items[0]?.type).toBe('bulletin');
    expect(first.total).toBeGreaterThan(2);
    const second = SourceListResponseSchema.parse(await get(`/api/sources?limit=1&cursor=${first.nextCursor}`));
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
  });

  it('refuses a limit above the documented maximum', async () => {
    for (const url of [
      '/api/sources?limit=251',
      '/api/search?q=%E4%BA%BA%E6%89%8D&limit=26',
      '/api/targets?limit=201',
      '/api/observations?limit=501',
      '/api/instruments?limit=501',
      '/api/regions?limit=501',
      '/api/compare/measures?region=320100&theme=talent&limit=101',
    ])
      expect((await t.app.inject(url)).statusCode, url).toBe(400);
  });
});
