/**
 * The trust endpoints through the real app and a real SQLite file: conflicts listed, preferred by
 * the rule and settled once; a source's authority set by an editor (audited); the bureau's own
 * measures from the form (its CSV: csv-import.test.ts); every problem answered with problem+json that says what to fix.
 */
import {
  ConflictListResponseSchema,
  ConflictSchema,
  MeasureCreatedSchema,
  ReviewQueueResponseSchema,
  SourceListResponseSchema,
  SourceSummarySchema,
} from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { loginAs, useTestApp } from './helper';

const t = useTestApp();
const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await t.app.inject({ url, headers });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.json();
};

describe('GET /api/conflicts and POST /api/conflicts/settlements', () => {
  it('lists 呼和浩特 研发投入 2022 with both values, the communiqué preferred', async () => {
    const body = ConflictListResponseSchema.parse(await get('/api/conflicts?region=150100&indicator=rd_expenditure'));
    const c = body.items.find((x) => x.year === 2022);
    expect(c?.values[0]?.value).toBe(4450000000);
    expect(c?.values[0]?.authority).toBe('official_statistics');
    expect(c?.values.map((v) => v.value)).toContain(5240000000);
    expect(c?.values.every((v) => v.citation.quote.length > 0)).toBe(true);
    expect(body.rule).toMatch(/authority/);
  });

  it('puts open conflicts in the review queue, and a settled one leaves it, audited', async () => {
    const editor = await loginAs(t.app, 'editor');
    const queue = ReviewQueueResponseSchema.parse(await get('/api/review-queue?limit=500', editor));
    const item = queue.items.find((i) => i.entity === 'conflict' && i.conflictKey?.startsWith('150100|rd_expenditure'));
    expect(item?.conflictKey).toBeTruthy();
    const conflict = ConflictListResponseSchema.parse(await get('/api/conflicts?region=150100&status=open')).items.find(
      (c) => c.key === item?.conflictKey,
    );
    const other = conflict?.values.find((v) => v.value !== conflict.values[0]?.value);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/conflicts/settlements',
      headers: editor,
      payload: { key: conflict?.key, observationId: other?.observationId, reason: '核对原文后采用此口径' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const settled = ConflictSchema.parse(res.json());
    expect(settled.preferredObservationId).toBe(other?.observationId);
    expect(settled.settlement?.reason).toBe('核对原文后采用此口径');
    const after = ReviewQueueResponseSchema.parse(await get('/api/review-queue?limit=500', editor));
    expect(after.items.some((i) => i.conflictKey === conflict?.key)).toBe(false);
    const audit = await get(`/api/audit?entity=conflict&entityId=${encodeURIComponent(conflict?.key ?? '')}`, editor);
    expect(audit.items[0]).toMatchObject({ action: 'settle', reason: '核对原文后采用此口径' });
  });

  it.each([
    [{ key: 'no|such|key', observationId: 1, reason: '理由充分' }, 404, /no open or settled conflict/],
    [{ key: 'x', observationId: 1, reason: '' }, 400, /reason/],
  ])('refuses %j with %i and says why', async (payload, status, detail) => {
    const editor = await loginAs(t.app, 'editor');
    const res = await t.app.inject({ method: 'POST', url: '/api/conflicts/settlements', headers: editor, payload });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().detail).toMatch(detail);
  });

  it('needs an editor to settle', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/conflicts/settlements',
      payload: { key: 'x', observationId: 1, reason: '理由充分' },
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('PATCH /api/sources/:id (authority)', () => {
  it('sets the class with a reason, audited, and the filter follows it', async () => {
    const editor = await loginAs(t.app, 'editor');
    const sources = SourceListResponseSchema.parse(await get('/api/sources')).items;
    const blog = sources.find((s) => s.authority === 'low_authority');
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/sources/${blog?.id}`,
      headers: editor,
      payload: { authority: 'news_reprint', reason: '核实为报纸转载' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const changed = SourceSummarySchema.parse(res.json());
    expect(changed).toMatchObject({ authority: 'news_reprint' });
    expect(changed.authorityReason).toMatch(/核实为报纸转载/);
    const low = SourceListResponseSchema.parse(await get('/api/sources?authority=low_authority')).items;
    expect(low.some((s) => s.id === blog?.id)).toBe(false);
    const audit = await get(`/api/audit?entity=source&entityId=${blog?.id}`, editor);
    expect(audit.items[0]).toMatchObject({ action: 'set_authority', reason: '核实为报纸转载' });
  });

  it('refuses an unknown class', async () => {
    const editor = await loginAs(t.app, 'editor');
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/sources/1',
      headers: editor,
      payload: { authority: 'blog', reason: '理由充分' },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe("the bureau's policy inventory", () => {
  const measure = {
    themes: ['tech_finance'],
    title: '设立科技成果转化风险补偿资金池',
    text: '对合作银行向科技型中小企业发放的成果转化贷款，按实际损失的一定比例给予补偿。',
    date: '2024-03-01',
    programs: ['科技贷'],
    document: '呼政办发〔2024〕1号',
  };

  it('adds a measure from the form, cited as bureau_entry and waiting for review', async () => {
    const editor = await loginAs(t.app, 'editor');
    const res = await t.app.inject({ method: 'POST', url: '/api/measures', headers: editor, payload: measure });
    expect(res.statusCode, res.body).toBe(201);
    const created = MeasureCreatedSchema.parse(res.json());
    expect(created.reviewStatus).toBe('extracted');
    const list = await get('/api/measures?region=150100&theme=tech_finance&limit=200');
    const found = list.items.find((m: { id: number }) => m.id === created.id);
    expect(found.citation.authority).toBe('bureau_entry');
    expect(found.regionCode).toBe('150100');
  });

  it('needs an editor', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/measures', payload: measure });
    expect(res.statusCode).toBe(401);
  });
});
