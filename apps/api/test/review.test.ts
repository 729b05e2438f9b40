/**
 * Review through the real app (PATCH /api/measures/:id, PATCH /api/observations/:id, the review
 * queue and the audit log), on either engine (on-postgres.ts): an edit is audited, leaves the
 * queue, is seen by the next read (the data version, hence the ETag, moves), and bad input is
 * answered with a problem that says what to fix, writing nothing.
 */
import { ReviewQueueResponseSchema } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { loginAs, useTestApp } from './helper';

const t = useTestApp();

const queue = async (headers: Record<string, string>, entity: string) => {
  const res = await t.app.inject({ url: `/api/review-queue?limit=500&entity=${entity}`, headers });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return ReviewQueueResponseSchema.parse(res.json());
};

const patch = (headers: Record<string, string>, url: string, payload: unknown) =>
  t.app.inject({ method: 'PATCH', url, headers, payload: payload as Record<string, unknown> });

describe('reviewing a measure', () => {
  it('corrects its themes: audited, shown by the next read, and out of the queue', async () => {
    const editor = await loginAs(t.app, 'editor');
    const before = await queue(editor, 'measure');
    const item = before.items[0];
    if (!item) throw new Error('no measure waiting for review in data/');
    const url = `/api/measures?source=${item.citation.sourceId}&limit=200`;
    const listed = await t.app.inject(url);
    const res = await patch(editor, `/api/measures/${item.id}`, {
      action: 'correct',
      reason: '主题归类有误',
      changes: { themes: ['talent'] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: item.id, reviewStatus: 'corrected' });
    const after = await t.app.inject(url);
    expect(after.headers.etag).not.toBe(listed.headers.etag);
    const shown = after.json().items.find((m: { id: number }) => m.id === item.id);
    expect(shown.themes.map((th: { id: string }) => th.id)).toEqual(['talent']);
    expect((await queue(editor, 'measure')).total).toBe(before.total - 1);
    const audit = await t.app.inject({ url: `/api/audit?entity=measure&entityId=${item.id}`, headers: editor });
    expect(audit.json().items[0]).toMatchObject({ action: 'correct', reason: '主题归类有误', actor: 'editor-user' });
    expect(audit.json().items[0].before.themes.length).toBeGreaterThan(0);
  });

  it('rejects one with a reason, and it leaves the measure lists', async () => {
    const editor = await loginAs(t.app, 'editor');
    const item = (await queue(editor, 'measure')).items[0];
    if (!item) throw new Error('no measure waiting for review in data/');
    const res = await patch(editor, `/api/measures/${item.id}`, { action: 'reject', reason: '不是政策措施' });
    expect(res.statusCode, res.body).toBe(200);
    const list = await t.app.inject(`/api/measures?source=${item.citation.sourceId}&limit=200`);
    expect(list.json().items.some((m: { id: number }) => m.id === item.id)).toBe(false);
  });

  it('asks for a reason to correct or reject, and answers 404 for an unknown record', async () => {
    const editor = await loginAs(t.app, 'editor');
    const noReason = await patch(editor, '/api/measures/1', { action: 'reject' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().detail).toMatch(/reason/);
    const missing = await patch(editor, '/api/measures/999999', { action: 'accept' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'unknown-record', params: { entity: 'measure', id: 999999 } });
  });
});

describe('reviewing a figure', () => {
  it('corrects its value from the queue, audited with the figure as it was', async () => {
    const editor = await loginAs(t.app, 'editor');
    const before = await queue(editor, 'observation');
    const figure = before.items[0];
    if (!figure) throw new Error('no figure waiting for review in data/');
    const res = await patch(editor, `/api/observations/${figure.id}`, {
      action: 'correct',
      reason: '核对原文：数值有误',
      changes: { value: 12_350_000_000 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await queue(editor, 'observation')).total).toBe(before.total - 1);
    const audit = await t.app.inject({ url: `/api/audit?entity=observation&entityId=${figure.id}`, headers: editor });
    const entry = audit.json().items[0];
    expect(entry).toMatchObject({ action: 'correct', after: { value: 12_350_000_000, reviewStatus: 'corrected' } });
    expect(entry.before).toMatchObject({ id: figure.id, reviewStatus: 'extracted' });
  });

  it.each([
    [{ indicatorId: 'no_such_indicator' }, 'unknown-indicator'],
    [{ regionCode: '999999' }, 'unknown-place'],
  ])('refuses %j with a problem naming it, and writes nothing', async (changes, code) => {
    const editor = await loginAs(t.app, 'editor');
    const figure = (await queue(editor, 'observation')).items[0];
    if (!figure) throw new Error('no figure waiting for review in data/');
    const res = await patch(editor, `/api/observations/${figure.id}`, { action: 'correct', reason: '理由', changes });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().code).toBe(code);
    const audit = await t.app.inject({ url: `/api/audit?entity=observation&entityId=${figure.id}`, headers: editor });
    expect(audit.json().total).toBe(0);
  });

  it('needs an editor', async () => {
    const res = await patch({}, '/api/observations/1', { action: 'accept' });
    expect(res.statusCode).toBe(401);
  });
});
