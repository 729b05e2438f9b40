/**
 * GET /api/measures and its facets: on both engines (in on-postgres.ts's list, docs/decisions/016).
 */
import { MeasureFacetsResponseSchema, MeasureListResponseSchema } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { getOk, useTestApp } from './helper';

const t = useTestApp();
const get = (url: string) => getOk(t, url);
const q = encodeURIComponent;

describe('GET /api/measures', () => {
  it('filters by place (a city includes its districts) and theme, with citations', async () => {
    const body = MeasureListResponseSchema.parse(await get(`/api/measures?region=${q('宁波')}&limit=200`));
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((m) => m.regionCode?.startsWith('3302'))).toBe(true);
    expect(body.items[0]?.citation.issue).toMatch(/年第\d+期/);
  });

  it('paginates with a cursor without repeating or losing rows', async () => {
    const all = MeasureListResponseSchema.parse(await get('/api/measures?limit=200'));
    const ids: number[] = [];
    let cursor: string | null = null;
    do {
      const page = MeasureListResponseSchema.parse(
        await get(`/api/measures?limit=7${cursor ? `&cursor=${cursor}` : ''}`),
      );
      ids.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids).toEqual(all.items.map((m) => m.id));
    expect(all.total).toBe(ids.length);
  });

  it('pages through a theme as the unfiltered list has its measures', async () => {
    const all = MeasureListResponseSchema.parse(await get('/api/measures?limit=200'));
    for (const theme of ['talent', 'tech_finance']) {
      const expected = all.items.filter((m) => m.themes.some((t) => t.id === theme)).map((m) => m.id);
      const ids: number[] = [];
      let cursor: string | null = null;
      do {
        const page = MeasureListResponseSchema.parse(
          await get(`/api/measures?theme=${theme}&limit=2${cursor ? `&cursor=${cursor}` : ''}`),
        );
        expect(page.total).toBe(expected.length);
        ids.push(...page.items.map((m) => m.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(expected.length).toBeGreaterThan(2);
      expect(ids).toEqual(expected);
    }
  });

  it.each(['人才', '金融', '平台', '科技成果'])('finds %s with highlighted snippets', async (word) => {
    const body = MeasureListResponseSchema.parse(await get(`/api/measures?q=${q(word)}`));
    expect(body.items.length).toBeGreaterThan(0);
    for (const m of body.items) expect(`${m.title}${m.text}`).toMatch(new RegExp([...word].join('[\\s\\S]*')));
    expect(body.items.some((m) => m.snippet?.some((p) => p.match))).toBe(true);
  });

  it('counts facets for the current filter', async () => {
    const facets = MeasureFacetsResponseSchema.parse(await get('/api/measures/facets?theme=tech_finance'));
    const list = MeasureListResponseSchema.parse(await get('/api/measures?theme=tech_finance&limit=200'));
    expect(facets.total).toBe(list.total);
    expect(facets.theme.find((f) => f.value === 'tech_finance')?.count).toBe(list.total);
    expect(facets.region.reduce((n, f) => n + f.count, 0)).toBe(list.total);
  });

  it('rejects an unknown theme and a bad cursor', async () => {
    expect((await t.app.inject('/api/measures?theme=finance')).statusCode).toBe(400);
    expect((await t.app.inject('/api/measures?cursor=abc')).statusCode).toBe(400);
  });
});
